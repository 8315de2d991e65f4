/**
 * From tagged token spans to clean mentions: no surrounding punctuation, quotes or possessive endings, and a title
 * before a person's name ("Foreign Minister", "President") kept apart as the mention's `title`.
 */
import type { ParsedDoc, Token } from '../../nlp/doc.js';
import type { EntityType } from '../../model/types.js';
import type { TokenSpan } from './labels.js';
import { TITLE_MODIFIERS, titleHead } from './titles.js';

/** A located name before mentions are merged into entities. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Title seen right before a person's name, else null. */
  title: string | null;
  /** Which layer produced it: `model`, `lexicon`, or a rule id. */
  source: string;
}

const WORDISH = /[\p{L}\p{N}]/u;
const POSSESSIVE = /^['\u2019](?:s)?$/i;
const UPPER_START = /^\p{Lu}/u;

/** Trim a token span to its name: drop edge punctuation, quotes and possessive endings. Null if nothing is left. */
export function trimSpan(toks: readonly Token[], s: TokenSpan): TokenSpan | null {
  let { start, end } = s;
  while (start < end && !WORDISH.test(toks[start].text)) start++;
  while (end > start && (!WORDISH.test(toks[end - 1].text) || POSSESSIVE.test(toks[end - 1].text))) {
    // Keep an abbreviation's own period ("Co." is one token anyway); drop stray punctuation.
    end--;
  }
  return end > start ? { start, end, cls: s.cls } : null;
}

/** Split a person span into its title (leading title words inside the span, or just before it) and the name. */
export function splitTitle(toks: readonly Token[], s: TokenSpan): { name: TokenSpan; title: [number, number] | null } {
  let start = s.start;
  // Title words the tagger left inside the span ("President Putin" tagged whole).
  let headInside = false;
  while (start < s.end - 1 && isTitleWord(toks[start]) && UPPER_START.test(toks[start].text)) {
    if (titleHead(toks[start].norm)) headInside = true;
    start++;
  }
  if (!headInside) start = s.start;
  let from = start;
  let head = headInside;
  // Title words right before the span, in the same sentence.
  for (let i = s.start - 1; i >= 0 && i >= s.start - 5 && toks[i].sentence === toks[s.start].sentence; i--) {
    // An abbreviated title's period is a token of its own ("Dr" ".").
    if (toks[i].text === '.' && i > 0 && titleHead(toks[i - 1].norm) && i === from - 1) continue;
    if (!isTitleWord(toks[i])) break;
    if (titleHead(toks[i].norm)) head = true;
    from = i;
  }
  if (!head) return { name: { ...s, start }, title: null };
  // A title must end on a head word ("Foreign Minister", not "Foreign"), or on the period after one ("Dr.").
  let to = start;
  while (to > from && !titleHead(toks[to - 1].norm) && !(toks[to - 1].text === '.' && titleHead(toks[to - 2]?.norm ?? ''))) to--;
  while (from < to && !titleHead(toks[from].norm) && !TITLE_MODIFIERS.has(toks[from].norm)) from++;
  return { name: { ...s, start }, title: to > from ? [from, to] : null };
}

function isTitleWord(t: Token): boolean {
  return titleHead(t.norm) !== undefined || TITLE_MODIFIERS.has(t.norm);
}

/** Build a mention over tokens `[s.start, s.end)`. */
export function mentionOf(doc: ParsedDoc, s: TokenSpan, type: EntityType, title: string | null, source: string): Mention {
  const start = doc.tokens[s.start].start;
  const end = doc.tokens[s.end - 1].end;
  return makeMention(start, end, doc.text.slice(start, end), type, title, source);
}

/**
 * Every mention is built here, so that all of them share one V8 hidden class. A copy made with an object spread
 * (`{ ...m, type }`) gets a hidden class of its own, and each optimised function reading mentions was thrown away
 * and compiled again the first time such a copy reached it.
 */
export function makeMention(start: number, end: number, text: string, type: EntityType, title: string | null, source: string): Mention {
  return { start, end, text, type, title, source };
}

/** `m` with another type, credited to the rule `source`. */
export function retype(m: Mention, type: EntityType, source: string): Mention {
  return makeMention(m.start, m.end, m.text, type, m.title, source);
}
