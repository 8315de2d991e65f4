/**
 * `--input-format jsonl` from stdin: every record's id comes back exactly once, in input order (also on workers),
 * and a line that is not a usable record becomes an `{"id"?, "path", "error"}` line in its place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { article, jsonlRecords } from './articles.js';

const SLOW = 240_000;
const ARGS = ['analyze', '--input-format', 'jsonl', '--format', 'jsonl', '--quiet'];

interface OutLine {
  id?: string | number;
  path?: string;
  error?: string;
  input?: { path: string };
  reference?: { date: string | null; source: string | null };
}
const parse = (r: CliResult): OutLine[] =>
  r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as OutLine);

describe('good records: ids back once each, in order', () => {
  // String and number ids, a record with HTML instead of text, blank lines that are not records.
  const records = jsonlRecords(24, (i) => (i % 3 === 0 ? i * 7 : `story-${i}`));
  records.splice(10, 0, JSON.stringify({ id: 'html-1', html: `<html><body><article><h1>Port strike ends</h1><p>${article(3)}</p></article></body></html>` }));
  const stdin = `${records.slice(0, 12).join('\n')}\n\n${records.slice(12).join('\r\n')}\n`;
  const ids = records.map((r) => (JSON.parse(r) as { id: string | number }).id);
  const runs: Record<string, CliResult> = {};
  beforeAll(() => {
    for (const jobs of ['1', '2']) runs[jobs] = runCli([...ARGS, '--jobs', jobs], { stdin });
  }, SLOW);

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: exit 0, every id exactly once, in input order`, () => {
      expect(runs[jobs].code, runs[jobs].stderr).toBe(0);
      expect(parse(runs[jobs]).map((a) => a.id)).toEqual(ids);
    });
  }
  it('--jobs 2 prints the same bytes as --jobs 1', () => {
    expect(runs['2'].stdout).toBe(runs['1'].stdout);
  });
  it('a record date becomes the reference date', () => {
    const first = parse(runs['1'])[0];
    expect(first.reference).toEqual({ date: JSON.parse(records[0]).date, source: 'metadata' });
  });
});

describe('bad lines become error records in place', () => {
  const good = jsonlRecords(6);
  // [line, id the error record should carry (undefined: none), what the message says]
  const bad: Array<[string, string | number | undefined, RegExp]> = [
    ['{not json at all', undefined, /not a JSON object/],
    ['{"id": "cut-short", "text": "The council met on', 'cut-short', /not a JSON object/],
    ['[1, 2, 3]', undefined, /not a JSON object/],
    ['{"id": 41, "title": "no text field"}', 41, /no "text" or "html"/],
    ['"just a string"', undefined, /not a JSON object/],
  ];
  const lines = [good[0], bad[0][0], good[1], bad[1][0], bad[2][0], good[2], bad[3][0], good[3], good[4], bad[4][0], good[5]];
  let run: CliResult;
  beforeAll(() => {
    run = runCli([...ARGS, '--jobs', '2'], { stdin: `${lines.join('\n')}\n` });
  }, SLOW);

  it('exits 2 with one output line per input line', () => {
    expect(run.code).toBe(2);
    expect(parse(run)).toHaveLength(lines.length);
  });
  it('good records keep their ids and order', () => {
    const out = parse(run);
    const goodIds = good.map((g) => JSON.parse(g).id);
    expect(out.filter((o) => o.error === undefined).map((o) => o.id)).toEqual(goodIds);
  });
  for (const [line, id, message] of bad) {
    it(`${line.slice(0, 30)} -> {"id"?, "path", "error"} at its line`, () => {
      const n = lines.indexOf(line);
      const rec = parse(run)[n];
      expect(Object.keys(rec).sort()).toEqual(id === undefined ? ['error', 'path'] : ['error', 'id', 'path']);
      expect(rec.id).toBe(id);
      expect(rec.path).toBe('-');
      expect(rec.error).toMatch(message);
      expect(rec.error).toContain(`(stdin):${n + 1}`);
    });
  }
});
