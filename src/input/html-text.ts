/**
 * Article DOM -> plain text: one paragraph per block, paragraphs separated by a blank line, whitespace collapsed
 * inside a paragraph (as a browser renders it), entities already decoded by the parser.
 */

/** Elements that start and end a paragraph. Table cells are inline: a row reads as one line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Table cells: separated by a space so that adjacent cells do not run together. */
const CELL = new Set(['td', 'th']);

/**
 * Stands for a `<br>` while Readability works. Readability turns `<br><br>` runs into `<p>` elements but loses the
 * break when the text after the run sits in an element it does not count as phrasing (old `<font>` pages), so every
 * `<br>` becomes this character first (see markLineBreaks) and the text walker breaks the paragraph on it.
 * U+FDD0 is a Unicode noncharacter, reserved for exactly this kind of internal use.
 */
export const BREAK_MARK = '\ufdd0';

/** Replace every `<br>` in the document with BREAK_MARK. */
export function markLineBreaks(doc: Document): void {
  for (const br of Array.from(doc.querySelectorAll('br'))) br.replaceWith(doc.createTextNode(BREAK_MARK));
}

/** Collapse whitespace the way HTML renders it, counting no-break spaces as spaces; drop invisible characters. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\u00ad\u200b\ufeff]|[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ');
}

/** Letters and digits: what counts when deciding whether a line is all links. */
const WORD_CHARS = /[\p{L}\p{N}]/gu;

/** Letters and digits in the kept paragraphs, and how many of them sit inside links. */
export interface LinkStats {
  wordChars: number;
  linkedChars: number;
}

/**
 * The text of `root` as paragraphs. Iterative (no recursion), so depth costs nothing on the call stack.
 * Every paragraph is trimmed and non-empty and holds no line break. A paragraph whose every letter and digit sits
 * inside links ("Home", "E-mail this story | Print") is navigation, not prose, and is left out.
 */
export function blocksOf(root: Node, stats?: LinkStats): string[] {
  const paragraphs: string[] = [];
  let buf = '';
  let wordChars = 0;
  let linkedChars = 0;
  let inLink = 0;
  const flush = (): void => {
    const t = buf.trim();
    if (t && linkedChars < wordChars) {
      paragraphs.push(t.replace(/ {2,}/g, ' '));
      if (stats) {
        stats.wordChars += wordChars;
        stats.linkedChars += linkedChars;
      }
    }
    buf = '';
    wordChars = 0;
    linkedChars = 0;
  };
  const addText = (s: string): void => {
    const n = s.match(WORD_CHARS)?.length ?? 0;
    wordChars += n;
    if (inLink > 0) linkedChars += n;
    buf += s;
  };
  // Each frame is a node to enter, or a marker (null node) to leave an element.
  const stack: { node: Node | null; leave?: string }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (!node) {
      if (leave === 'a') inLink--;
      if (leave && BLOCK.has(leave)) flush();
      else if (leave && CELL.has(leave)) buf += ' ';
      continue;
    }
    if (node.nodeType === 3 /* text */) {
      const pieces = collapseWhitespace(node.nodeValue ?? '').split(BREAK_MARK);
      pieces.forEach((piece, k) => {
        if (k > 0) flush();
        addText(piece);
      });
      continue;
    }
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 11 /* fragment */) continue;
    const name = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (BLOCK.has(name)) flush();
    else if (CELL.has(name)) buf += ' ';
    if (name === 'a') inLink++;
    stack.push({ node: null, leave: name });
    const kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k] });
  }
  flush();
  return paragraphs;
}
