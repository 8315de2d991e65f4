/** Markdown for reports and pull-request comments: a heading per article, a table per section. */
import type { Formatter } from './options.js';
import { viewRows } from './rows.js';

function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

export const markdown: Formatter = {
  description: 'Markdown tables (for reports and pull-request comments)',
  machine: false,
  separator: () => '\n',
  article: ({ analysis: a, text }, o) => {
    const out: string[] = [];
    out.push(`## ${cell(a.article.headline ?? a.input.path)}`, '');
    const facts = [`\`${a.input.path}\``, `${a.input.words} words`];
    if (a.reference.date) facts.push(`reference date ${a.reference.date} (${a.reference.source})`);
    out.push(facts.join(' · '));
    for (const [name, rows] of viewRows(o.view, a, text)) {
      out.push('', `### ${name[0].toUpperCase()}${name.slice(1)}`, '');
      if (rows.rows.length === 0) {
        out.push('_None found._');
        continue;
      }
      out.push(`| ${rows.columns.map(cell).join(' | ')} |`, `|${rows.columns.map(() => ' --- |').join('')}`);
      for (const r of rows.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
    }
    return `${out.join('\n')}\n`;
  },
};
