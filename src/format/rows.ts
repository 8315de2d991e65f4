/**
 * The records of one view as rows of plain strings, shared by CSV, Markdown and the terminal tables so the three
 * cannot drift. Entities are ordered by salience (mentions, then first mention); dates by value, unresolved last.
 */
import type { Analysis, DateMention, Entity, Section } from '../model/types.js';
import type { View } from './options.js';
import { lineCol } from './text.js';
import { addDays, fmtDay, weekday, type Ymd } from '../extract/dates/calendar.js';

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

/** Timeline order: calendar values by the day they start (weeks, quarters, seasons included), then the rest. */
export function byTimeline(dates: readonly DateMention[]): DateMention[] {
  const keyed = dates.map((d) => ({ d, key: d.resolved ? timelineKey(d.value) : null }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || a.d.start - b.d.start;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : a.d.start - b.d.start;
  });
  return keyed.map((k) => k.d);
}

const SEASON_MONTH: Record<string, string> = { WI: '01', SP: '03', SU: '06', FA: '09' };

/**
 * A sortable `YYYY-MM-DD…` for a TIMEX3 calendar value, or null for values with no place on a timeline (durations,
 * sets, PRESENT_REF). A year sorts before its months (`YYYY-00-00`), a month before its days.
 */
export function timelineKey(value: string): string | null {
  let m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // Monday of ISO week n: January 4th is always in week 1 (weekday(): 1 = Monday … 7 = Sunday).
    const jan4: Ymd = { y: Number(m[1]), m: 1, d: 4 };
    return `${fmtDay(addDays(jan4, (Number(m[2]) - 1) * 7 - (weekday(jan4) - 1)))}W`;
  }
  m = /^(\d{4})-Q([1-4])/.exec(value);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-00Q`;
  m = /^(\d{4})-(WI|SP|SU|FA)/.exec(value);
  if (m) return `${m[1]}-${SEASON_MONTH[m[2]]}-00S`;
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$/.exec(value);
  if (m) return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}${m[4] ?? ''}`;
  return null;
}

/** The sentence-ish context around an offset, for a timeline row. */
export function excerpt(text: string, start: number, end: number, max = 90): string {
  let from = start;
  while (from > 0 && start - from < max / 2 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < max / 2 && !/[\n]/.test(text[to]) && !/[.!?]/.test(text[to - 1])) to++;
  // Cut at a word boundary, not inside a word.
  if (from > 0 && !/[.!?\n]/.test(text[from - 1])) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  const cutEnd = to < text.length && !/[.!?]/.test(text[to - 1]) && text[to] !== '\n';
  if (cutEnd && /\S/.test(text[to])) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const head = from > 0 && !/[.!?\n]/.test(text[from - 1]) ? '…' : '';
  return head + text.slice(from, to).replace(/\s+/g, ' ').trim() + (cutEnd ? '…' : '');
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
