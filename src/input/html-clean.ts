/**
 * Page furniture that is not article text: removed from the DOM before Readability runs, or dropped from the start
 * of the extracted paragraphs when it repeats the metadata.
 */
import { cleanByline } from './html-meta.js';

/**
 * Lower-case attribute names. HTML attribute names are case-insensitive, but linkedom keeps them as written, so
 * `<META NAME="date">` would hide from `getAttribute('name')` (and `CLASS=` from Readability's class checks).
 */
export function lowerCaseAttributes(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const lower = attr.name.toLowerCase();
      if (lower === attr.name) continue;
      el.removeAttribute(attr.name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, attr.value);
    }
  }
}

/** Elements that never hold article prose. Scripts and styles are already gone (html-bound.ts). */
const NON_TEXT = ['template', 'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio', 'button', 'select', 'input', 'dialog', '[hidden]', '[aria-hidden="true"]'];

/** Class or id tokens of advertising and promotion slots (whole tokens, so "header" or "shadow" never match). */
const AD_TOKEN = /^(?:ads?|advert\w*|ad[-_]\w+|\w+[-_]ads?|adslot|dfp[-_]?\w*|gpt[-_]ad\w*|sponsor(?:ed)?[-_]?\w*|promo(?:tion)?s?|newsletter[-_]?\w*)$/i;
/**
 * An advertising slot holds a label and little else. A container with more text than this is kept even when a
 * class says "ad" ("story has-ads" on the article itself), so the rule can never remove the article.
 */
const AD_MAX_TEXT = 200;

/** Classes of text shown only to screen readers ("Image caption, ", "Advertisement"): labels, not prose. */
const SCREEN_READER_TOKEN = /^(?:sr-only|visually-?hidden|screen-?reader-?(?:text|only)|a11y-hidden|offscreen)$/i;

/** Remove elements that never hold article prose: media, widgets, hidden elements and advertising slots. */
export function removeNonText(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(NON_TEXT.join(',')))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el.localName === 'body' || el.localName === 'html') continue;
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    if (classes.some((t) => SCREEN_READER_TOKEN.test(t))) {
      el.remove();
      continue;
    }
    const tokens = [...classes, el.getAttribute('id') ?? ''];
    if (!tokens.some((t) => AD_TOKEN.test(t))) continue;
    if (squeeze(el.textContent).length <= AD_MAX_TEXT) el.remove();
  }
}

/**
 * Remove navigation left inside the article: lists whose every item is only a link ("Key events", "Related"),
 * with a heading right before such a list. Prose never consists of bare links.
 */
export function removeLinkLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children).filter((c) => c.localName === 'li');
    if (items.length === 0 || !items.every(isOnlyLinks)) continue;
    const before = list.previousElementSibling;
    if (before && /^h[1-6]$/.test(before.localName)) before.remove();
    list.remove();
  }
}

function isOnlyLinks(el: Element): boolean {
  const all = squeeze(el.textContent);
  if (!all) return true;
  let linked = '';
  for (const a of Array.from(el.querySelectorAll('a'))) linked += squeeze(a.textContent);
  return linked === all;
}

function squeeze(s: string | null): string {
  return (s ?? '').replace(/\s+/g, '');
}

/** Where pages mark the byline (the same signals Readability uses, plus schema.org microdata). */
const BYLINE_SELECTOR = '[rel="author"], [itemprop~="author"], [class*="byline" i], [id*="byline" i], [class*="author" i]';
/** What may be left around a byline inside its block: "By", "and", commas. */
const BYLINE_GLUE = /^(?:by|written by|words by|and|,|&|\s)*$/i;

/**
 * Find the byline element, remove it (with its block when the block holds nothing else), and return its text.
 * Readability keeps the byline element in the article whenever a `<meta>` author exists, so it is removed here.
 */
export function removeBylineElement(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 100 || !el.isConnected) continue;
    // An author bio or a "more from this author" box is not the byline: skip blocks with paragraphs or lists.
    if (el.querySelector('p, ul, ol, img')) continue;
    let target: Element = el;
    while (target.parentElement && target.parentElement.localName !== 'body') {
      const parent = target.parentElement;
      const rest = (parent.textContent ?? '').replace(/\s+/g, ' ').replace(text, '');
      if (!BYLINE_GLUE.test(rest) || parent.children.length > 4) break;
      target = parent;
    }
    const byline = cleanByline((target.textContent ?? '').replace(/\s+/g, ' '));
    target.remove();
    if (byline) return byline;
  }
  return null;
}

