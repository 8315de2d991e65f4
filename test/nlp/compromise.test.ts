import { describe, expect, it } from 'vitest';
import { lexiconTags, normalizeWord, parse } from '../../src/nlp/compromise.js';

const words = (text: string) => parse(text).tokens.map((t) => t.text);

describe('parse: tokens', () => {
  it.each([
    ['possessive split off', 'Lavrov’s plan', ['Lavrov', '’s', 'plan']],
    ['straight possessive', "Russia's war", ['Russia', "'s", 'war']],
    ['plural possessive', "the Joneses' house", ['the', 'Joneses', "'", 'house']],
    ['clitic n’t', "didn't go", ['did', "n't", 'go']],
    ['punctuation as tokens', '“Yes,” he said.', ['“', 'Yes', ',', '”', 'he', 'said', '.']],
    ['em dash splits words', 'members—who', ['members', '—', 'who']],
    ['acronyms stay whole', 'the U.S. and U.N.', ['the', 'U.S.', 'and', 'U.N.']],
    // compromise splits hyphenated words; entity spans are character offsets, so "Cold-War" still maps whole.
    ['hyphenated words split at the hyphen', 'a full-scale war', ['a', 'full', '-', 'scale', 'war']],
    ['emoji kept whole', 'storm 🌊 hits', ['storm', '🌊', 'hits']],
    // compromise expands these into a term with the text and an empty one holding what follows; it is kept.
    ['punctuation after a contraction', '“We won’t.” Then', ['“', 'We', 'wo', 'n’t', '.', '”', 'Then']],
    ['comma after a number with a unit', 'ran 10km, and', ['ran', '10km', ',', 'and']],
    ['colon after a number range', 'Sept. 9-11: more', ['Sept', '.', '9-11', ':', 'more']],
    ['bracket after a clitic', '[doesn’t] know', ['[', 'does', 'n’t', ']', 'know']],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps text === slice(start, end) for tokens and sentences on CRLF, emoji and curly quotes', () => {
    const text = 'Storm 🌊 hits — “we lost it,” he said.\r\n\r\nO’Brien’s team arrived 🚒.\rNext line.';
    const doc = parse(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Storm 🌊 hits — “we lost it,” he said.', 'O’Brien’s team arrived 🚒.', 'Next line.']);
  });

  it('a sentence ending in a contraction ends at its full stop', () => {
    const doc = parse('They said they wouldn’t. Then they did.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['They said they wouldn’t.', 'Then they did.']);
  });

  it('sentences never cross paragraphs and tokens know their sentence', () => {
    const doc = parse('First line without stop\nSecond one. Third one.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['First line without stop', 'Second one.', 'Third one.']);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    for (const [i, s] of doc.sentences.entries()) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(doc.tokens[k].sentence).toBe(i);
    }
  });

  it('a very long paragraph is parsed in pieces without losing text', () => {
    const text = 'word '.repeat(30_000).trim();
    const doc = parse(text);
    expect(doc.tokens).toHaveLength(30_000);
    expect(doc.tokens.at(-1)?.end).toBe(text.length);
  });

  it('empty and blank text parse to nothing', () => {
    expect(parse('').tokens).toEqual([]);
    expect(parse('  \n\t\n').sentences).toEqual([]);
  });
});

describe('lexicon', () => {
  it('gives compromise lexicon tags for lower-cased words and nothing for unknown ones', () => {
    expect(lexiconTags('said')).toContain('PastTense');
    expect(lexiconTags('xqzzy')).toEqual([]);
    expect(normalizeWord('O’Brien')).toBe("o'brien");
  });
});
