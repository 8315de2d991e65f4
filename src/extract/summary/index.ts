/** Summary: PLACEHOLDER until the sentence ranker lands. Lead-N over body sentences. */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { ArticleHeader, Entity, Quote, Summary } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

export interface SummaryInputs {
  header: ArticleHeader;
  entities: readonly Entity[];
  quotes: readonly Quote[];
}

export function summarize(doc: ParsedDoc, _inputs: SummaryInputs, ctx: ExtractContext): Summary {
  const body = doc.sentences.filter((s) => s.text.split(/\s+/).length >= 6);
  return { sentences: body.slice(0, ctx.summarySentences).map((s) => ({ start: s.start, end: s.end, text: s.text })) };
}
