/**
 * Training of the structured averaged perceptron (Collins 2002) behind the entity tagger: Viterbi decoding under
 * BILOU constraints, updates on the whole sequence, weights averaged with the usual "accumulate c * delta" trick.
 * Deterministic: sequences are shuffled with a seeded generator.
 */
import { viterbiScores } from '../../src/extract/entities/viterbi.js';
import { TAGS } from '../../src/extract/entities/labels.js';

export interface Sequence {
  /** Feature ids of each token. */
  feats: Int32Array[];
  gold: number[];
}

export interface Trained {
  /** Averaged weights, `features x T`. */
  weights: Float32Array;
  /** Averaged transitions, `(T + 1) x T`. */
  transitions: Float32Array;
}

/** A small seeded generator (mulberry32), so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(seqs: Sequence[], nFeatures: number, epochs: number, seed: number, onEpoch?: (e: number, t: Trained) => void): Trained {
  const T = TAGS.length;
  const w = new Float32Array(nFeatures * T);
  const u = new Float32Array(nFeatures * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const rnd = seededRandom(seed);
  const order = seqs.map((_, k) => k);
  const snapshot = (): Trained => {
    const weights = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) weights[k] = w[k] - u[k] / c;
    const transitions = new Float32Array(tw.length);
    for (let k = 0; k < tw.length; k++) transitions[k] = tw[k] - tu[k] / c;
    return { weights, transitions };
  };
  for (let e = 0; e < epochs; e++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let errors = 0;
    for (const s of order.map((k) => seqs[k])) {
      const n = s.feats.length;
      const em = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (const f of s.feats[i]) {
          const row = f * T;
          for (let t = 0; t < T; t++) em[i * T + t] += w[row + t];
        }
      }
      const pred = viterbiScores(em, n, tw);
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) wrong = true;
      if (wrong) {
        errors++;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i];
          const p = pred[i];
          if (g !== p) {
            for (const f of s.feats[i]) {
              w[f * T + g] += 1;
              u[f * T + g] += c;
              w[f * T + p] -= 1;
              u[f * T + p] -= c;
            }
          }
          const gPrev = i === 0 ? T : s.gold[i - 1];
          const pPrev = i === 0 ? T : pred[i - 1];
          if (gPrev !== pPrev || g !== p) {
            tw[gPrev * T + g] += 1;
            tu[gPrev * T + g] += c;
            tw[pPrev * T + p] -= 1;
            tu[pPrev * T + p] -= c;
          }
        }
      }
      c++;
    }
    process.stderr.write(`epoch ${e + 1}: ${errors} sequences wrong of ${seqs.length}\n`);
    if (onEpoch) onEpoch(e + 1, snapshot());
  }
  return snapshot();
}
