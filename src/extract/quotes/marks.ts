/**
 * Pairing quotation marks into quoted stretches. Spans INCLUDE their marks: `[start, end)` runs from the opening mark
 * to just after the closing one.
 *
 * Double marks (curly “ ”, straight ", guillemets « », low „) are primary. A stretch never crosses a paragraph unless
 * the next paragraph opens with a mark (the continuation convention: opening mark on each paragraph, closing mark
 * only on the last); an unclosed mark is dropped, so it cannot swallow the rest of the article. Single marks (‘ ’ and
 * straight ') count as quotes outside double quotes, where an article uses them as primary marks (headlines); inside
 * a double quote they are nested quotes and not reported. Apostrophes are told apart by position: O’Brien, ’90s,
 * rock ’n’ roll and a plural possessive (voters’ views) do not open or close a quote.
 */
import type { Span } from '../../model/types.js';

/** A paired stretch, marks included. */
export interface QuotedStretch {
  start: number;
  end: number;
  /** `double` for “…”/"…"/«…», `single` for ‘…’/'…'. */
  marks: 'double' | 'single';
}

const OPEN_DOUBLE = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE_DOUBLE = new Set(['\u201d', '\u00bb']);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Characters after which a straight mark opens: start, space, brackets, dashes, slashes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;
/** Elisions written with a leading apostrophe: ’n’, ’em, ’til, ’cause, ’tis, ’90s. */
const ELISION = /^['\u2019](?:n['\u2019]|em\b|til\b|cause\b|tis\b|twas\b|\d\ds?\b)/i;

/** Find all top-level quoted stretches in the text, in order of start. */
export function findQuotedStretches(text: string, paragraphs: readonly Span[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  let open = -1;
  paragraphs.forEach((para, k) => {
    let from = para.start;
    if (open >= 0) from++; // the continuation mark that reopens the quote
    open = scanParagraph(text, from, para.end, open, out);
    if (open < 0) return;
    const next = paragraphs[k + 1];
    const continues = next !== undefined && isDoubleOpener(text, next.start, next.start);
    if (!continues) open = -1;
  });
  return out.sort((a, b) => a.start - b.start);
}

function isDoubleOpener(text: string, i: number, paraStart: number): boolean {
  const ch = text[i];
  if (OPEN_DOUBLE.has(ch)) return true;
  if (ch !== '"') return false;
  const prev = i > paraStart ? text[i - 1] : ' ';
  const next = text[i + 1] ?? ' ';
  return (OPENS_AFTER.test(prev) || OPEN_DOUBLE.has(prev) || prev === '\u2018') && !SPACE.test(next);
}

function isDoubleCloser(text: string, i: number): boolean {
  const ch = text[i];
  if (CLOSE_DOUBLE.has(ch)) return true;
  if (ch !== '"') return false;
  // After a closing single mark some writers leave a space: 'the term 'outreach,' "
  return !SPACE.test(text[i - 1] ?? ' ') || (/['\u2019]/.test(text[i - 2] ?? '') && SPACE.test(text[i + 1] ?? ' '));
}

/** Scan one paragraph; return the offset of a double quote still open at its end, or -1. */
function scanParagraph(text: string, from: number, to: number, openAtStart: number, out: QuotedStretch[]): number {
  let open = openAtStart;
  let nested = 0; // curly quotes opened inside the open quote
  let segment = from; // where the current stretch of unquoted text began
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (open < 0 && isDoubleOpener(text, i, from)) {
      findSingles(text, segment, i, out);
      open = i;
    } else if (open >= 0 && isDoubleCloser(text, i)) {
      if (nested > 0 && CLOSE_DOUBLE.has(ch)) {
        nested--;
        continue;
      }
      out.push({ start: open, end: i + 1, marks: 'double' });
      open = -1;
      segment = i + 1;
    } else if (open >= 0 && OPEN_DOUBLE.has(ch)) {
      // A second opening mark before any close: a nested quote when two closing marks follow in the paragraph
      // (“… what he calls “hell” than …”), else the first mark was unbalanced and the quote restarts here.
      if (countClosers(text, i + 1, to) >= nested + 2) nested++;
      else if (open >= from) open = i;
    }
  }
  if (open < 0) findSingles(text, segment, to, out);
  return open;
}

function isSingleOpener(text: string, i: number, from: number): boolean {
  const ch = text[i];
  if (ch !== '\u2018' && ch !== "'") return false;
  const prev = i > from ? text[i - 1] : ' ';
  const next = text[i + 1] ?? ' ';
  if (ELISION.test(text.slice(i, i + 5))) return false;
  return (OPENS_AFTER.test(prev) || prev === '"' || OPEN_DOUBLE.has(prev)) && LETTER.test(next);
}

function isSingleCloser(text: string, i: number, to: number): boolean {
  const ch = text[i];
  if (ch !== '\u2019' && ch !== "'") return false;
  const prev = text[i - 1] ?? ' ';
  const next = i + 1 < to ? text[i + 1] : ' ';
  return !SPACE.test(prev) && !LETTER.test(next);
}

/** A closer that is more likely a plural possessive ("voters’ views"): s’ followed by a space and a lower-case word. */
function looksPossessive(text: string, i: number): boolean {
  return /s/i.test(text[i - 1] ?? '') && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/** Pair single marks in unquoted text `[from, to)`. */
function findSingles(text: string, from: number, to: number, out: QuotedStretch[]): void {
  let open = -1;
  for (let i = from; i < to; i++) {
    const elision = ELISION.exec(text.slice(i, i + 5));
    if (elision && i > from && !LETTER.test(text[i - 1])) {
      i += elision[0].length - 1;
      continue;
    }
    if (open < 0) {
      if (isSingleOpener(text, i, from)) open = i;
      continue;
    }
    if (!isSingleCloser(text, i, to)) continue;
    if (looksPossessive(text, i) && hasLaterCloser(text, i + 1, to)) continue;
    out.push({ start: open, end: i + 1, marks: 'single' });
    open = -1;
  }
}

function hasLaterCloser(text: string, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 1500); i++) {
    if (isSingleOpener(text, i, from)) return false;
    if (isSingleCloser(text, i, to) && !looksPossessive(text, i)) return true;
  }
  return false;
}

/** Closing curly marks in `[from, to)`, looking no further than a long sentence ahead (keeps the scan linear). */
function countClosers(text: string, from: number, to: number): number {
  let n = 0;
  const end = Math.min(to, from + 1500);
  for (let i = from; i < end; i++) if (CLOSE_DOUBLE.has(text[i])) n++;
  return n;
}
