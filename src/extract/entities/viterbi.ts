/** Viterbi decoding of BILOU tag sequences: the best sequence that respects the BILOU constraints. */
import { TAGS, allowed, allowedLast } from './labels.js';

const T = TAGS.length;
/** For each tag, the tags that may precede it. */
const PREVIOUS: Int32Array[] = TAGS.map((_, b) => Int32Array.from(TAGS.map((_, a) => a).filter((a) => allowed(a, b))));
let score = new Float64Array(0);
let back = new Int16Array(0);

/** Best BILOU-valid tag sequence over `n` tokens' emission scores and a `(T + 1) x T` transition table. */
export function viterbiScores(em: ArrayLike<number>, n: number, trans: ArrayLike<number>): number[] {
  if (n === 0) return [];
  if (score.length < n * T) {
    score = new Float64Array(n * T * 2);
    back = new Int16Array(n * T * 2);
  }
  for (let b = 0; b < T; b++) score[b] = allowed(-1, b) ? trans[T * T + b] + em[b] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let b = 0; b < T; b++) {
      const prev = PREVIOUS[b];
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let k = 0; k < prev.length; k++) {
        const a = prev[k];
        const s = score[prevRow + a] + trans[a * T + b];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[row + b] = best + em[row + b];
      back[row + b] = arg;
    }
  }
  let last = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let b = 0; b < T; b++) {
    const s = score[(n - 1) * T + b];
    if (allowedLast(b) && s > best) {
      best = s;
      last = b;
    }
  }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * T + last];
  }
  return out;
}
