/**
 * A linear pre-pass over raw markup that bounds what the DOM parser and Readability will see.
 *
 * Why before parsing: linkedom and Readability are fine on real pages but not on hostile ones. Readability's cost
 * grows faster than quadratically with nesting depth (1,000 nested divs took ~8 s, 10,000 overflowed the stack), and
 * linkedom itself slowed down sharply at 100,000 levels. So this pass, in one scan of the string:
 * - drops comments, `<script>` and `<style>` elements (keeping JSON-LD script bodies for the metadata reader) and
 *   other elements that never hold article text (`<noscript>`, `<iframe>`, `<textarea>`, …);
 * - mirrors the parser's open-element stack (htmlparser2's implied end tags) and drops tags deeper than
 *   `maxDepth`, so deeper content is flattened into its ancestor; a dropped block tag becomes `<p>` (a flat run of
 *   sibling paragraphs, which Readability handles in linear time, unlike long runs of `<br>`), so that paragraph
 *   breaks survive the flattening;
 * - counts elements, so that the caller can refuse a page with too many.
 * The scan is a hand-written loop over `indexOf` (no backtracking regular expressions), linear in the input.
 */

/** Limits that keep a hostile page bounded in time and memory. */
export interface MarkupLimits {
  /** Deepest element nesting kept; deeper tags are dropped (their text stays). */
  maxDepth: number;
  /** Largest JSON-LD script body read, in UTF-16 code units; larger ones are ignored. */
  maxJsonLd: number;
}

export const DEFAULT_LIMITS: MarkupLimits = { maxDepth: 32, maxJsonLd: 1_000_000 };

export interface PreparedMarkup {
  /** The markup to parse. */
  html: string;
  /** Bodies of `<script type="application/ld+json">` elements, in document order. */
  jsonLd: string[];
  /** Elements kept, counting the `<p>` put in for dropped block tags. */
  elements: number;
  /** Characters of text between tags (entities not yet decoded): a cheap upper bound on the page's text. */
  textChars: number;
  /** Tags dropped for being deeper than `maxDepth`. */
  flattened: number;
}

/**
 * The parser's own rules, copied from htmlparser2 10 (which linkedom uses), so that the stack kept here mirrors the
 * tree the parser will build from the tags this pass lets through. An approximation of HTML's rules would not do:
 * where it closes more than the parser does, the real tree is deeper than the estimate, and the bound is lost.
 */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** A start tag of the key closes the open element on top of the stack while that element is named in the value. */
