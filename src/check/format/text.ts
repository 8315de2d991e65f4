/**
 * The readable default, one finding a line as linters print them, then a count:
 *   story.txt:3:14  error    unattributed-quote  Direct quote has no speaker: “…”
 * Columns are padded on the plain text before colour is added, so alignment holds with and without colour.
 */
import { Chalk } from 'chalk';
import type { CheckResults, Finding } from '../types.js';

export function formatText(results: CheckResults, opts: { color: boolean }): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const findings: Finding[] = results.flatMap((r) => [...r.findings]);
  if (!findings.length) return '';
  const where = (f: Finding) => `${f.path}:${f.line}:${f.column}`;
  const whereWidth = Math.max(...findings.map((f) => where(f).length));
  const ruleWidth = Math.max(...findings.map((f) => f.ruleId.length));
  const lines = findings.map((f) => {
    const severity = f.severity.padEnd(7);
    return [
      where(f).padEnd(whereWidth),
      f.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity),
      chalk.dim(f.ruleId.padEnd(ruleWidth)),
      f.message,
    ].join('  ');
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const total = `${findings.length} ${findings.length === 1 ? 'problem' : 'problems'} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n\n${errors ? chalk.red.bold(total) : chalk.yellow.bold(total)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
