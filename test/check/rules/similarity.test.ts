import { describe, expect, it } from 'vitest';
import { editDistance, editSimilarity, jaro, jaroWinkler } from '../../../src/check/rules/similarity.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['gabuev', 'gabuyev', 1],
    ['organisation', 'organization', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'ac', 1], // a swap of neighbours is one edit
    ['austria', 'australia', 2],
  ])('%s / %s -> %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('editSimilarity is 1 for equal strings and 1 - d/longer otherwise', () => {
    expect(editSimilarity('', '')).toBe(1);
    expect(editSimilarity('iran', 'iraq')).toBeCloseTo(0.75);
  });
});

describe('jaro and jaroWinkler', () => {
  // Textbook values (Winkler 1990 and the usual worked examples).
  it.each([
    ['martha', 'marhta', 0.944, 0.961],
    ['dwayne', 'duane', 0.822, 0.84],
    ['dixon', 'dicksonx', 0.767, 0.813],
  ])('%s / %s', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(jw, 3);
  });

  it('is 1 for equal and 0 for disjoint or empty strings', () => {
    expect(jaroWinkler('lavrov', 'lavrov')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });
});
