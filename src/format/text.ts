/** Small text helpers shared by the human formats. */

/** Cut to `max` columns with an ellipsis, collapsing white space so one record stays on one line. */
export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (max <= 1) return flat.slice(0, Math.max(0, max));
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** Greedy word wrap to `width` columns, each line prefixed with `indent`. */
export function wrap(s: string, width: number, indent = ''): string {
  const words = s.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  const room = Math.max(10, width - indent.length);
  for (const w of words) {
    if (line && Array.from(line).length + 1 + Array.from(w).length > room) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** 1-based line and column (in UTF-16 units) of an offset, as editors count them. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
