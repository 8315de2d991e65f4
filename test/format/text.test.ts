import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/format/csv.js';
import { lineCol, truncate, wrap } from '../../src/format/text.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('%j -> %j', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['a much longer text', 8, 'a much …'],
    ['multi\n  line', 20, 'multi line'],
    ['😀😀😀😀', 3, '😀😀…'],
  ])('%j to %i', (s, n, expected) => expect(truncate(s, n)).toBe(expected));
});

describe('wrap', () => {
  it('wraps at word boundaries with an indent', () => {
    expect(wrap('one two three four five', 14, '  ')).toBe('  one two\n  three four\n  five');
  });
});

describe('lineCol', () => {
  it('counts lines and UTF-16 columns from 1', () => {
    expect(lineCol('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineCol('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineCol('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
  });
});
