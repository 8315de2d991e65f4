/**
 * The parsed document every extractor reads. Produced once per article by the compromise adapter; extractors never
 * see a compromise object. All offsets are UTF-16, half-open, into `ParsedDoc.text`.
 */
import type { Span } from '../model/types.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly apostrophes folded to `'`. */
  norm: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** Tags compromise's lexicon gives the word out of context (e.g. `MaleName`, `City`, `PastTense`); may be empty. */
  lex: readonly string[];
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in `ParsedDoc.tokens`. */
  tokenStart: number;
  /** Index after the last token of the sentence. */
  tokenEnd: number;
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

export interface ParsedDoc {
  text: string;
  /** Non-empty lines/blocks separated by line breaks, trimmed. */
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Build a located span, keeping the `text === source.slice(start, end)` invariant by construction. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