/** A line that only stamps the time: "Published March 5, 2024", "Updated 10:42 GMT", "5 March 2024". */
const TIMESTAMP_LINE =
  /^(?:live\s+)?(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\s+(?=[^!?]*\d)[^!?]{0,60}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+[^.!?]{0,40}\d{4}[^.!?]{0,20}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}[^.!?]{0,20}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}[^.!?]{0,20})$/i;
/** One story tool link, as pages label them: "E-mail this story", "Printer-friendly version", "Share". */
const STORY_TOOL = '(?:(?:e-?mail|print|share|save|send|comment(?:s)?|tweet)(?: this)?(?: story| article| page| link)?|printer[- ]friendly(?: version| page)?|print version)';

/** Lines that are page furniture wherever they stand (an advertising label, a prompt to click), by id. */
const FURNITURE_LINES: readonly { id: string; re: RegExp }[] = [
  { id: 'advertisement', re: /^(?:advertisement|advertising|sponsored(?: content)?|ad)(?:\s*[·•|-]\s*(?:scroll|continue)[\w\s]*)?$/i },
  { id: 'continues-below', re: /^(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?$/i },
  { id: 'scroll-to-continue', re: /^scroll (?:down )?to continue(?: with content| reading)?$/i },
  { id: 'copyright', re: /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[^.]{0,60}\.?\s*(?:all rights reserved\.?)?$/i },
  { id: 'story-tools', re: new RegExp(`^${STORY_TOOL}(?:\\s*[|·•/]\\s*${STORY_TOOL})*$`, 'i') },
];

/** Drop paragraphs that are furniture wherever they stand (see FURNITURE_LINES). */
export function dropFurnitureLines(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => p.length > 80 || !FURNITURE_LINES.some((f) => f.re.test(p)));
}

/** How many leading paragraphs may be furniture. */
const LEADING = 4;

/** Fold for comparing a line with a metadata value: lower case, letters and digits only. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What leading furniture said, for fields the metadata left empty. */
export interface LeadingFurniture {
  /** The paragraphs after the furniture. */
  paragraphs: string[];
  /** A "By …" line found among the furniture, cleaned. */
  byline: string | null;
}

/**
 * Drop leading paragraphs that repeat the headline or byline or only stamp the time: they belong in the metadata,
 * and left in the text they would be read as the article's first sentences.
 */
export function dropLeadingFurniture(paragraphs: string[], meta: { headline: string | null; byline: string | null }): LeadingFurniture {
  const headline = meta.headline ? fold(meta.headline) : null;
  const byline = meta.byline ? fold(meta.byline) : null;
  let found: string | null = null;
  let k = 0;
  while (k < paragraphs.length && k < LEADING) {
    const p = paragraphs[k];
    const f = fold(p);
    const bylineLine = p.length <= 80 && /^(?:by|By|BY)\s+\p{Lu}/u.test(p) && !/[.!?]$/.test(p);
    const isFurniture =
      (headline !== null && f === headline) ||
      (byline !== null && (f === byline || f === `by${byline}`)) ||
      bylineLine ||
      (p.length <= 80 && TIMESTAMP_LINE.test(p));
    if (!isFurniture) break;
    if (bylineLine && !found) found = cleanByline(p);
    k++;
  }
  return { paragraphs: paragraphs.slice(k), byline: found };
}

/** Separators between a headline and a site name in `<title>`: "Headline | Site", "Site -- Headline". */
const TITLE_SEPARATOR = /\s+(?:[|\-–—:·»/\\]|--)\s+/;

/**
 * The headline as the page shows it. A `<title>` often carries the site name ("Site -- Headline"); when one of its
 * parts is a line of the page (the visible headline), that part is the headline.
 */
export function refineHeadline(headline: string | null, lines: readonly string[]): string | null {
  if (!headline || !TITLE_SEPARATOR.test(headline)) return headline;
  const folded = new Set(lines.map(fold));
  if (folded.has(fold(headline))) return headline;
  const part = headline.split(TITLE_SEPARATOR).find((p) => p.length >= 10 && folded.has(fold(p)));
  return part ?? headline;
}
