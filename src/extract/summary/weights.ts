/**
 * The fitted weights of the sentence score (see scripts/eval/summary.ts `--fit`, which searches them by coordinate
 * ascent on ROUGE-1 and checks them by cross-validation). Few and sensible by design: position first, then content.
 */
import type { Weights } from './select.js';

export const WEIGHTS: Weights = {
  features: { lead: 1, position: 0, centrality: 0, entities: 0, quoted: 0, length: 0, tooLong: 0 },
  redundancy: 0,
};
