/** Offsets to 1-based line and column (UTF-16 code units), built once per text and searched in O(log lines). */
import { firstIndex } from '../extract/search.js';

export interface LineCol {
  line: number;
  column: number;
}

/** Maps offsets of one text to lines and columns. Line breaks: `\n`, `\r\n` or a lone `\r`. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Line and column of `offset` (clamped to the text). */
  locate(offset: number): LineCol {
    const at = Math.min(Math.max(0, offset), this.length);
    // The last line that starts at or before `at` (line 1 starts at 0, so there always is one).
    const lo = firstIndex(this.starts, (start) => start > at) - 1;
    return { line: lo + 1, column: at - this.starts[lo] + 1 };
  }
}

/** The index of the text most recently asked about: rules point back into one text many times in a row. */
let cached: { text: string; index: LineIndex } | null = null;

/** The (cached) line index of a text. */
export function lineIndexOf(text: string): LineIndex {
  if (cached?.text !== text) cached = { text, index: new LineIndex(text) };
  return cached.index;
}

/** `line:column` of an offset, for messages that point at another place in the same text. */
export function lineColOf(text: string, offset: number): string {
  const { line, column } = lineIndexOf(text).locate(offset);
  return `${line}:${column}`;
}
