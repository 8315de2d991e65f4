/**
 * The terminal format: tables (cli-table3) that fit the terminal width, truncating cells with an ellipsis rather
 * than wrapping into a mess. `summary` renders the digest instead of a table.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Formatter, FormatOptions } from './options.js';
import { viewRows, type Rows } from './rows.js';
import { renderDigest } from './digest.js';
import { truncate } from './text.js';

/** Columns that hold free text and share what width is left; the others keep their natural width (capped). */
const FLEXIBLE = new Set(['quote', 'context', 'sentence', 'aliases', 'name', 'expression', 'speaker']);

export function renderTable(rows: Rows, o: FormatOptions): string {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const natural = rows.columns.map((c, i) => Math.max(Array.from(c).length, ...rows.rows.map((r) => Array.from(r[i] ?? '').length)));
  const widths = fitWidths(rows.columns, natural, o.width);
  const table = new Table({
    head: rows.columns.map((c, i) => chalk.bold(truncate(c, widths[i]))),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    // No rule between body rows: denser, and what people expect of a terminal table.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const r of rows.rows) table.push(r.map((v, i) => truncate(v, widths[i])));
  // Put back the rule under the header only (the top border with junction characters swapped).
  const lines = table.toString().split('\n');
  const rule = lines[0].replace('┌', '├').replace('┐', '┤').replaceAll('┬', '┼');
  return [lines[0], lines[1], rule, ...lines.slice(2)].join('\n');
}

/** Give fixed columns their natural width (at most 24), then share the rest among the flexible ones. */
function fitWidths(columns: readonly string[], natural: number[], total: number): number[] {
  const border = columns.length * 3 + 1;
  const widths = natural.map((n, i) => (FLEXIBLE.has(columns[i]) ? n : Math.min(n, 24)));
  let over = widths.reduce((s, w) => s + w, 0) + border - total;
  const flex = columns.map((c, i) => (FLEXIBLE.has(c) ? i : -1)).filter((i) => i >= 0);
  // Shrink the widest flexible column first, one column at a time, never below 8.
  while (over > 0 && flex.length > 0) {
    const widest = flex.reduce((a, b) => (widths[b] > widths[a] ? b : a));
    if (widths[widest] <= 8) break;
    const cut = Math.min(over, widths[widest] - 8, Math.max(1, widths[widest] - Math.max(...flex.filter((f) => f !== widest).map((f) => widths[f]), 8)));
    widths[widest] -= cut;
    over -= cut;
  }
  return widths;
}

export const table: Formatter = {
  description: 'tables for people (the default on a terminal); `summary` prints a digest',
  machine: false,
  separator: () => '\n',
  article: (item, o) => {
    const chalk = new Chalk({ level: o.color ? 1 : 0 });
    if (o.view === 'summary') return renderDigest(item, o);
    const a = item.analysis;
    const out: string[] = [];
    if (o.many || o.view === 'analyze') out.push(chalk.bold.underline(a.input.path === '-' ? '(stdin)' : a.input.path));
    for (const [name, rows] of viewRows(o.view, a, item.text)) {
      if (o.view === 'analyze') out.push(chalk.bold(`${name[0].toUpperCase()}${name.slice(1)} (${rows.rows.length})`));
      out.push(rows.rows.length === 0 ? chalk.dim(name === 'summary' ? 'No key sentences.' : `No ${name} found.`) : renderTable(rows, o));
    }
    return `${out.join('\n')}\n`;
  },
};
