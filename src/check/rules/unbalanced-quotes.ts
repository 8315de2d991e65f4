/**
 * unbalanced-quotes: a quotation mark opened in a paragraph and not closed by its end, or a closing mark with no
 * opening one. Scans the text itself, not the quote extractor's records, since an unbalanced mark is exactly what
 * an extractor cannot make a quote of.
 *
 * Paragraphs are the non-empty lines, as the parser splits them. The continuation convention is honoured: a quote
 * that runs on into the next paragraph leaves its paragraph open, and the next paragraph opens with a mark again.
 * Single quotes (‘ ’ ') are not checked: the right single quote is also the apostrophe.
 */
import type { CheckRule, RuleHit } from '../types.js';
import { excerpt } from './text.js';

/** A family of quotation marks; `open === close` means the mark is the same both ways (straight quotes). */
interface MarkFamily {
  id: string;
  open: string;
  close: string;
  /** Marks that may open a paragraph that continues a quote of this family. */
  continuation: string;
}

const FAMILIES: readonly MarkFamily[] = [
  { id: 'curly', open: '“', close: '”', continuation: '“' },
  { id: 'straight', open: '"', close: '"', continuation: '"' },
  // French continued quotes sometimes open the next paragraph with a closing guillemet.
  { id: 'guillemet', open: '«', close: '»', continuation: '«»' },
];

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
          hits.push({ start: at, end: at + 1, message: `Closing ${family.close} has no opening mark in paragraph ${p + 1}` });
        }
        if (unclosed === null) continue;
        if (next && family.continuation.includes(text[next.start])) continue;
        hits.push({
          start: unclosed,
          end: para.end,
          message: `Opening ${family.open} in paragraph ${p + 1} is never closed: ${excerpt(text.slice(unclosed, para.end))}`,
        });
      }
    });
    return hits;
  },
};

/** Non-empty lines, trimmed: the same paragraphs the parser sees. */
function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/**
 * The outermost opening mark left open at the paragraph's end (or null) and the closing marks that had nothing to
 * close. Distinct open and close marks nest; a straight mark opens when nothing is open and closes otherwise.
 */
function scanParagraph(text: string, para: Paragraph, family: MarkFamily): { unclosed: number | null; stray: number[] } {
  const open: number[] = [];
  const stray: number[] = [];
  const same = family.open === family.close;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    // A continuation mark opening a paragraph opens a quote, even where it is a closing mark elsewhere (French »).
    if (i === para.start && family.continuation.includes(c)) open.push(i);
    else if (same) {
      if (c !== family.open) continue;
      if (open.length) open.pop();
      else open.push(i);
    } else if (c === family.open) open.push(i);
    else if (c === family.close) {
      if (open.length) open.pop();
      else stray.push(i);
    }
  }
  return { unclosed: open.length ? open[0] : null, stray };
}
