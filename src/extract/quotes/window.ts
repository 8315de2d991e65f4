/**
 * The token window of each quote: the clause before it and the clause after it, bounded by sentence ends, the
 * neighbouring quotes and the paragraph. Attribution rules look only inside this window (plus the explicit
 * cross-paragraph rules in across.ts).
 */
import type { ParsedDoc, Token } from '../../nlp/doc.js';
import type { QuoteWindow } from './attribute.js';
import type { QuotedStretch } from './marks.js';
import { endsSentence, isCapitalized, isWord } from './phrases.js';
import { firstIndex } from '../search.js';
import { mapArray } from '../arrays.js';

/** Longest clause (in tokens) looked at on either side of a quote: keeps run-on text from making the cost quadratic. */
const MAX_CLAUSE = 80;

/** Where a quote sits: its clause window and its paragraphs. */
export interface PlacedQuote {
  window: QuoteWindow;
  /** Paragraphs of the opening and the closing mark. */
  firstPara: number;
  lastPara: number;
  /** Token after the last token of the closing mark's paragraph. */
  paragraphEnd: number;
}

/** Token ranges `[from, to)` of each paragraph. */
export function paragraphTokenRanges(doc: ParsedDoc): Array<[number, number]> {
  const ranges: Array<[number, number]> = mapArray(doc.paragraphs, () => [0, 0]);
  let prev = -1;
  for (const s of doc.sentences) {
    if (s.paragraph !== prev) ranges[s.paragraph] = [s.tokenStart, s.tokenEnd];
    else ranges[s.paragraph][1] = s.tokenEnd;
    prev = s.paragraph;
  }
  return ranges;
}

/** A short paragraph where most longer words are capitalised: a headline, where verbs are capitalised too. */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => isWord(t) && t.text.length > 3);
  if (words.length < 2 || to - from > 40) return false;
  return words.filter(isCapitalized).length / words.length >= 0.7;
}

/** Place each quote: its paragraphs and its window. Returns null for a stretch with no tokens. */
export function placeQuotes(doc: ParsedDoc, stretches: readonly QuotedStretch[]): Array<PlacedQuote | null> {
  const tokens = doc.tokens;
  const paraOf = (i: number) => doc.sentences[tokens[i]?.sentence ?? 0]?.paragraph ?? -1;
  const ranges = paragraphTokenRanges(doc);
  // Title case is a property of the paragraph: decide it once per paragraph, not once per quote.
  const titleCase = mapArray(ranges, ([from, to]) => isTitleCase(tokens, from, to));
  return mapArray(stretches, (s, k) => {
    const quoteFrom = firstIndex(tokens, (t) => t.start >= s.start);
    const quoteTo = firstIndex(tokens, (t) => t.start >= s.end);
    if (quoteFrom >= tokens.length) return null;
    const prevEnd = k > 0 ? stretches[k - 1].end : -1;
    const nextStart = k + 1 < stretches.length ? stretches[k + 1].start : Number.POSITIVE_INFINITY;
    const firstPara = paraOf(quoteFrom);
    const lastPara = paraOf(Math.max(quoteFrom, quoteTo - 1));
    let beforeFrom = quoteFrom;
    while (beforeFrom > 0 && quoteFrom - beforeFrom < MAX_CLAUSE && paraOf(beforeFrom - 1) === firstPara && tokens[beforeFrom - 1].start >= prevEnd && !endsSentence(tokens, beforeFrom - 1)) {
      beforeFrom--;
    }
    let afterTo = quoteTo;
    while (afterTo < tokens.length && afterTo - quoteTo < MAX_CLAUSE && paraOf(afterTo) === lastPara && tokens[afterTo].start < nextStart && !endsSentence(tokens, afterTo)) afterTo++;
    // A quote that closes its sentence (“… change.” She adds) has no clause after it to attribute it.
    const endPunct = /([.!?])\s*\S$/.exec(doc.text.slice(s.start, s.end))?.[1];
    const next = tokens[quoteTo];
    const closesSentence =
      next !== undefined && isCapitalized(next) && (endPunct === '.' || ((endPunct === '!' || endPunct === '?') && /^(?:He|She|They|It|We|I)$/.test(next.text)));
    if (closesSentence) afterTo = quoteTo;
    const paragraphEnd = ranges[lastPara]?.[1] ?? afterTo;
    const window: QuoteWindow = { beforeFrom, quoteFrom, quoteTo, afterTo, titleCase: titleCase[firstPara] ?? false };
    return { window, firstPara, lastPara, paragraphEnd };
  });
}
