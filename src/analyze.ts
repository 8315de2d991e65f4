/**
 * The analysis pipeline: parse once, then run the extractors in a fixed order. Data flows one way.
 * Order matters: quotes resolve speakers to entities, and the summary weighs sentences by entities and quotes.
 */
import { parse } from './nlp/compromise.js';
import { extractHeader } from './extract/header.js';
import { extractEntities } from './extract/entities/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractDates, findDatelineDate } from './extract/dates/index.js';
import { summarize } from './extract/summary/index.js';
import type { ExtractContext } from './extract/context.js';
import { SCHEMA_VERSION, type Analysis, type ArticleHeader, type EntityType, type InputFormat, type Reference, type Section, SECTIONS } from './model/types.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  /** `YYYY-MM-DD` to resolve relative dates against; overrides the dateline and metadata. */
  referenceDate?: string | null;
  /** The record id (`--input-format jsonl`), echoed as `id`. */
  id?: string | number;
  /** Shown in `input.path`; `-` for stdin. */
  path?: string;
  format?: InputFormat;
  /** Which sections to fill; the header is always filled. Default: all. */
  sections?: readonly Section[];
  /** Extra names: surface form -> type. */
  lexicon?: ReadonlyMap<string, EntityType> | Record<string, EntityType>;
  /** Header fields and publication date known from outside the text (HTML metadata). */
  metadata?: Partial<ArticleHeader> & { date?: string | null };
  /** Number of key sentences. Default 3. */
  summarySentences?: number;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const sections = new Set(options.sections ?? SECTIONS);
  const doc = parse(text);
  const found = extractHeader(doc);
  const meta = options.metadata ?? {};
  const article: ArticleHeader = {
    headline: meta.headline ?? found.headline,
    dateline: meta.dateline ?? found.dateline,
    byline: meta.byline ?? found.byline,
  };
  const ctx: ExtractContext = {
    reference: chooseReference(options.referenceDate ?? null, meta.date ?? null, () => findDatelineDate(doc)),
    lexicon: toMap(options.lexicon),
    summarySentences: options.summarySentences ?? 3,
  };
  // Quotes and the summary need entities even when only they were asked for.
  const needEntities = sections.has('entities') || sections.has('quotes') || sections.has('summary');
  const entities = needEntities ? extractEntities(doc, ctx) : [];
  const quotes = sections.has('quotes') || sections.has('summary') ? extractQuotes(doc, entities, ctx) : [];
  const dates = sections.has('dates') ? extractDates(doc, ctx) : [];
  const summary = sections.has('summary') ? summarize(doc, { header: article, entities, quotes }, ctx) : { sentences: [] };
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'newsx', version: VERSION },
    ...(options.id === undefined ? {} : { id: options.id }),
    input: { path: options.path ?? '-', format: options.format ?? 'text', chars: text.length, words: countWords(text) },
    reference: ctx.reference,
    article,
    entities: sections.has('entities') ? entities : [],
    quotes: sections.has('quotes') ? quotes : [],
    dates,
    summary,
  };
}

function chooseReference(option: string | null, metadata: string | null, fromDateline: () => string | null): Reference {
  if (option) return { date: option, source: 'option' };
  if (metadata) return { date: metadata, source: 'metadata' };
  const d = fromDateline();
  return d ? { date: d, source: 'dateline' } : { date: null, source: null };
}

function toMap(lex: AnalyzeOptions['lexicon']): ReadonlyMap<string, EntityType> {
  if (!lex) return new Map();
  return lex instanceof Map ? lex : new Map(Object.entries(lex));
}

/** Words as a reader counts them: runs of letters or digits, joined by inner apostrophes or hyphens. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
