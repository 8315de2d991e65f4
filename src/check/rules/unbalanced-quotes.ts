/**
 * unbalanced-quotes: a quotation mark opened in a paragraph and not closed by its end, or a closing mark with no
 * opening one. Scans the text itself, not the quote extractor's records, since an unbalanced mark is exactly what
 * an extractor cannot make a quote of.
 *
 * Paragraphs are the non-empty lines, as the parser splits them, with hard-wrapped lines joined. The continuation
 * convention is honoured: a quote that runs on into the next paragraph leaves its paragraph open, and the next
 * paragraph opens with a mark again. Curly and straight double marks are one family, since real copy mixes them
 * (“no evidence" is balanced, if untidy); whether a mark opens or closes is read from where it stands (after a space
 * and before a word it opens), as smart quotes are set, and from its shape only where its place does not tell.
 * Curly single quotes (British style) are checked only for an opening ‘ left open: the ’ is also the apostrophe, so
 * a lone ’ is never reported. Straight single quotes (') are not checked at all.
 */
import type { CheckRule, RuleHit } from '../types.js';
import { excerpt } from './text.js';

/** A family of quotation marks that balance one another. */
interface MarkFamily {
  /** Marks that open where their place does not tell. */
  opens: string;
  /** Marks that close where their place does not tell. */
  closes: string;
  /** Marks that open when nothing is open and close otherwise, where their place does not tell. */
  toggles: string;
  /** Whether the place of a mark (after a space, before a word) decides its direction. */
  byPlace: boolean;
  /** Whether the closing mark is also the apostrophe: then it is skipped between letters and never stray. */
  apostrophe: boolean;
  /** Marks that may open a paragraph continuing a quote of this family. */
  continuation: string;
}

const FAMILIES: readonly MarkFamily[] = [
  { opens: '“', closes: '”', toggles: '"', byPlace: true, apostrophe: false, continuation: '“”"' },
  // Guillemets go by shape: French « » and German » « point opposite ways, and place cannot tell them apart.
  // French continued quotes may open the next paragraph with a closing guillemet.
  { opens: '«', closes: '»', toggles: '', byPlace: false, apostrophe: false, continuation: '«»' },
  // Real copy closes a ‘ with a straight ' too (‘the comeback of the decade,'”).
  { opens: '‘', closes: "’'", toggles: '', byPlace: false, apostrophe: true, continuation: '‘' },
];

/** Characters after which a mark stands in opening place (besides a space or the paragraph start). */
const BEFORE_OPENING = '([{—–-/';
/** Characters before which a mark stands in closing place (besides a space or the paragraph end). */
const AFTER_CLOSING = '.,;:!?)]}—–-…';

/** Characters that end a line at a sentence or paragraph end; a line ending otherwise was wrapped. */
const SENTENCE_END = '.!?:;"”»’\')…';

interface Paragraph {
  start: number;
  end: number;
}

export const unbalancedQuotes: CheckRule = {
  id: 'unbalanced-quotes',
  defaultSeverity: 'error',
  description: 'An opening quotation mark with no closing one in its paragraph',
  check({ text }) {
    const paragraphs = findParagraphs(text);
    const hits: RuleHit[] = [];
    paragraphs.forEach((para, p) => {
      const next = paragraphs[p + 1];
      for (const family of FAMILIES) {
        const { unclosed, stray } = scanParagraph(text, para, family);
        for (const at of stray) {
          hits.push({ start: at, end: at + 1, message: `Closing ${text[at]} has no opening mark in paragraph ${p + 1}` });
        }
        if (unclosed === null) continue;
        // The continuation convention: the quote goes on in the next paragraph, which opens with a mark.
        if (next && family.continuation.includes(text[next.start])) continue;
        hits.push({
          start: unclosed,
          end: para.end,
          message: `Opening ${text[unclosed]} in paragraph ${p + 1} is never closed: ${excerpt(text.slice(unclosed, para.end))}`,
        });
      }
    });
    return hits;
  },
};

