/**
 * Pick the key sentences: a linear score over the features, then greedy selection that discounts a candidate by how
 * much of it the sentences already picked say (news repeats its lede, captions restate it).
 */
import type { CandidateInfo, Features } from './features.js';
import { FEATURES } from './features.js';
import { containment } from './words.js';
import { mapArray } from '../arrays.js';

/** Feature weights plus the redundancy discount. */
export interface Weights {
  features: Features;
  /** Subtracted times the largest share of a candidate's content words already said by a pick. */
  redundancy: number;
}

export function scoreOf(f: Features, w: Weights): number {
  let s = 0;
  for (const name of FEATURES) s += f[name] * w.features[name];
  return s;
}

/**
 * How many candidates beyond the `n` lead ones may replace a lead sentence. News puts its story in the first
 * sentences (inverted pyramid); on CNN/DM dev the fourth candidate is as often in the highlights as the third
 * (mean ROUGE-1 24.3 vs 24.6) and later ones much less (about 16). So the summary is the lead with one alternate:
 * the features decide which `n` of the first `n + 1` candidates to keep. A wider pool let centrality pull in late
 * sentences that restate a detail and cost ROUGE held out (see scripts/eval/summary.ts `--fit`).
 */
export const ALTERNATES = 1;

/** Indices (into `cands`) of the `n` picks, in the order of the candidates. */
export function selectSentences(cands: readonly CandidateInfo[], w: Weights, n: number, alternates = ALTERNATES): number[] {
  const pool = cands.slice(0, n + alternates);
  const base = mapArray(pool, (c) => scoreOf(c.features, w));
  const picked: number[] = [];
  while (picked.length < Math.min(n, pool.length)) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < pool.length; i++) {
      if (picked.includes(i)) continue;
      let overlap = 0;
      for (const j of picked) overlap = Math.max(overlap, containment(pool[i].terms, pool[j].terms));
      const s = base[i] - w.redundancy * overlap;
      // Ties go to the earlier sentence, as a reader would.
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    picked.push(best);
  }
  return picked.sort((a, b) => a - b);
}
