/**
 * The article's header: headline, dateline and byline, found from the layout plain-text news uses.
 * HTML input supplies these from page metadata instead (see src/input).
 */
import type { ParsedDoc } from '../nlp/doc.js';
import type { ArticleHeader } from '../model/types.js';

/** A dateline opening a paragraph: "MOSCOW, March 3 (Reuters) -", "ROME 1996-12-06", "WASHINGTON (AP) —". */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?(?:,?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4}-\d{2}-\d{2}))?\s*(?:\([\p{L} .&-]{2,30}\))?)\s*(?:[-–—]+|$)/u;
const BYLINE = /^(?:By|BY|Written by)\s+\p{Lu}[\p{L} .,'’&-]{1,80}$/u;
const AGENCY = /^(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Xinhua|TASS|dpa)$/;

export function extractHeader(doc: ParsedDoc): ArticleHeader {
  const paras = doc.paragraphs;
  const header: ArticleHeader = { headline: null, dateline: null, byline: null };
  if (paras.length === 0) return header;
  let next = 0;
  const first = paras[0].text;
  // A headline is a short first line without sentence-final punctuation, followed by more text.
  // Not a headline: a line ending like a sentence or an introduction (":"), a bare dateline, a line opening with a
  // source tag ("(CNN) --"), or one whose next line continues it in lower case (a hard-wrapped sentence).
  const continued = paras.length > 1 && /^\p{Ll}/u.test(paras[1].text);
  if (paras.length > 1 && first.length <= 200 && !/[.!?:]["”’]?$/.test(first) && !/^\(/.test(first) && !continued && !isBareDateline(first)) {
    header.headline = first;
    next = 1;
  }
  for (let i = next; i < Math.min(paras.length, next + 3); i++) {
    const p = paras[i].text;
    if (!header.byline && (BYLINE.test(p) || AGENCY.test(p))) {
      header.byline = p.replace(/^(?:By|BY|Written by)\s+/, '');
      continue;
    }
    const m = DATELINE.exec(p);
    if (!header.dateline && m && /\p{Lu}{3}/u.test(m[1]) && m[1].trim().length < p.length) {
      header.dateline = m[1].trim();
      break;
    }
    if (!header.dateline && isBareDateline(p)) {
      header.dateline = p;
      break;
    }
    if (p.length > 80) break;
  }
  return header;
}

/** A line that is only a place and a date ("LONDON 1996-08-30"), as wire copy and CoNLL put under the headline. */
function isBareDateline(p: string): boolean {
  const m = DATELINE.exec(p);
  return m !== null && m[1].trim() === p && /\d/.test(p);
}
