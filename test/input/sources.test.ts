import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandSources, globToRegExp } from '../../src/input/sources.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-src-'));
for (const f of ['b.txt', 'a.txt', 'notes.json', 'sub/c.html', 'sub/deep/d.txt', '.hidden.txt']) {
  fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
  fs.writeFileSync(path.join(tmp, f), 'x');
}
fs.mkdirSync(path.join(tmp, 'empty'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('expandSources', () => {
  it('walks folders recursively in sorted order, article files only, hidden files skipped', () => {
    expect(expandSources(['.'], undefined, tmp).map((s) => s.path)).toEqual(['a.txt', 'b.txt', 'sub/c.html', 'sub/deep/d.txt']);
  });
  it('keeps files and stdin in the order given, even missing ones (reported when read)', () => {
    expect(expandSources(['b.txt', '-', 'missing.txt', 'a.txt'], undefined, tmp).map((s) => s.path)).toEqual(['b.txt', '-', 'missing.txt', 'a.txt']);
  });
  it('--glob filters folder contents', () => {
    expect(expandSources(['.'], '**/*.txt', tmp).map((s) => s.path)).toEqual(['a.txt', 'b.txt', 'sub/deep/d.txt']);
    expect(expandSources(['.'], '*.html', tmp).map((s) => s.path)).toEqual(['sub/c.html']);
  });
  it('an empty folder is an error naming it', () => {
    expect(() => expandSources(['empty'], undefined, tmp)).toThrow('empty: no article files in this folder');
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'x/a.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['sub/*.txt', 'sub/a.txt', true],
    ['sub/*.txt', 'sub/x/a.txt', false],
    ['**/*.txt', 'a/b/c.txt', true],
    ['{a,b}.txt', 'b.txt', true],
    ['{a,b}.txt', 'c.txt', false],
    ['?.txt', 'ab.txt', false],
  ])('%s vs %s -> %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected);
  });
});