/**
 * Paragraphs: non-empty lines, trimmed, as the parser splits them, except that a line following the previous one
 * directly (no blank line between) joins it when that line stops mid-sentence, as in hard-wrapped copy.
 */
function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  let lastEnd = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const line = { start: m.index + lead, end: m.index + lead + body.length };
    const prev = out[out.length - 1];
    const oneBreak = prev !== undefined && /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(text.slice(lastEnd, line.start));
    if (prev && oneBreak && !SENTENCE_END.includes(text[prev.end - 1])) prev.end = line.end;
    else out.push(line);
    lastEnd = line.end;
  }
  return out;
}

function isMark(family: MarkFamily, c: string | undefined): boolean {
  return c !== undefined && (family.opens + family.closes + family.toggles).includes(c);
}

/** The outermost opening mark left open at the paragraph's end (or null) and the closing marks with nothing to close. */
function scanParagraph(text: string, para: Paragraph, family: MarkFamily): { unclosed: number | null; stray: number[] } {
  const open: number[] = [];
  const stray: number[] = [];
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (!isMark(family, c)) continue;
    // A straight mark after a digit with no quote open is an inch or seconds mark (6'3"), not a quotation mark.
    if (family.toggles.includes(c) && !open.length && /\d/.test(text[i - 1] ?? '')) continue;
    if (family.apostrophe) {
      const step = singleMarkStep(text, para, i, open.length > 0);
      if (step === 'open') open.push(i);
      else if (step === 'close') open.pop();
      continue;
    }
    if (i === para.start || direction(text, para, family, i, open.length > 0) === 'open') open.push(i);
    else if (open.length) open.pop();
    else stray.push(i);
  }
  return { unclosed: open.length ? open[0] : null, stray };
}

/**
 * What a single mark does. ’ and ' are apostrophes between letters (don’t, O’Brien) and whenever no quote is open
 * (the councils’ plan, ’90s), so they only ever close; a ' closes only in closing place. ‘ before a digit is a
 * wrong-way apostrophe (‘90s); ‘ in closing place with a quote open closes it (a wrong-way close, “Christianity, ‘ well”).
 */
function singleMarkStep(text: string, para: Paragraph, i: number, anyOpen: boolean): 'open' | 'close' | 'skip' {
  const c = text[i];
  const before = i > para.start ? text[i - 1] : ' ';
  const after = i + 1 < para.end ? text[i + 1] : ' ';
  const closesHere = !/\s/.test(before) && (/\s/.test(after) || AFTER_CLOSING.includes(after) || '”"»'.includes(after));
  if (c === '‘') {
    if (/\d/.test(after)) return 'skip';
    return anyOpen && /\s/.test(after) ? 'close' : 'open';
  }
  if (!anyOpen) return 'skip';
  const letter = /[\p{L}\p{N}]/u;
  if (letter.test(before) && letter.test(after)) return 'skip';
  return c === "'" && !closesHere ? 'skip' : 'close';
}

/** Whether the mark at `i` opens or closes: by its place where that is clear, else by its shape. */
function direction(text: string, para: Paragraph, family: MarkFamily, i: number, anyOpen: boolean): 'open' | 'close' {
  if (family.byPlace) {
    const before = i > para.start ? text[i - 1] : ' ';
    const after = i + 1 < para.end ? text[i + 1] : ' ';
    const opensHere = (/\s/.test(before) || BEFORE_OPENING.includes(before)) && !/\s/.test(after);
    const closesHere = !/\s/.test(before) && (/\s/.test(after) || AFTER_CLOSING.includes(after));
    if (opensHere && !closesHere) return 'open';
    if (closesHere && !opensHere) return 'close';
  }
  const c = text[i];
  if (family.opens.includes(c)) return 'open';
  if (family.closes.includes(c)) return 'close';
  return anyOpen ? 'close' : 'open';
}
