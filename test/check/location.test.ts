import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/check/location.js';

// a0 b1 \n2 c3 d4 \r5 \n6 e7 f8 \r9 g10: lines start at 0, 3, 7 (after \r\n) and 10 (after a lone \r).
const TEXT = 'ab\ncd\r\nef\rg';

describe('LineIndex.locate', () => {
  it.each([
    [0, 1, 1, 'the first character'],
    [2, 1, 3, 'a line feed belongs to the line it ends'],
    [3, 2, 1, 'the first character after \\n'],
    [5, 2, 3, 'the \\r of \\r\\n'],
    [6, 2, 4, 'the \\n of \\r\\n is no line of its own'],
    [7, 3, 1, 'the first character after \\r\\n'],
    [9, 3, 3, 'a lone \\r'],
    [10, 4, 1, 'the first character after a lone \\r'],
    [11, 4, 2, 'the end of the text'],
    [50, 4, 2, 'past the end: clamped to the end'],
    [-3, 1, 1, 'before the start: clamped to column 1'],
  ])('offset %i is line %i, column %i (%s)', (offset, line, column) => {
    expect(new LineIndex(TEXT).locate(offset)).toEqual({ line, column });
  });

  it('puts everything on line 1 in a text without breaks, and in an empty one', () => {
    expect(new LineIndex('one line').locate(4)).toEqual({ line: 1, column: 5 });
    expect(new LineIndex('').locate(0)).toEqual({ line: 1, column: 1 });
  });
});
