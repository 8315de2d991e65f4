/**
 * The entity tagger's word cache is bounded (src/extract/entities/features.ts): once it is full, a new word's
 * features come as (prefix, value) parts that inference looks up without building names, and that training turns
 * into the same names. The scores must not depend on which path a word took, or an article's tags could depend on
 * what came before it in a batch (float32 sums rounded in a different order, a feature missed by the part index).
 * Both paths sum a word's features apart, in the same order, and then add them, so they agree to the bit.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PART_PREFIXES, clearWordCache, docFeatures, visitFeatures } from '../../src/extract/entities/features.js';
import { emissions, partIndex, shippedModel } from '../../src/extract/entities/model.js';
import { parse } from '../../src/nlp/compromise.js';

const SAMPLE = fs.readFileSync(new URL('../../fixtures/lavrov-wang-beijing.txt', import.meta.url), 'utf8');
/** Every kind of part a word emits: a capitals headline, titles, hyphenated and accented words, typographic quotes. */
const VARIED = [
  'RUSSIA AND CHINA SIGN GAS DEAL',
  '',
  'MOSCOW — Foreign Minister Sergei Lavrov met Prime Minister Li Qiang on Tuesday. The Russian-born analyst José Ramos-Horta said the “deal” was “historic”.',
  '',
  'Dr. Hanna Lindqvist, 41, of the Shanghai Cooperation Organisation, called the pro-Kremlin, anti-war group a long-term win-win (2006-09).',
].join('\n');

/** Distinct capitalised nonce words, enough to fill the cache several times over. */
function nonceArticle(words: number): string {
  return `${Array.from({ length: words }, (_, i) => `Qz${i.toString(36)}x`).join(' ')}.`;
}

/** Fill the word cache with words no article has, so what comes next takes the uncached path. */
function fillCache(): void {
  clearWordCache();
  docFeatures(parse(nonceArticle(30_000)), null);
}

/** A text's emission scores with the word cache full (uncached path) and empty (cached path). */
function scoresBothWays(text: string): { uncached: number[]; cached: number[] } {
  const model = shippedModel();
  const doc = parse(text);
  fillCache();
  const uncached = Array.from(emissions(doc, model));
  clearWordCache();
  const cached = Array.from(emissions(doc, model));
  clearWordCache();
  return { uncached, cached };
}

describe('entity scores do not depend on the word cache', () => {
  it('the sample article scores the same to the bit with the cache full (uncached path) and empty (cached path)', () => {
    const { uncached, cached } = scoresBothWays(SAMPLE);
    expect(uncached.length).toBeGreaterThan(0);
    expect(uncached).toEqual(cached);
  });

  it('a varied text scores the same to the bit through either path', () => {
    const { uncached, cached } = scoresBothWays(VARIED);
    expect(uncached).toEqual(cached);
  });

  it('training sees the same feature names, in the same order, for words the cache had no room for', () => {
    const doc = parse(`${SAMPLE}\n\n${VARIED}`);
    clearWordCache();
    const cached = docFeatures(doc, null);
    fillCache();
    const uncached = docFeatures(doc, null);
    clearWordCache();
    expect(cached.flat().length).toBeGreaterThan(doc.tokens.length * 10);
    expect(uncached).toEqual(cached);
  });

  it('every prefix a one-off word emits is one the part index is built for', () => {
    fillCache();
    const seen = new Set<string>();
    const ignore = () => {};
    visitFeatures(parse(VARIED), null, { group: ignore, pair: ignore, begin: ignore, end: ignore, part: (prefix) => seen.add(prefix) });
    clearWordCache();
    // The text reaches the rarer parts too: titles, hyphenated words, headline and uncertain-case features.
    for (const p of ['ttl=', 'xh=', 'hl&', 'uncertain&', '-1ttl', '2x=']) expect(seen).toContain(p);
    expect([...seen].filter((p) => !PART_PREFIXES.includes(p))).toEqual([]);
  });

  it('the part index finds a model feature by its prefix and value, and nothing for a value it lacks', () => {
    const model = shippedModel();
    const index = partIndex(model);
    expect(index.get('b')?.get('')).toBe(model.featureIndex.get('b'));
    expect(index.get('l=')?.get('minister')).toBe(model.featureIndex.get('l=minister'));
    expect(index.get('-1l=')?.get('minister')).toBe(model.featureIndex.get('-1l=minister'));
    expect(model.featureIndex.get('l=minister')).toBeDefined();
    expect(index.get('l=')?.get('qzqzqz')).toBeUndefined();
    expect(index.get('l')).toBeUndefined();
  });
});
