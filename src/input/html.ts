/**
 * HTML input: a saved web page in, the article out (title, byline, date, site, language and the body text).
 *
 * Steps, in order:
 * 1. refuse input over MAX_INPUT_CHARS;
 * 2. bound the markup in one linear pass (html-bound.ts): drop scripts, styles, comments; flatten nesting deeper
 *    than DEFAULT_LIMITS.maxDepth; keep JSON-LD bodies aside; refuse more than MAX_MARKUP_CHARS of what is left,
 *    MAX_TEXT_CHARS of text or MAX_ELEMENTS elements;
 * 3. parse with linkedom (after adding a missing html/head/body skeleton), which never runs scripts nor loads
 *    anything (no images, styles, frames, network); lower-case attribute names, which linkedom keeps as written;
 * 4. read metadata (html-meta.ts) before Readability changes the DOM;
 * 5. remove page furniture Readability would keep (the byline element, widgets, ad slots) and mark each <br>, then
 *    let Readability choose the article node; turn it into paragraphs (html-text.ts), drop navigation and
 *    furniture lines and leading lines that repeat the metadata (html-clean.ts).
 * The result is deterministic: no clock, no randomness, no network.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DEFAULT_LIMITS, ensureDocument, prepareMarkup } from './html-bound.js';
import { cleanByline, readMetadata } from './html-meta.js';
import { BREAK_MARK, blocksOf, markLineBreaks } from './html-text.js';

export { declaredCharset, decodeDeclared } from './html-charset.js';
export { looksLikeHtml } from './html-detect.js';
import { dropFurnitureLines, dropLeadingFurniture, lowerCaseAttributes, refineHeadline, removeBylineElement, removeLinkLists, removeNonText } from './html-clean.js';

/** The article read from a page. */
export interface HtmlArticle {
  /** The body as plain text: paragraphs separated by "\n\n", without the headline. Offsets refer to this text. */
  text: string;
  headline: string | null;
  byline: string | null;
  /** Publication date as the page states it, `YYYY-MM-DD`. */
  date: string | null;
  siteName: string | null;
  /** Language tag as the page states it ("en", "en-GB"). */
  lang: string | null;
}

/** The page cannot give an article: too large, no article text, or unparseable. The message is one line. */
export class HtmlInputError extends Error {
  override name = 'HtmlInputError';
}

/** Largest input accepted, in UTF-16 code units (about 20 MB of ASCII markup). */
export const MAX_INPUT_CHARS = 20_000_000;
/**
 * Most markup kept after the pre-pass (scripts, styles and comments removed), in UTF-16 code units. With the other
 * limits it bounds Readability's time: the slowest pages found within them (1,500 chains of 30 nested divs; 1 MB of
 * tag soup) took 2-3.5 s of CPU on the shared 2-core machine. Real article pages keep well under 1 MB once scripts
 * and styles are gone.
 */
export const MAX_MARKUP_CHARS = 2_000_000;
/**
 * Most text a page may hold (characters between tags, before entity decoding). Readability's cost grows with text
 * times nesting depth; a news page holds tens of thousands of characters, a 500,000-character page is a short book.
 */
export const MAX_TEXT_CHARS = 500_000;
/** Most elements kept after the pre-pass; real article pages have a few thousand. */
export const MAX_ELEMENTS = 50_000;
/** Fewest words an article body must have. */
const MIN_WORDS = 25;
/** Below this many words, a text whose article node is mostly links reads as teasers, not as an article. */
const TEASER_WORDS = 150;
/** Largest share of the body's letters and digits that may sit inside links (more is a list of links, not an article). */
const MAX_LINK_DENSITY = 0.5;


