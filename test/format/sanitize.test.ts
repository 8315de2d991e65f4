import { describe, expect, it } from 'vitest';
import { sanitizeArticle, showControls } from '../../src/format/sanitize.js';
import type { Analysis } from '../../src/model/types.js';

describe('showControls', () => {
  it.each([
    ['plain text', 'plain text'],
    ['esc \x1b[31mred', 'esc ␛[31mred'],
    ['bell\x07 and backspace\x08', 'bell␇ and backspace␈'],
    ['del\x7f', 'del␡'],
    ['c1 \x9b', 'c1 \ufffd'],
    ['crlf\r\nnext', 'crlf \nnext'],
    ['lone\rcr', 'lone\ncr'],
    ['tab\tand\nnewline kept', 'tab\tand\nnewline kept'],
  ])('%j', (input, expected) => {
    expect(showControls(input)).toBe(expected);
    expect(showControls(input)).toHaveLength(input.length);
  });
});

describe('sanitizeArticle', () => {
  it('cleans every string of the analysis and keeps offsets', () => {
    const text = 'A \x1b[2J B';
    const analysis = { entities: [{ name: 'x', mentions: [{ start: 2, end: 6, text: '\x1b[2J' }] }] } as unknown as Analysis;
    const safe = sanitizeArticle({ analysis, text });
    expect(safe.text).toBe('A ␛[2J B');
    expect(safe.analysis.entities[0].mentions[0]).toEqual({ start: 2, end: 6, text: '␛[2J' });
    expect(safe.text.slice(2, 6)).toBe('␛[2J');
  });
  it('returns clean articles untouched', () => {
    const item = { analysis: {} as Analysis, text: 'clean' };
    expect(sanitizeArticle(item)).toBe(item);
  });
});
