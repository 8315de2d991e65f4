/**
 * newsx tokenizes with compromise's small build and reads compromise's lexicon from the file `npm run build` writes
 * (scripts/lexicon-cache.mjs). The file must hold exactly what the full library builds, or entity features (and
 * so tags) would change; a stale or broken file must be ignored, not trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { afterAll, describe, expect, it } from 'vitest';
import { LEXICON_CACHE, LEXICON_SOURCE, lexiconTags, readLexiconCache } from '../../src/nlp/compromise.js';

const full = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

describe('the lexicon written by the build', () => {
  it('is the one in use (npm test builds first)', () => {
    expect(fs.existsSync(LEXICON_CACHE), 'dist/compromise-lexicon.json is missing: run npm run build').toBe(true);
    expect(LEXICON_SOURCE).toBe('cache');
  });

  it("equals the full library's lexicon, for the installed compromise version", () => {
    const cached = readLexiconCache(LEXICON_CACHE, nlp.version);
    expect(cached).not.toBeNull();
    expect(Object.keys(cached ?? {}).length).toBe(Object.keys(full).length);
    expect(cached).toEqual(full);
  });

  it.each([
    ['lavrov', []],
    ['moscow', ['City']],
    ['united nations', ['Organization']],
    ['said', ['PastTense']],
  ])('looks %s up as the full library has it', (word, tags) => {
    const raw = full[word];
    expect(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).toEqual(tags);
    expect(lexiconTags(word)).toEqual(tags);
  });
});

describe('readLexiconCache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-lexicon-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, body: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, body);
    return pathToFileURL(file);
  };

  it('reads a file written for this version', () => {
    const file = write('ok.json', JSON.stringify({ compromise: '14.17.0', lexicon: { moscow: 'City' } }));
    expect(readLexiconCache(file, '14.17.0')).toEqual({ moscow: 'City' });
  });

  it.each([
    ['another version', JSON.stringify({ compromise: '14.16.0', lexicon: { moscow: 'City' } })],
    ['no version', JSON.stringify({ lexicon: { moscow: 'City' } })],
    ['no lexicon', JSON.stringify({ compromise: '14.17.0' })],
    ['a lexicon that is not an object', JSON.stringify({ compromise: '14.17.0', lexicon: 'City' })],
    ['broken JSON', '{"compromise": "14.17.0", "lexicon": {'],
  ])('ignores a file with %s', (name, body) => {
    expect(readLexiconCache(write(`${name}.json`, body), '14.17.0')).toBeNull();
  });

  it('ignores a missing file', () => {
    expect(readLexiconCache(pathToFileURL(path.join(dir, 'absent.json')), '14.17.0')).toBeNull();
  });
});