/** Read the article from a page. Throws HtmlInputError when there is none or the page is too large. */
export function extractHtml(html: string): HtmlArticle {
  if (html.length > MAX_INPUT_CHARS) {
    throw new HtmlInputError(`page too large: ${html.length} characters (limit ${MAX_INPUT_CHARS})`);
  }
  // BREAK_MARK stands for <br> later on, so the page's own copies of it go.
  const prepared = prepareMarkup(html.includes(BREAK_MARK) ? html.replaceAll(BREAK_MARK, '') : html);
  if (prepared.html.length > MAX_MARKUP_CHARS) {
    throw new HtmlInputError(
      `page too large: ${prepared.html.length} characters of markup without scripts and styles (limit ${MAX_MARKUP_CHARS})`,
    );
  }
  if (prepared.textChars > MAX_TEXT_CHARS) {
    throw new HtmlInputError(`page too large: ${prepared.textChars} characters of text (limit ${MAX_TEXT_CHARS})`);
  }
  if (prepared.elements > MAX_ELEMENTS) {
    throw new HtmlInputError(`page too large: ${prepared.elements} elements (limit ${MAX_ELEMENTS})`);
  }
  const { document } = parseHTML(ensureDocument(prepared.html));
  // The pre-pass mirrors the parser's stack; this check holds the bound even if the two ever disagree.
  if (elementDepth(document.documentElement) > DEFAULT_LIMITS.maxDepth + 4) {
    throw new HtmlInputError(`page nests elements too deeply (limit ${DEFAULT_LIMITS.maxDepth})`);
  }
  lowerCaseAttributes(document);
  const meta = readMetadata(document, prepared.jsonLd);
  // Readability removes an <h1> that repeats the title, so the page's visible headlines are read first.
  const h1s = Array.from(document.querySelectorAll('h1')).slice(0, 5).map((h) => h.textContent ?? '');
  removeNonText(document);
  const domByline = removeBylineElement(document);
  markLineBreaks(document);

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // The serializer hands back the article node itself: the text is built from the DOM, not from re-parsed HTML.
    parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch (err) {
    throw new HtmlInputError(`cannot read the page: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  if (!parsed?.content) throw new HtmlInputError('no article text found in the page');

  removeLinkLists(parsed.content as Element);
  const links = { wordChars: 0, linkedChars: 0 };
  const blocks = dropFurnitureLines(blocksOf(parsed.content, links));
  // Without metadata or <title>, the page's first <h1> is its headline.
  const titled = meta.headline ?? cleanTitle(parsed.title) ?? cleanTitle(h1s[0]);
  const headline = refineHeadline(titled, [...h1s, ...blocks.slice(0, 4)]);
  const byline = meta.byline ?? domByline ?? cleanByline(parsed.byline ?? null);
  const lead = dropLeadingFurniture(blocks, { headline, byline });
  const text = lead.paragraphs.join('\n\n');
  if (countWords(text) < MIN_WORDS) throw new HtmlInputError('no article text found in the page');
  // Two readings of "mostly links": within the kept paragraphs, and over the whole article node, which also holds
  // the link-only lines left out of the text. The second alone would refuse a real article that carries a long
  // block of related links, so it needs a short text too (a section front: headlines and one-line teasers).
  const words = countWords(text);
  if (links.linkedChars > MAX_LINK_DENSITY * links.wordChars || (words < TEASER_WORDS && linkDensity(parsed.content) > MAX_LINK_DENSITY)) {
    throw new HtmlInputError('no article text found in the page (it is mostly links)');
  }
  return {
    text,
    headline,
    byline: byline ?? lead.byline,
    date: meta.date,
    siteName: meta.siteName ?? cleanTitle(parsed.siteName),
    lang: meta.lang ?? cleanTitle(parsed.lang),
  };
}

function cleanTitle(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Share of the node's letters and digits that sit inside links. */
function linkDensity(node: Node): number {
  const count = (s: string | null): number => s?.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const total = count(node.textContent);
  if (total === 0) return 1;
  let linked = 0;
  for (const a of Array.from((node as Element).querySelectorAll('a'))) linked += count(a.textContent);
  return linked / total;
}

/** Deepest element nesting under `root` (root = 1), walked without recursion. */
function elementDepth(root: Element | null): number {
  if (!root) return 0;
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return max;
}
