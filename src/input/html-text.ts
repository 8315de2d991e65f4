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

/** Collapse whitespace the way HTML renders it, counting no-break spaces as spaces; drop invisible characters. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\u00ad\u200b\ufeff]|[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ');
}

/**
 * The text of `root` as paragraphs. Iterative (no recursion), so depth costs nothing on the call stack.
 * Every paragraph is trimmed and non-empty and holds no line break.
 */
export function blocksOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.trim();
    if (t) paragraphs.push(t);
    buf = '';
  };
  // Each frame is a node to enter, or a marker (null node) to leave a block element.
  const stack: { node: Node | null; leave?: string }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (!node) {
      if (leave && BLOCK.has(leave)) flush();
      else if (leave && CELL.has(leave)) buf += ' ';
      continue;
    }
    if (node.nodeType === 3 /* text */) {
      buf += collapseWhitespace(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 11 /* fragment */) continue;
    const name = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (BLOCK.has(name)) flush();
    else if (CELL.has(name)) buf += ' ';
    stack.push({ node: null, leave: name });
    const kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k] });
  }
  flush();
  // A space left at a paragraph's inner edges by collapsing was trimmed; inner runs can still double across nodes.
  return paragraphs.map((p) => p.replace(/ {2,}/g, ' '));
}
