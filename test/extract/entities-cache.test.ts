/**
 * The entity tagger's word cache is bounded (src/extract/entities/features.ts): once it is full, new words' feature
 * groups are summed without caching. The scores must not depend on which path a word took, or an article's tags
 * could depend on what came before it in a batch (float32 sums rounded in a different order). Fixed: the uncached
 * path used to add each weight straight into the token's scores; it now sums the group apart first, as the cached
 * path does, so the two agree to the bit.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clearWordCache } from '../../src/extract/entities/features.js';
import { emissions, shippedModel } from '../../src/extract/entities/model.js';
import { parse } from '../../src/nlp/compromise.js';

const SAMPLE = fs.readFileSync(new URL('../../fixtures/lavrov-wang-beijing.txt', import.meta.url), 'utf8');

/** Distinct capitalised nonce words, enough to fill the cache several times over. */
function nonceArticle(words: number): string {
  return `${Array.from({ length: words }, (_, i) => `Qz${i.toString(36)}x`).join(' ')}.`;
}

describe('entity scores do not depend on the word cache', () => {
  it('the sample article scores the same to the bit with the cache full (uncached path) and empty (cached path)', () => {
    const model = shippedModel();
    const doc = parse(SAMPLE);
    clearWordCache();
    emissions(parse(nonceArticle(30_000)), model);
    const uncached = emissions(doc, model);
    clearWordCache();
    const cached = emissions(doc, model);
    expect(uncached.length).toBeGreaterThan(0);
    expect(Array.from(uncached)).toEqual(Array.from(cached));
  });
});
