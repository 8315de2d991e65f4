/** Offsets to 1-based line and column (UTF-16 code units), built once per text and searched in O(log lines). */

export interface LineCol {
  line: number;
  column: number;
}

/** Maps offsets of one text to lines and columns. Line breaks: `\n`, `\r\n` or a lone `\r`. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
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
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(0, offset - this.starts[lo]) + 1 };
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
