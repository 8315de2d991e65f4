import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDate, readLexicon, toSettings } from '../../src/cli/settings.js';

describe('checkDate', () => {
  it.each(['2024-04-07', '2024-02-29', '1996-12-31', '2000-02-29'])('accepts %s', (d) => expect(checkDate(d)).toBe(d));
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '24-04-07', '2024-4-7', 'yesterday', '', '2024-04-07T10:00'])('rejects %s', (d) => {
    expect(() => checkDate(d)).toThrow(/invalid --reference-date/);
  });
});

describe('toSettings', () => {
  it('defaults', () => {
    const s = toSettings({}, '/');
    expect(s).toMatchObject({ format: 'table', referenceDate: null, inputFormat: 'auto', jobs: os.availableParallelism(), minCount: 1, sentences: 3, types: null });
  });
  it('--jobs N', () => {
    expect(toSettings({ jobs: '3' }, '/')).toMatchObject({ jobs: 3, jobsGiven: true });
    expect(toSettings({}, '/').jobsGiven).toBe(false);
  });
  it.each([
    [{ format: 'xml' }, "unknown format 'xml'"],
    [{ inputFormat: 'pdf' }, "unknown input format 'pdf'"],
    [{ jobs: '0' }, "invalid --jobs '0'"],
    [{ jobs: 'two' }, "invalid --jobs 'two'"],
    [{ type: 'person,planet' }, "unknown entity type 'planet'"],
    [{ minCount: '-1' }, "invalid --min-count '-1'"],
    [{ sort: 'size' }, "unknown --sort 'size'"],
    [{ sentences: '0' }, "invalid --sentences '0'"],
  ])('%j is a usage error', (raw, message) => {
    expect(() => toSettings(raw, '/')).toThrow(message);
  });
});

describe('readLexicon', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-lex-'));
  const file = (name: string, body: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, body);
    return p;
  };
  it('reads names and types', () => {
    const lex = readLexicon(file('ok.json', '{"Gazprom": "organization", "Wang Yi": "person"}'), 'ok.json');
    expect([...lex]).toEqual([
      ['Gazprom', 'organization'],
      ['Wang Yi', 'person'],
    ]);
  });
  it.each([
    ['bad.json', '{"Gazprom": ', 'bad.json: lexicon is not valid JSON'],
    ['array.json', '["Gazprom"]', 'array.json: lexicon must be a JSON object'],
    ['type.json', '{"Gazprom": "company"}', 'type.json: lexicon entry "Gazprom" has type "company"'],
  ])('%s is refused with a clear message', (name, body, message) => {
    expect(() => readLexicon(file(name, body), name)).toThrow(message);
  });
  it('a missing file is refused', () => {
    expect(() => readLexicon(path.join(dir, 'nope.json'), 'nope.json')).toThrow('nope.json: cannot read lexicon (no such file)');
  });
});
