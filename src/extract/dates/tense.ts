/**
 * Tense of the clause around a date expression, from neighbouring tokens of the same sentence: the nearest cue
 * wins. Future cues are modals and words of plans ("will", "next", "upcoming", "expected"); past cues are past-tense
 * verbs from the lexicon (reporting verbs like "said" count, a little weaker, since they frame rather than date).
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { Tense } from './resolve.js';
import { firstIndex } from '../search.js';

const FUTURE = new Set(['will', "'ll", 'shall', 'next', 'upcoming', 'coming', 'expected', 'expects', 'expect', 'scheduled',
  'plans', 'plan', 'planning', 'due', 'likely', 'going', 'tomorrow', 'intends', 'hopes', 'aims', 'forthcoming',
  'await', 'awaits', 'ahead', 'payable', 'effective', 'soon']);
/** Weaker future cues: "would" is also the past's future and the conditional. */
const WEAK_FUTURE = new Set(['would']);
const PAST = new Set(['ago', 'last', 'was', 'were', 'had', 'did', 'yesterday', 'earlier', 'previously', 'since', 'been', 'recently', 'ended', 'rose']);
const RELATIVE_WORDS = new Set(['next', 'last', 'coming']);
const TIME_NOUNS = /^(day|week|weekend|month|quarter|year|decade|season|spring|summer|fall|autumn|winter|night|morning|evening|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)s?$/;
const PAST_AUXILIARY = new Set(['was', 'were', 'had', 'been']);
const PLAN_VERBS = new Set(['set', 'planned']);
const PLAN_NEXT = new Set(['to', 'for']);
const DEADLINE = new Set(['by', 'until', 'till']);
const AUXILIARY_BE = new Set(['be', 'being', 'is', 'are', 'am', 'been', 'was', 'were']);
const REPORTING = new Set(['said', 'told', 'announced', 'reported', 'added', 'stated', 'wrote', 'noted']);
const WINDOW = 8;
const QUOTE_PENALTY = 4;
const QUOTE_MARK = /^["\u201c\u201d`']+$|^''$/;
const SENTENCE_REACH = 40;

function cue(norm: string, lex: readonly string[]): { tense: Tense; weight: number } | null {
  if (FUTURE.has(norm)) return { tense: 'future', weight: 0 };
  if (WEAK_FUTURE.has(norm)) return { tense: 'future', weight: 1 };
  if (REPORTING.has(norm)) return { tense: 'past', weight: 1 };
  if (PAST.has(norm) || lex.includes('PastTense')) return { tense: 'past', weight: 0 };
  // Regular past forms the lexicon lacks ("resigned"); "closed" is also an adjective, so it weighs less.
  if (norm.length > 4 && norm.endsWith('ed') && !norm.endsWith('eed') && !lex.includes('Noun') && !lex.includes('Value')) {
    return { tense: 'past', weight: lex.includes('Adjective') ? 2 : 1 };
  }
  return null;
}

/** The tense of the clause holding `[start, end)`: 'past', 'future', or null when no cue is near. */
export function tenseAround(doc: ParsedDoc, start: number, end: number): Tense {
  const first = firstIndex(doc.tokens, (t) => t.end > start);
  if (first >= doc.tokens.length) return null;
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last].start < end) last++;
  const sentence = doc.tokens[first].sentence;
  let best: { tense: Tense; score: number } | null = null;
  // Crossing a quotation mark leaves the quoted clause: '"We will meet on Friday," he said' dates by "will".
  const crossed = { left: 0, right: 0 };
  const consider = (i: number, distance: number, side: 'left' | 'right') => {
    const t = doc.tokens[i];
    if (t.sentence !== sentence) return false;
    if (QUOTE_MARK.test(t.text)) crossed[side] = QUOTE_PENALTY;
    let c = cue(t.norm, t.lex);
    // "set to resume", "set for Monday", "planned to leave": an arrangement for a time ahead, though the verb is a past form.
    if (PLAN_VERBS.has(t.norm) && PLAN_NEXT.has(doc.tokens[i + 1]?.norm ?? '')) c = { tense: 'future', weight: 0 };
    // "by May", "until Friday" right before the date: a deadline, mostly ahead; weak, so a tense nearby wins.
    if (!c && distance === 1 && side === 'left' && DEADLINE.has(t.norm)) c = { tense: 'future', weight: 3 };
    if (c) c = { tense: c.tense, weight: c.weight + crossed[side] };
    // "next"/"last" are cues only before a time word ("next week"), not in "next to", "the last of".
    if (c && RELATIVE_WORDS.has(t.norm) && !TIME_NOUNS.test(doc.tokens[i + 1]?.norm ?? '')) c = null;
    // "had been due to expire", "was expected to arrive": a plan seen from the past, so the day has passed.
    if (c && c.tense === 'future' && i > 0 && PAST_AUXILIARY.has(doc.tokens[i - 1].norm)) c = { tense: 'past', weight: c.weight };
    // A participle after a form of "be" ("will be held", "is expected") takes its tense from the auxiliary.
    if (c && c.tense === 'past' && !PAST.has(t.norm) && i > 0 && AUXILIARY_BE.has(doc.tokens[i - 1].norm)) c = null;
    if (c && (!best || distance + c.weight < best.score)) best = { tense: c.tense, score: distance + c.weight };
    return true;
  };
  // Near tokens first; when none is a cue, the rest of the sentence (up to a bound, so the cost stays constant).
  for (let d = 1; d <= SENTENCE_REACH && !(best && d > WINDOW); d++) {
    const left = first - d;
    const right = last - 1 + d;
    const inLeft = left >= 0 && consider(left, d, 'left');
    const inRight = right < doc.tokens.length && consider(right, d, 'right');
    if (!inLeft && !inRight) break;
  }
  return (best as { tense: Tense } | null)?.tense ?? null;
}
