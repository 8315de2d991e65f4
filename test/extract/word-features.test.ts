/**
 * The word-feature writers give (prefix, value) pairs; training and the word cache join them into names, and the
 * model's word index splits its names back (splitFeatureName) so a word the cache has no room for is looked up
 * without joining. If a split ever disagreed with a writer, that word would silently lose a weight.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/compromise.js';
import { type FeatureSink, OFFSETS, splitFeatureName, writeLent, writeOwn, writePosition } from '../../src/extract/entities/word-features.js';

const SAMPLE = fs.readFileSync(new URL('../../fixtures/lavrov-wang-beijing.txt', import.meta.url), 'utf8');

describe('splitFeatureName', () => {
  it.each([
    ['w=Lavrov', 'w=', 'Lavrov'],
    ['w==', 'w=', '='],
    ['sh=X=x', 'sh=', 'X=x'],
    ['hl&Xx', 'hl&', 'Xx'],
    ['hl&&', 'hl&', '&'],
    ['uncertain&Xx', 'uncertain&', 'Xx'],
    ['-2l=of', '-2l=', 'of'],
    ['2x=Noun', '2x=', 'Noun'],
    ['p4=lavr', 'p4=', 'lavr'],
    ['xh=Country', 'xh=', 'Country'],
    // Bare names, and names no word writer makes, stay whole.
    ['b', '', 'b'],
    ['sinit', '', 'sinit'],
    ['hl', '', 'hl'],
    ['-2ttl', '', '-2ttl'],
    ['gz=B-LOC', '', 'gz=B-LOC'],
    ['d:afn&hl', '', 'd:afn&hl'],
    ['-1:<>', '', '-1:<>'],
  ])('%s -> [%s, %s]', (name, prefix, value) => {
    expect(splitFeatureName(name)).toEqual([prefix, value]);
  });
});

describe('the writers and the split agree', () => {
  it('every feature the writers give the sample article splits back into the prefix and value it was written with', () => {
    const written: Array<[string, string]> = [];
    const sink: FeatureSink = { add: (prefix, value) => written.push([prefix, value]) };
    for (const t of parse(SAMPLE).tokens) {
      writeOwn(t, sink);
      for (let code = 0; code < 8; code++) writePosition(t, code, true, sink);
      for (let k = 0; k < OFFSETS.length; k++) writeLent(t, k, sink);
    }
    expect(written.length).toBeGreaterThan(10_000);
    const wrong = written.filter(([p, v]) => {
      const [sp, sv] = splitFeatureName(p + v);
      return sp !== p || sv !== v;
    });
    expect(wrong).toEqual([]);
  });
});