const OPEN_IMPLIES_CLOSE: Record<string, readonly string[]> = {
  tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
  p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P,
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
  option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
  address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P, figure: P,
  footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
  rt: ['rt', 'rp'], rp: ['rt', 'rp'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
};
/** Where a self-closing tag (`<path/>`) really closes; elsewhere in HTML the slash is ignored. */
const FOREIGN = new Set(['svg', 'math']);
/** Raw-text elements dropped with their content. */
const DROP_RAW = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'textarea', 'xmp']);
/** Raw-text elements kept (their content is text, not markup, so it must not be scanned for tags). */
const KEEP_RAW = new Set(['title']);
/** Tags that end a paragraph when dropped: replaced by `<p>` so the text walker still sees a break. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Apply the limits to raw markup; see the module comment. Linear in `html.length`. */
export function prepareMarkup(html: string, limits: MarkupLimits = DEFAULT_LIMITS): PreparedMarkup {
  const out: string[] = [];
  const jsonLd: string[] = [];
  const stack: string[] = []; // mirror of the parser's open elements, for the tags let through
  const dropped = new Map<string, number>(); // open elements whose tags were dropped, by name
  let copyFrom = 0; // start of the source not yet copied to `out`
  let i = 0;
  let elements = 0;
  let flattened = 0;
  let textChars = 0;
  let textSinceBreak = false; // whether text was kept since the last `<p>` put in for a dropped tag
  const n = html.length;
  const emit = (upTo: number, replacement: string, resume: number): void => {
    out.push(html.slice(copyFrom, upTo), replacement);
    copyFrom = resume;
  };
  const dropTag = (name: string, start: number, end: number): void => {
    flattened++;
    const brk = BLOCK.has(name) && textSinceBreak;
    if (brk) {
      textSinceBreak = false;
      pushSeen('p', false); // the parser sees this <p>: at most one level past the limit, as it closes the last one
    }
    emit(start, brk ? '<p>' : '', end);
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    textChars += lt - i;
    if (!textSinceBreak && /\S/.test(html.slice(i, lt))) textSinceBreak = true;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 2);
        const end = close < 0 ? n : close + 3;
        emit(lt, '', end); // comments never hold article text
        i = end;
      } else {
        i = skipTo(html, lt, '>'); // doctype, CDATA
      }
      continue;
    }
    if (c === 63 /* ? */) {
      i = skipTo(html, lt, '>');
      continue;
    }
    if (c === 47 /* / */ && isLetter(html.charCodeAt(lt + 2))) {
      const { name, end, closed } = readTag(html, lt + 2);
      i = end;
      if (!closed) emit(lt, '', end); // a tag cut off by the end of the input is dropped, as browsers do
      else closeElement(name, lt, end);
      continue;
    }
    if (!isLetter(c)) {
      i = lt + 1; // a literal "<" in text
      continue;
    }
    const { name, end, selfClosing, attrs, closed } = readTag(html, lt + 1);
    i = end;
    if (!closed) {
      emit(lt, '', end); // a tag cut off by the end of the input is dropped, as browsers do
      continue;
    }
    if (DROP_RAW.has(name) || KEEP_RAW.has(name)) {
      const closeRe = new RegExp(`</${name}[\\s/>]`, 'gi');
      closeRe.lastIndex = end;
      const m = closeRe.exec(html);
      const contentEnd = m ? m.index : n;
      const after = m ? skipTo(html, m.index, '>') : n;
      if (name === 'script' && /type\s*=\s*["']?application\/ld\+json/i.test(attrs) && contentEnd - end <= limits.maxJsonLd) {
        jsonLd.push(html.slice(end, contentEnd));
      }
      if (DROP_RAW.has(name)) emit(lt, '', after);
      else elements++;
      i = after;
      continue;
    }
    openElement(name, lt, end, selfClosing);
  }
  if (i < n) textChars += n - i;
  out.push(html.slice(copyFrom));
  return { html: out.join(''), jsonLd, elements, textChars, flattened };

  /** Pops the parser would make for a start tag of `name` (its implied end tags). */
  function impliedPops(name: string): number {
    const closes = OPEN_IMPLIES_CLOSE[name];
    let k = stack.length;
    if (closes) while (k > 0 && closes.includes(stack[k - 1])) k--;
    return stack.length - k;
  }

  /** Apply a start tag the parser will see to the mirror stack. */
  function pushSeen(name: string, selfClosing: boolean): void {
    stack.length -= impliedPops(name);
    elements++;
    const closesItself = selfClosing && stack.some((open) => FOREIGN.has(open));
    if (!VOID.has(name) && !closesItself) stack.push(name);
  }

  function openElement(name: string, start: number, end: number, selfClosing: boolean): void {
    if (stack.length - impliedPops(name) < limits.maxDepth) {
      pushSeen(name, selfClosing);
      return;
    }
    if (!VOID.has(name) && !selfClosing) dropped.set(name, (dropped.get(name) ?? 0) + 1);
    dropTag(name, start, end);
  }

  function closeElement(name: string, start: number, end: number): void {
    const open = dropped.get(name) ?? 0;
    if (open > 0) {
      // Nested deeper than anything kept, so its end tag comes first: it is dropped with its start tag.
      dropped.set(name, open - 1);
      dropTag(name, start, end);
      return;
    }
    // The parser pops to the nearest open element of that name (the stack is at most maxDepth + 1 long), or ignores
    // a stray end tag (making an empty element for </p> and </br>, which does not nest).
    const k = stack.lastIndexOf(name);
    if (k >= 0) stack.length = k;
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Index just after the next `ch` at or after `from`, or the end of the string. */
function skipTo(s: string, from: number, ch: string): number {
  const k = s.indexOf(ch, from);
  return k < 0 ? s.length : k + 1;
}

/**
 * Read a tag from its name (at `from`) to just after its `>`, honouring quoted attribute values as the HTML
 * tokenizer does (a `>` inside `"…"` or `'…'` after `=` does not end the tag). A tag cut off by the end of the input
 * runs to the end, as in a browser, where such a tag is dropped.
 */
function readTag(s: string, from: number): { name: string; end: number; selfClosing: boolean; attrs: string; closed: boolean } {
  let k = from;
  const n = s.length;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (c === 62 /* > */ || c === 47 /* / */ || c === 32 || c === 9 || c === 10 || c === 12 || c === 13) break;
    k++;
  }
  const name = s.slice(from, k).toLowerCase();
  const attrStart = k;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (c === 62) {
      const selfClosing = s.charCodeAt(k - 1) === 47;
      return { name, end: k + 1, selfClosing, attrs: s.slice(attrStart, k), closed: true };
    }
    if (c === 61 /* = */) {
      let v = k + 1;
      while (v < n && /\s/.test(s[v])) v++;
      const q = s[v];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, v + 1);
        k = close < 0 ? n : close + 1;
        continue;
      }
      k = v;
      continue;
    }
    k++;
  }
  return { name, end: n, selfClosing: false, attrs: s.slice(attrStart, n), closed: false };
}

/** Things that may stand before the body of a page: space, doctype, comments, html/head tags, head elements. */
const HEAD_ITEM = /\s+|<!doctype[^>]*>|<!--[\s\S]*?-->|<\/?(?:html|head)(?:\s[^>]*)?>|<title(?:\s[^>]*)?>[\s\S]*?<\/title\s*>|<(?:meta|link|base)(?:\s[^>]*)?\/?>/iy;

/**
 * Give a page the html/head/body skeleton when its markup leaves tags out (a fragment such as `<p>…</p><p>…</p>`,
 * or a page whose `<body>` tag is omitted, as HTML allows). linkedom builds the tree as the tags come and adds no
 * missing elements, so without this such content would sit outside `<body>`, where Readability never looks.
 */
export function ensureDocument(markup: string): string {
  if (/<body[\s>]/i.test(markup)) return /<html[\s>]/i.test(markup) ? markup : `<html>${markup}</html>`;
  let htmlTag = '<html>';
  const head: string[] = [];
  HEAD_ITEM.lastIndex = 0;
  let at = 0;
  for (let m = HEAD_ITEM.exec(markup); m && m[0].length > 0; m = HEAD_ITEM.exec(markup)) {
    at = HEAD_ITEM.lastIndex;
    const item = m[0];
    if (/^<html[\s>]/i.test(item)) htmlTag = item;
    else if (/^<(?:title|meta|link|base)/i.test(item)) head.push(item);
  }
  return `<!DOCTYPE html>${htmlTag}<head>${head.join('')}</head><body>${markup.slice(at)}</body></html>`;
}
