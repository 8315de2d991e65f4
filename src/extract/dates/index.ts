/** Dates: PLACEHOLDER until the date extractor lands. Finds nothing. */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { DateMention } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

export function extractDates(_doc: ParsedDoc, _ctx: ExtractContext): DateMention[] {
  return [];
}

/** The article's own date from a dateline ("MOSCOW, March 3 (Reuters) -", "Published: 7 April 2024"), as YYYY-MM-DD. */
export function findDatelineDate(_doc: ParsedDoc): string | null {
  return null;
}
