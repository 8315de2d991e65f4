/** Long paragraphs are parsed in pieces (src/nlp/compromise.ts): the pieces keep offsets and never cut an emoji. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/compromise.js';

const cutsPair = (text: string, i: number) => i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);

describe('parse: paragraphs over 20,000 characters', () => {
  it.each([
    ['a run of emoji without spaces, odd start', `a${'\u{1F600}'.repeat(15_000)}.`],
    ['a run of emoji without spaces, even start', `${'\u{1F600}'.repeat(15_000)}.`],
    ['words, then a long run of flags', `Anna Okafor said ${'\u{1F1FA}\u{1F1E6}'.repeat(8_000)} on Monday.`],
  ])('%s: no token or sentence starts or ends inside a surrogate pair; tokens are slices of the text', (_name, text) => {
    const doc = parse(text);
    expect(doc.tokens.filter((t) => cutsPair(text, t.start) || cutsPair(text, t.end))).toEqual([]);
    expect(doc.sentences.filter((s) => cutsPair(text, s.start) || cutsPair(text, s.end))).toEqual([]);
    expect(doc.tokens.filter((t) => text.slice(t.start, t.end) !== t.text)).toEqual([]);
  });
});
