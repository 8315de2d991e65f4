import { describe, expect, it } from 'vitest';
import { rouge, rougeL, rougeN, rougeTokens } from '../../scripts/eval/summary.js';

describe('ROUGE as the summary eval scores it', () => {
  it('tokens: lower-cased runs of letters and digits, no stemming', () => {
    expect(rougeTokens("The mayor's 2 libraries, Harlow-based.")).toEqual(['the', 'mayor', 's', '2', 'libraries', 'harlow', 'based']);
  });

  const cases: Array<[string, string, string, number, number, number]> = [
    ['identical', 'the mayor opened the library', 'the mayor opened the library', 1, 1, 1],
    ['disjoint', 'a b c', 'x y z', 0, 0, 0],
    // 2 of 3 unigrams each way: P = R = 2/3; one shared bigram of 2; LCS 2.
    ['partial', 'mayor opened library', 'mayor opened museum', 2 / 3, 1 / 2, 2 / 3],
    // Clipping: "the the the" against one "the" counts once: P 1/3, R 1/2.
    ['clipped counts', 'the the the', 'the cat', 0.4, 0, 0.4],
  ];
  it.each(cases)('%s', (_name, cand, ref, r1, r2, rl) => {
    const c = rougeTokens(cand);
    const r = rougeTokens(ref);
    expect(rougeN(c, r, 1)).toBeCloseTo(r1, 6);
    expect(rougeN(c, r, 2)).toBeCloseTo(r2, 6);
    expect(rougeL(c, r)).toBeCloseTo(rl, 6);
    expect(rouge(c, r)).toEqual({ r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) });
  });

  it('LCS respects order', () => {
    // LCS of "a b c d" and "d c b a" is 1.
    expect(rougeL(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBeCloseTo(0.25, 6);
  });

  it('empty inputs score 0', () => {
    expect(rougeN([], ['a'], 1)).toBe(0);
    expect(rougeL(['a'], [])).toBe(0);
  });
});
