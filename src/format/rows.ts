/**
 * The records of one view as rows of plain strings, shared by CSV, Markdown and the terminal tables so the three
 * cannot drift. Entities are ordered by salience (mentions, then first mention); dates by value, unresolved last.
 */
import type { Analysis, DateMention, Entity, Section } from '../model/types.js';
import type { View } from './options.js';
import { lineCol } from './text.js';

/** Column names of each section's rows. */
export const COLUMNS = {
  entities: ['name', 'type', 'mentions', 'aliases', 'title', 'first seen'],
  quotes: ['speaker', 'kind', 'cue', 'quote'],
  dates: ['value', 'type', 'expression', 'context'],
  summary: ['#', 'sentence'],
} as const satisfies Record<Section, readonly string[]>;

export interface Rows {
  columns: readonly string[];
  rows: string[][];
}

export function bySalience(entities: readonly Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.count - a.count || a.firstMention - b.firstMention);
}

/** Timeline order: resolved values ascending (string order is date order for ISO values), then unresolved. */
export function byTimeline(dates: readonly DateMention[]): DateMention[] {
  const rank = (d: DateMention) => (d.resolved && /^\d/.test(d.value) ? 0 : 1);
  return [...dates].sort((a, b) => rank(a) - rank(b) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) || a.start - b.start);
}

/** The sentence-ish context around an offset, for a timeline row. */
export function excerpt(text: string, start: number, end: number, max = 90): string {
  let from = start;
  while (from > 0 && start - from < max / 2 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < max / 2 && !/[\n]/.test(text[to]) && !/[.!?]/.test(text[to - 1])) to++;
  return (from > 0 && !/[.!?\n]/.test(text[from - 1]) ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ').trim();
}

export function entityRows(a: Analysis, text: string): Rows {
  return {
    columns: COLUMNS.entities,
    rows: bySalience(a.entities).map((e) => {
      const at = lineCol(text, e.firstMention);
      return [e.name, e.type, String(e.count), e.aliases.join('; '), e.title ?? '', `${at.line}:${at.column}`];
    }),
  };
}

export function quoteRows(a: Analysis): Rows {
  return {
    columns: COLUMNS.quotes,
    rows: a.quotes.map((q) => [q.speaker?.name ?? '', q.kind, q.cue?.text ?? '', q.text]),
  };
}

export function dateRows(a: Analysis, text: string): Rows {
  return {
    columns: COLUMNS.dates,
    rows: byTimeline(a.dates).map((d) => [d.value, d.type, d.text, excerpt(text, d.start, d.end)]),
  };
}

export function summaryRows(a: Analysis): Rows {
  return { columns: COLUMNS.summary, rows: a.summary.sentences.map((s, i) => [String(i + 1), s.text]) };
}

/** The row sets a view shows, each with its section name. */
export function viewRows(view: View, a: Analysis, text: string): Array<[string, Rows]> {
  const all: Array<[string, Rows]> = [
    ['entities', entityRows(a, text)],
    ['quotes', quoteRows(a)],
    ['dates', dateRows(a, text)],
    ['summary', summaryRows(a)],
  ];
  return view === 'analyze' ? all : all.filter(([name]) => name === view);
}
