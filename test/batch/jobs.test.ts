/**
 * Batches over files with worker threads: `--jobs 2` must print exactly what `--jobs 1` prints (byte for byte, in
 * input order), a missing file becomes an error record in its place (exit 2), and `--fail-fast` stops at the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { tempDir, writeArticles } from './articles.js';

const FIXTURES = ['fixtures/lavrov-wang-beijing.txt', ...fs.readdirSync(path.join(ROOT, 'fixtures/text')).map((f) => `fixtures/text/${f}`)];
const SLOW = 240_000;
const tmp = tempDir('batch-jobs');
const BASE = ['analyze', '--format', 'jsonl', '--reference-date', '2024-04-07', '--quiet'];

/** Fixtures and generated files interleaved, about 20 inputs. */
function inputs(): string[] {
  const made = writeArticles(tmp.dir, 20 - FIXTURES.length);
  const out: string[] = [];
  for (let i = 0; i < Math.max(made.length, FIXTURES.length); i++) {
    if (i < made.length) out.push(made[i]);
    if (i < FIXTURES.length) out.push(FIXTURES[i]);
  }
  return out;
}

const lines = (r: CliResult) => r.stdout.split('\n').filter((l) => l !== '');
const parsed = (r: CliResult) => lines(r).map((l) => JSON.parse(l) as { input?: { path: string }; path?: string; error?: string });

afterAll(() => tmp.remove());

describe('--jobs 2 and --jobs 1 print the same bytes, in input order', () => {
  let files: string[] = [];
  let one: CliResult;
  let two: CliResult;
  beforeAll(() => {
    files = inputs();
    one = runCli([...BASE, '--jobs', '1', ...files]);
    two = runCli([...BASE, '--jobs', '2', ...files]);
  }, SLOW);

  it('both succeed with one line per input', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(lines(one)).toHaveLength(files.length);
  });
  it('stdout is byte-identical', () => {
    expect(two.stdout).toBe(one.stdout);
  });
  it('lines come back in input order', () => {
    expect(parsed(two).map((a) => a.input?.path)).toEqual(files);
  });
});

describe('a missing file in the middle of a batch', () => {
  let files: string[] = [];
  const missing = [5, 13];
  let one: CliResult;
  let two: CliResult;
  beforeAll(() => {
    files = inputs();
    for (const at of missing) files.splice(at, 0, path.join(tmp.dir, `missing-${at}.txt`));
    one = runCli([...BASE, '--jobs', '1', ...files]);
    two = runCli([...BASE, '--jobs', '2', ...files]);
  }, SLOW);

  it('exits 2 and still prints one line per input', () => {
    expect(two.code).toBe(2);
    expect(lines(two)).toHaveLength(files.length);
  });
  it('puts an error record exactly where each missing file was', () => {
    const recs = parsed(two);
    for (const [i, rec] of recs.entries()) {
      if (missing.includes(i)) {
        expect(Object.keys(rec).sort()).toEqual(['error', 'path']);
        expect(rec.path).toBe(files[i]);
        expect(rec.error).toMatch(/no such file/);
      } else expect(rec.input?.path).toBe(files[i]);
    }
  });
  it('reports each failure on stderr', () => {
    for (const at of missing) expect(two.stderr).toContain(`missing-${at}.txt`);
  });
  it('--jobs 1 prints the same bytes and exit code', () => {
    expect(one.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('--fail-fast stops at the first failure', () => {
  const at = 4;
  let files: string[] = [];
  const runs: Record<string, CliResult> = {};
  beforeAll(() => {
    files = inputs();
    files.splice(at, 0, path.join(tmp.dir, 'missing-first.txt'));
    files.splice(at + 3, 0, path.join(tmp.dir, 'missing-second.txt'));
    for (const jobs of ['1', '2']) runs[jobs] = runCli([...BASE, '--fail-fast', '--jobs', jobs, ...files]);
  }, SLOW);

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: the inputs before it, then its error record, nothing after; exit 2`, () => {
      const r = runs[jobs];
      expect(r.code).toBe(2);
      const recs = parsed(r);
      expect(recs).toHaveLength(at + 1);
      expect(recs.slice(0, at).map((a) => a.input?.path)).toEqual(files.slice(0, at));
      expect(recs[at]).toMatchObject({ path: files[at] });
      expect(recs[at].error).toMatch(/no such file/);
      expect(r.stderr).not.toContain('missing-second.txt');
    });
  }
});
