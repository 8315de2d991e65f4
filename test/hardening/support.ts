/**
 * Shared by the hardening tests: temp dirs, running the CLI in-process (fast, same code as the binary), cost
 * measurement by CPU time ratios, and text generators for random and adversarial articles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { Analysis } from '../../src/model/types.js';

/** A fresh temp dir readable by every user (the "unreadable file" row runs the CLI as nobody). */
export function makeTmp(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsx-${prefix}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** `newsx ARGV` in this process, via the same `run` the binary calls (no worker threads: jobs stay 1). */
export async function runInProcess(argv: readonly string[], opts: { cwd: string; stdin?: string | Buffer }): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    env: {},
    cwd: opts.cwd,
  });
  return { stdout, stderr, code };
}

/** Parse JSON Lines output; throws on a line that is not JSON. */
export function jsonLines(stdout: string): Array<Analysis | { path: string; error: string; id?: string | number }> {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

/** CPU milliseconds `fn` takes (user + system of this process): less disturbed by a busy machine than wall time. */
export function cpuMs(fn: () => void): number {
  const a = process.cpuUsage();
  fn();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
}

/** Median CPU time of `runs` calls. */
export function medianCpuMs(fn: () => void, runs = 3): number {
  const t = Array.from({ length: runs }, () => cpuMs(fn)).sort((x, y) => x - y);
  return t[Math.floor(t.length / 2)];
}

// ---- text generators ------------------------------------------------------------------------------------------

const FIRST = ['Anna', 'Boris', 'Chen', 'Dara', 'Emeka', 'Fatima', 'Gustav', 'Hana', 'Ivan', 'Jorge'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Petrov', 'Haddad', 'Kowalski', 'Silva', 'Novak', 'Byrne'];

/** One ordinary news paragraph, varied by `i` (names, days, numbers), with a quote and a date. */
export function newsParagraph(i: number): string {
  const who = `${FIRST[i % 10]} ${LAST[(i * 7) % 10]}`;
  const day = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5];
  return (
    `${who}, a spokesperson for the Northfield Water Board, said on ${day} that "repairs on pipe ${i} will take ` +
    `three weeks." The board met on March ${(i % 28) + 1}, ${2000 + (i % 25)} and will meet again next month.`
  );
}

/** An article of `n` paragraphs. */
export function newsArticle(n: number): string {
  return Array.from({ length: n }, (_, i) => newsParagraph(i)).join('\n\n');
}

/**
 * Adversarial families, each a function of a size `n` (roughly the number of repeated units). Each stresses a part
 * of the pipeline where an accidental quadratic would hide: one endless sentence, runs of quote marks, many
 * capitalised words (entity merging), many numbers and date-like tokens, many short lines, nested brackets.
 */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
  'one long line, no punctuation': (n) => Array.from({ length: n }, (_, i) => ['alpha', 'Beta', 'gamma', 'Delta'][i % 4]).join(' '),
  'straight quote marks only': (n) => '"'.repeat(n),
  'unbalanced curly quotes between words': (n) => Array.from({ length: n }, (_, i) => (i % 3 ? '\u201c said' : '\u201d word')).join(' '),
  'quote, speaker, quote, no close': (n) => Array.from({ length: n }, (_, i) => `"It is ${i}, ${FIRST[i % 10]} said, "and`).join(' '),
  'many distinct capitalised names': (n) => Array.from({ length: n }, (_, i) => `${FIRST[i % 10]} ${LAST[i % 10]}${i.toString(36)}`).join(', '),
  'one surname, many first names': (n) => Array.from({ length: n }, (_, i) => `${FIRST[i % 10]}${i.toString(36)} Okafor met Okafor.`).join(' '),
  'numbers and date-like tokens': (n) => Array.from({ length: n }, (_, i) => `${i % 31} ${i % 12} ${1900 + (i % 200)} 10:${i % 60}`).join(' '),
  'many short lines': (n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'Yes.' : 'by Anna Okafor')).join('\n'),
  'nested brackets and dashes': (n) => '(['.repeat(n) + ' word \u2014 '.repeat(n) + '])'.repeat(n),
  'repeated dots and ellipses': (n) => 'Wait.'.repeat(n) + '...'.repeat(n) + '\u2026'.repeat(n),
  'news paragraphs': (n) => newsArticle(Math.max(1, Math.floor(n / 40))),
};
