/** The bench's result rows and the table that prints them. */

export type Verdict = 'ok' | 'MISS' | '';

/** One measured figure, with the target it is held to (if any). */
export interface Row {
  section: string;
  measure: string;
  value: string;
  target?: string;
  verdict?: Verdict;
}

/** `ok` when the condition holds, `MISS` otherwise. */
export function verdict(holds: boolean): Verdict {
  return holds ? 'ok' : 'MISS';
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** A plain-text table, one line per row, columns padded; long sections are separated by a blank line. */
export function renderTable(rows: readonly Row[]): string {
  const head = ['section', 'measure', 'value', 'target', ''];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.target ?? '', r.verdict ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ').trimEnd()];
  let last = '';
  for (const [i, c] of cells.entries()) {
    if (last && rows[i].section !== last) out.push('');
    last = rows[i].section;
    out.push(line(c));
  }
  return out.join('\n');
}
