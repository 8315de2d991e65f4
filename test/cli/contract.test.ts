/** The JSON contract: real CLI output for every fixture validates against the schema and keeps the offset invariant. */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/types.js';
import { decodeBytes } from '../../src/input/decode.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { offsetViolations } from '../helpers/offsets.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

const TEXT_FIXTURES = ['fixtures/lavrov-wang-beijing.txt', ...fs.readdirSync(path.join(ROOT, 'fixtures/text')).map((f) => `fixtures/text/${f}`)];

describe('JSON contract over every text fixture', () => {
  const run = runCli(['analyze', ...TEXT_FIXTURES, '--format', 'jsonl', '--reference-date', '2024-04-07', '--quiet']);
  const lines = run.stdout.trimEnd().split('\n');

  it('prints one line per input, in input order, exit 0', () => {
    expect(run.code).toBe(0);
    expect(lines).toHaveLength(TEXT_FIXTURES.length);
    expect(lines.map((l) => JSON.parse(l).input.path)).toEqual(TEXT_FIXTURES);
  });

  for (const [i, file] of TEXT_FIXTURES.entries()) {
    it(`${file}: validates against schema/analysis.schema.json`, () => {
      const a = JSON.parse(lines[i]) as Analysis;
      const ok = validate(a);
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    });
    it(`${file}: text === analysedText.slice(start, end) for every located record`, () => {
      const a = JSON.parse(lines[i]) as Analysis;
      const text = decodeBytes(fs.readFileSync(path.join(ROOT, file)), file).text;
      expect(a.input.chars).toBe(text.length);
      expect(offsetViolations(a, text)).toEqual([]);
    });
    it(`${file}: each line equals --format json for that input alone`, () => {
      const single = runCli(['analyze', file, '--format', 'json', '--reference-date', '2024-04-07']);
      expect(JSON.parse(single.stdout)).toEqual(JSON.parse(lines[i]));
    });
  }

  it('sections are sorted by start and ids follow that order', () => {
    for (const line of lines) {
      const a = JSON.parse(line) as Analysis;
      for (const list of [a.quotes, a.dates, a.summary.sentences] as Array<Array<{ start: number }>>) {
        expect(list.map((x) => x.start)).toEqual([...list.map((x) => x.start)].sort((x, y) => x - y));
      }
      expect(a.entities.map((e) => e.firstMention)).toEqual([...a.entities.map((e) => e.firstMention)].sort((x, y) => x - y));
    }
  });

  it('view commands fill only their own section, header always present', () => {
    const r = runCli(['entities', 'fixtures/lavrov-wang-beijing.txt', '--format', 'json']);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(validate(a)).toBe(true);
    expect(a.quotes).toEqual([]);
    expect(a.dates).toEqual([]);
    expect(a.summary.sentences).toEqual([]);
    expect(a.article.headline).toMatch(/^Moscow and Beijing/);
  });

  it('output is byte-identical across runs', () => {
    const again = runCli(['analyze', ...TEXT_FIXTURES, '--format', 'jsonl', '--reference-date', '2024-04-07', '--quiet']);
    expect(again.stdout).toBe(run.stdout);
  });
});
