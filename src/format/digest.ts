/**
 * The digest `newsx summary` prints on a terminal: headline, facts line, key sentences, who is in it, who said what,
 * and the timeline. Sections with nothing to show are left out, so a bare text still reads well.
 */
import { Chalk } from 'chalk';
import type { Article, FormatOptions } from './options.js';
import { bySalience, byTimeline } from './rows.js';
import { truncate, wrap } from './text.js';

/** Words a reader gets through in a minute, for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

export function renderDigest({ analysis: a }: Article, o: FormatOptions): string {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const w = o.width;
  const out: string[] = [];
  out.push(chalk.bold(wrap(a.article.headline ?? (a.input.path === '-' ? '(stdin)' : a.input.path), w)));
  const facts: string[] = [];
  if (a.article.dateline) facts.push(a.article.dateline);
  if (a.article.byline) facts.push(a.article.byline);
  if (a.reference.date) facts.push(`dated ${a.reference.date} (${a.reference.source})`);
  facts.push(`${a.input.words} words`, `${Math.max(1, Math.round(a.input.words / WORDS_PER_MINUTE))} min read`);
  out.push(chalk.dim(wrap(facts.join(' · '), w)));

  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', chalk.bold(title), ...lines);
  };
  section(
    'Key sentences',
    a.summary.sentences.map((s, i) => `${chalk.cyan(`${i + 1}.`)} ${wrap(s.text, w, '   ').trimStart()}`),
  );
  const main = bySalience(a.entities.filter((e) => e.type === 'person' || e.type === 'organization')).slice(0, 8);
  section(
    'People and organizations',
    main.map((e) => `  ${truncate(`${e.name} ${chalk.dim(`${e.type}, ${e.count}×`)}`, w + (o.color ? 10 : 0))}`),
  );
  section(
    'Quotes',
    a.quotes
      .filter((q) => q.kind !== 'scare')
      .map((q) => `  ${chalk.yellow(q.speaker?.name ?? 'unattributed')}: ${truncate(q.text, Math.max(20, w - 4 - (q.speaker?.name ?? 'unattributed').length))}`),
  );
  section(
    'Timeline',
    byTimeline(a.dates).map((d) => `  ${chalk.green(d.value.padEnd(12))} ${truncate(d.text, w - 15)}`),
  );
  return `${out.join('\n')}\n`;
}
