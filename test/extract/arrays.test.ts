import { describe, expect, it } from 'vitest';
import { mapArray } from '../../src/extract/arrays.js';
import { makeMention, retype } from '../../src/extract/entities/mentions.js';

describe('mapArray', () => {
  it.each([
    { xs: [], want: [] },
    { xs: [1], want: ['1@0'] },
    { xs: [3, 1, 2], want: ['3@0', '1@1', '2@2'] },
  ])('maps $xs with values and indexes, like Array.prototype.map', ({ xs, want }) => {
    expect(mapArray(xs, (x, i) => `${x}@${i}`)).toEqual(want);
    expect(mapArray(xs, (x, i) => `${x}@${i}`)).toEqual(xs.map((x, i) => `${x}@${i}`));
  });

  it('returns a new array and leaves the input alone', () => {
    const xs = [1, 2];
    const out = mapArray(xs, (x) => x);
    expect(out).not.toBe(xs);
    expect(xs).toEqual([1, 2]);
  });
});

describe('mentions share one shape', () => {
  const KEYS = ['start', 'end', 'text', 'type', 'title', 'source'];
  const m = makeMention(4, 9, 'Putin', 'person', 'President', 'model');

  it('builds every mention with the same keys in the same order', () => {
    expect(Object.keys(m)).toEqual(KEYS);
    expect(Object.keys(retype(m, 'place', 'place-word'))).toEqual(KEYS);
  });

  it('retype changes the type and the rule, nothing else', () => {
    expect(retype(m, 'organization', 'org-head')).toEqual({ ...m, type: 'organization', source: 'org-head' });
    expect(m.type).toBe('person');
  });
});
