/**
 * Summary: the key sentences of an article. Candidates are the body sentences that read as sentences on their own,
 * a line broken inside a sentence joined to its continuation (filter.ts); each is described by position, centrality, entity salience, quoted share and length (features.ts),
 * scored by a small linear function with fitted weights (weights.ts) and picked greedily from the lead sentences plus
 * one alternate, without repeating what a pick already says (select.ts). Returned in article order.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { ArticleHeader, Entity, Quote, Summary } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { type Candidate, checkUnit, sentenceUnits } from './filter.js';
import { type CandidateInfo, describeCandidates } from './features.js';
import { selectSentences, type Weights } from './select.js';
import { WEIGHTS } from './weights.js';
import { mapArray } from '../arrays.js';

export interface SummaryInputs {
  header: ArticleHeader;
  entities: readonly Entity[];
  quotes: readonly Quote[];
}

/** The key sentences (`ctx.summarySentences` of them, fewer if the article has fewer candidates), in article order. */
export function summarize(doc: ParsedDoc, inputs: SummaryInputs, ctx: ExtractContext): Summary {
  const cands = summaryCandidates(doc, inputs);
  return pickSummary(doc, cands, WEIGHTS, ctx.summarySentences);
}

/** The described candidates of an article; exported so the eval script can refit weights without re-parsing. */
export function summaryCandidates(doc: ParsedDoc, inputs: SummaryInputs): CandidateInfo[] {
  const cands: Candidate[] = [];
  for (const u of sentenceUnits(doc)) {
    const c = checkUnit(doc, u, inputs.header, cands.length === 0);
    if (typeof c !== 'string') cands.push(c);
  }
  return describeCandidates(doc, cands, inputs.entities, inputs.quotes);
}

/** The summary for given candidates and weights (`alternates`: candidates past the first `n` that may be picked). */
export function pickSummary(doc: ParsedDoc, cands: readonly CandidateInfo[], weights: Weights, n: number, alternates?: number): Summary {
  const picks = selectSentences(cands, weights, Math.max(0, n), alternates);
  return { sentences: mapArray(picks, (i) => ({ start: cands[i].start, end: cands[i].end, text: doc.text.slice(cands[i].start, cands[i].end) })) };
}

export { checkUnit, sentenceUnits, type RejectId, type Unit } from './filter.js';
export { FEATURES, type Features } from './features.js';
export { ALTERNATES, type Weights } from './select.js';
