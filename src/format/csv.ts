/**
 * CSV for spreadsheets (RFC 4180 quoting, a header row). One table for the whole output: the view's columns
 * prefixed with `path` (and `section` for `analyze`, which mixes sections), so several articles stack.
 */
import type { Formatter, FormatOptions } from './options.js';
import { COLUMNS, viewRows } from './rows.js';

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function line(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

function columns(o: FormatOptions): readonly string[] {
  if (o.view === 'analyze') return ['path', 'section', 'id', 'type', 'text', 'value', 'speaker', 'start', 'end'];
  return ['path', ...COLUMNS[o.view]];
}

export const csv: Formatter = {
  description: 'CSV with a header row (one row per entity, quote, date or sentence)',
  machine: true,
  begin: (o) => line(columns(o)),
  article: ({ analysis: a, text }, o) => {
    const path = a.input.path;
    if (o.view !== 'analyze') {
      const [, rows] = viewRows(o.view, a, text)[0];
      return rows.rows.map((r) => line([path, ...r])).join('');
    }
    // `analyze`: one flat record per located thing, in a shape every section fits.
    const out: string[] = [];
    for (const e of a.entities) {
      for (const m of e.mentions) out.push(line([path, 'entity', e.id, e.type, m.text, e.name, '', String(m.start), String(m.end)]));
    }
    for (const q of a.quotes) out.push(line([path, 'quote', q.id, q.kind, q.text, q.cue?.text ?? '', q.speaker?.name ?? '', String(q.start), String(q.end)]));
    for (const d of a.dates) out.push(line([path, 'date', d.id, d.type, d.text, d.value, '', String(d.start), String(d.end)]));
    a.summary.sentences.forEach((s, i) => {
      out.push(line([path, 'summary', String(i + 1), 'sentence', s.text, '', '', String(s.start), String(s.end)]));
    });
    return out.join('');
  },
};
