/**
 * The weights of the sentence score, fitted on CNN/DailyMail dev by `npx tsx scripts/eval/summary.ts --fit`: a joint
 * grid over the three content weights with `lead` fixed at 1 as the scale, checked by leave-half-out
 * cross-validation. Position leads; centrality (overlap with the whole article's words) lifts a later sentence that
 * restates the story; quoted speech is colour, rarely the core. Entity salience and length did not help on dev
 * with the placeholder entity tagger (weight 0), and the features stay so a refit can use them.
 */
import type { Weights } from './select.js';

export const WEIGHTS: Weights = {
  features: { lead: 1, position: 0, centrality: 1, entities: 0, quoted: -1, length: 0, tooLong: 0 },
  redundancy: 0,
};
