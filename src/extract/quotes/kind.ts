/**
 * Typing a quote: `direct` (a sentence or more of quoted speech), `partial` (a fragment quoted inside reported speech)
 * or `scare` (a term or a title in quotation marks, not speech). Rules, in order, each with an id:
 * - `title`: after a title noun or "titled" (the film “Shark Tank”);
 * - `title-case`: a capitalised title after a preposition or possessive (on “Face the Nation”);
 * - `nickname`: one capitalised word inside a name (Marcia “Cia” Price);
 * - `so-called` / `modifier`: a short quote inside a noun phrase (a “no-limits” partnership);
 * - `sentence`: a capitalised quote that stands as its own clause, or holds a sentence end;
 * - `fragment`: anything else that an attribution governs is a partial quote;
 * - `term`: an unattributed short quote is a term.
 */
import type { QuoteKind } from '../../model/types.js';
import type { Token } from '../../nlp/doc.js';
import type { QuoteWindow } from './attribute.js';

const TITLE_WORDS = new Set(
  'titled entitled film movie book novel show series song album documentary programme program column essay play episode hashtag slogan headline podcast memoir magazine newspaper'.split(
    ' ',
  ),
);
const NP_OPENERS = new Set('a an the his her its their our my this that these those so-called new'.split(' '));
const FUNCTION_AFTER = new Set('and or but to of in on at by for from with as that which who is are was were said says has have had will would'.split(' '));

const NOT_NOUN = ['Preposition', 'Conjunction', 'Adverb', 'Copula', 'Modal', 'Pronoun', 'Determiner', 'PastTense'];

const TITLE_PREPS = new Set(['on', 'of', 'in', 'at', 'during', 'from', "'s", 'to', 'watching', 'hosted', 'host']);
const SMALL_WORDS = new Set('a an the and or of in on at to for with by from as vs'.split(' '));

/** Every word capitalised except small function words: "Face the Nation", "Fox and Friends". */
function isTitleCased(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  return words.length > 0 && /^\p{Lu}/u.test(words[0] ?? '') && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/** A quote's kind and the id of the rule that decided it. */
export interface KindDecision {
  kind: QuoteKind;
  rule: string;
}

/** Decide the kind of the quote whose inner text is `inner`, given its window and whether it is attributed. */
export function quoteKind(tokens: readonly Token[], w: QuoteWindow, inner: string, attributed: boolean): KindDecision {
  const words = inner.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
  const prev = w.quoteFrom > w.beforeFrom ? tokens[w.quoteFrom - 1] : undefined;
  const prev2 = w.quoteFrom - 1 > w.beforeFrom ? tokens[w.quoteFrom - 2] : undefined;
  const next = w.quoteTo < w.afterTo ? tokens[w.quoteTo] : undefined;
  const innerEnd = /[.!?,]['\u2019"\u201d]?$/.test(inner.trim());
  if (prev && (TITLE_WORDS.has(prev.norm) || (prev.norm === 'the' && prev2 && TITLE_WORDS.has(prev2.norm)))) {
    if (words <= 8) return { kind: 'scare', rule: 'title' };
  }
  // A capitalised title after a preposition or possessive: on “Face the Nation,” Fox’s “Morning Joe”.
  if (!w.titleCase && prev && TITLE_PREPS.has(prev.norm) && words <= 7 && isTitleCased(inner)) return { kind: 'scare', rule: 'title-case' };
  // A nickname inside a name: Marcia “Cia” Price.
  if (!w.titleCase && words === 1 && prev && next && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text) && /^\p{Lu}/u.test(inner)) {
    return { kind: 'scare', rule: 'nickname' };
  }
  if (prev?.norm === 'so-called' || (prev?.norm === 'called' && prev2?.norm === 'so')) return { kind: 'scare', rule: 'so-called' };
  const modifierSlot =
    prev &&
    NP_OPENERS.has(prev.norm) &&
    next &&
    /^\p{Ll}/u.test(next.text) &&
    !FUNCTION_AFTER.has(next.norm) &&
    next.text.length > 1 &&
    !next.lex.some((t) => NOT_NOUN.includes(t));
  // A quoted modifier in a noun phrase is a term, unless reported speech governs it (her “criminal” attempt).
  if (words <= 3 && !innerEnd && modifierSlot && !attributed) return { kind: 'scare', rule: 'modifier' };
  const ownClause = w.quoteFrom === w.beforeFrom || (prev !== undefined && [':', ',', '\u2014'].includes(prev.text));
  const sentenceLike = /^[\p{Lu}\p{N}.…'"\u2018\u201c]/u.test(inner.trim()) && (words >= 3 || innerEnd);
  if ((ownClause && sentenceLike) || /[.!?]\s+\p{Lu}/u.test(inner)) return { kind: 'direct', rule: 'sentence' };
  if (attributed) return { kind: 'partial', rule: 'fragment' };
  return words <= 4 ? { kind: 'scare', rule: 'term' } : { kind: 'partial', rule: 'fragment' };
}
