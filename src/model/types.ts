/**
 * The one typed analysis model. Every located record carries half-open `[start, end)` offsets in UTF-16 code
 * units into the analysed text, and `text === analysedText.slice(start, end)` always holds.
 */

/** A located stretch of the analysed text. */
export interface Span {
  /** Offset of the first code unit (inclusive). */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
  /** Exactly `analysedText.slice(start, end)`. */
  text: string;
}

export const ENTITY_TYPES = ['person', 'organization', 'place', 'group', 'event', 'work', 'product', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  /** Stable within one analysis: `e1`, `e2`, … in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form used in the article ("Sergei Lavrov", not "Lavrov"). */
  name: string;
  /** Other surface forms used for this referent, sorted, without the canonical name. */
  aliases: string[];
  /** A title seen before the name ("Foreign Minister"), or null. */
  title: string | null;
  /** Number of mentions. */
  count: number;
  /** Offset of the first mention. */
  firstMention: number;
  mentions: Span[];
}

export const QUOTE_KINDS = ['direct', 'partial', 'scare'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Speaker {
  /** Canonical name of the entity the speaker resolves to, else the mention text. */
  name: string;
  /** Id of the entity the speaker resolves to, or null for a speaker that is no entity. */
  entityId: string | null;
  /** The span in the attribution itself ("he", "the ministry", "Alexander Gabuev"). */
  mention: Span;
}

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** Null when the article does not say who spoke; always null for a scare quote. */
  speaker: Speaker | null;
  /** The reporting expression ("said", "according to"), or null. */
  cue: Span | null;
}

export const DATE_TYPES = ['date', 'time', 'duration', 'set'] as const;
export type DateType = (typeof DATE_TYPES)[number];

export interface DateMention extends Span {
  id: string;
  type: DateType;
  /** TIMEX3 value, e.g. `2024-04-07`, `2024-W14`, `P3D`, `PRESENT_REF`, `XXXX-10`. */
  value: string;
  /** TIMEX3 modifier where the text states one (`START`, `MID`, `END`, `APPROX`, …), else null. */
  mod: string | null;
  /** True when no part of the value had to be left unknown (`X`). */
  resolved: boolean;
}

export interface Summary {
  /** The key sentences, in article order. */
  sentences: Span[];
}

export interface ArticleHeader {
  headline: string | null;
  dateline: string | null;
  byline: string | null;
}

export type ReferenceSource = 'option' | 'dateline' | 'metadata';

export interface Reference {
  /** `YYYY-MM-DD` that relative dates were resolved against, or null. Never the clock. */
  date: string | null;
  source: ReferenceSource | null;
}

export type InputFormat = 'text' | 'html';

export interface InputInfo {
  /** The path as given, or `-` for stdin. */
  path: string;
  format: InputFormat;
  /** Length of the analysed text in UTF-16 code units. */
  chars: number;
  words: number;
}

export const SECTIONS = ['entities', 'quotes', 'dates', 'summary'] as const;
export type Section = (typeof SECTIONS)[number];

export const SCHEMA_VERSION = 1 as const;

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'newsx'; version: string };
  /** Present only for records read with `--input-format jsonl`: the record's id. */
  id?: string | number;
  input: InputInfo;
  reference: Reference;
  article: ArticleHeader;
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  summary: Summary;
}
