/**
 * Date extraction, HeidelTime-style: rules (patterns as data with ids) find candidate expressions, the longest
 * non-overlapping ones are kept, modifiers before and after join them ("early", "nearly", "or so"), then each is
 * normalised to a TIMEX3 value in text order against the reference date, the clause's tense and earlier mentions.
 *
 * Cost: each rule regex does bounded work per start position, selection and resolution are per candidate, so the
 * stage is linear in the text. No code path reads the clock.
 */
import type { DateMention } from '../../model/types.js';
import type { ParsedDoc } from '../../nlp/doc.js';
import type { ExtractContext } from '../context.js';
import { parseYmd, type Ymd } from './calendar.js';
import { POSITION_MODIFIERS, QUANTITY_MODIFIERS, SUFFIX_MODIFIERS } from './lexicon.js';
import { alt } from './patterns.js';
import type { Anchor, Env, Tense } from './resolve.js';
import type { Reading, Rule } from './rule.js';
import { CALENDAR_RULES } from './rules-calendar.js';
import { PERIOD_RULES } from './rules-periods.js';
import { DURATION_RULES } from './rules-duration.js';
import { RELATIVE_RULES } from './rules-relative.js';
import { tenseAround } from './tense.js';
import { mapArray } from '../arrays.js';

export { findDatelineDate } from './dateline.js';

/** All rules; on equal length the earlier rule wins. */
export const RULES: readonly Rule[] = [...CALENDAR_RULES, ...PERIOD_RULES, ...RELATIVE_RULES, ...DURATION_RULES];

interface Candidate {
  start: number;
  end: number;
  rank: number;
  rule: Rule;
  reading: Reading;
  mod: string | null;
}

const positionWords = POSITION_MODIFIERS.map(([w]) => w);
const POSITION_BEFORE = new RegExp(
  `(?<![\\w-])(?:(?:the\\s+)?(${alt(positionWords.filter((w) => !w.startsWith('the ')))})|(${alt(positionWords.filter((w) => w.startsWith('the ')))}))(?:\\s+|-)$`,
  'i',
);
/** Earnings stories: "a year earlier" there means the same quarter a year before. */
const QUARTERLY = /\b(?:first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b|\bquarterly\b/i;
const QUANTITY_BEFORE = new RegExp(`(?<![\\w-])(${alt(QUANTITY_MODIFIERS.map(([w]) => w))})\\s+$`, 'i');
const SUFFIX_AFTER = new RegExp(`^\\s+(${alt(SUFFIX_MODIFIERS.map(([w]) => w))})(?![\\w])`, 'i');
const modOf = (table: ReadonlyArray<readonly [string, string]>, word: string) =>
  table.find(([w]) => w === word.toLowerCase().replace(/\s+/g, ' '))?.[1] ?? null;

/** Find every rule match, rejecting those a rule refuses. */
function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  RULES.forEach((rule, rank) => {
    const re = new RegExp(rule.re.source, rule.re.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const reading = rule.read(m, text);
      if (reading) out.push({ start: m.index + (reading.skip ?? 0), end: m.index + m[0].length, rank, rule, reading, mod: null });
    }
  });
  return out;
}

/** Keep the longest candidates that do not overlap (earlier rules win ties), in text order. */
function selectLongest(cands: Candidate[], length: number): Candidate[] {
  const taken = new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.rank - b.rank);
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/** Join modifiers that stand before or after a kept expression ("early", "nearly", "the end of", "or so"). */
function attachModifiers(text: string, kept: Candidate[]): void {
  let prevEnd = 0;
  kept.forEach((c, i) => {
    const before = text.slice(Math.max(prevEnd, c.start - 24), c.start);
    const pos = c.reading.position ? POSITION_BEFORE.exec(before) : null;
    // "over the last two weeks": a quantity modifier joins only a bare count, never "the …".
    const bare = !/^the\s/i.test(text.slice(c.start, c.start + 4));
    const qty = c.reading.quantity && bare ? QUANTITY_BEFORE.exec(before) : null;
    const hit = pos ?? qty;
    if (hit) {
      c.mod = modOf(pos ? POSITION_MODIFIERS : QUANTITY_MODIFIERS, pos ? (pos[1] ?? pos[2]) : hit[1]);
      c.start -= before.length - hit.index; // the pattern is anchored at the end of `before`
    }
    const nextStart = i + 1 < kept.length ? kept[i + 1].start : text.length;
    const suffix = SUFFIX_AFTER.exec(text.slice(c.end, Math.min(nextStart, c.end + 16)));
    // "two years or so" (a count) and "1994 or later" (a date), but not "a few months or after".
    const fits = suffix && (/^or\s+(so|more|longer|less)$/i.test(suffix[1]) ? c.reading.quantity : c.reading.position);
    if (suffix && fits) {
      c.mod = modOf(SUFFIX_MODIFIERS, suffix[1]);
      c.end += suffix[0].length;
    }
    prevEnd = c.end;
  });
}

/** Extract the date expressions of an article, normalised to TIMEX3 values. */
export function extractDates(doc: ParsedDoc, ctx: ExtractContext): DateMention[] {
  return mapArray(traceDates(doc, ctx), (t) => t.mention);
}

/** A mention with the id of the rule that found it, so an error can be traced to its rule. */
export interface TracedDate {
  mention: DateMention;
  rule: string;
}

/** `extractDates` with the rule behind each mention (for tests and the eval's error breakdown). */
export function traceDates(doc: ParsedDoc, ctx: ExtractContext): TracedDate[] {
  const text = doc.text;
  const kept = selectLongest(findCandidates(text), text.length);
  attachModifiers(text, kept);
  const ref: Ymd | null = parseYmd(ctx.reference.date);
  const anchor: Anchor = { day: null, month: null, quarter: null, year: null, quarterly: QUARTERLY.test(text) };
  const out: TracedDate[] = [];
  for (const c of kept) {
    let tense: Tense | undefined;
    const env: Env = {
      ref,
      anchor,
      missing: false,
      tense: () => (tense === undefined ? (tense = tenseAround(doc, c.start, c.end)) : tense),
    };
    const v = c.reading.resolve(env);
    if (!v) continue;
    updateAnchor(anchor, v.value, c.reading.setsQuarter === true);
    const mention: DateMention = {
      id: `d${out.length + 1}`,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: v.type,
      value: v.value,
      mod: c.mod ?? v.mod ?? null,
      resolved: !env.missing,
    };
    out.push({ mention, rule: c.rule.id });
  }
  return out;
}

/** Remember the last day and quarter mentioned, for "the day", "the next day", "a year earlier". */
function updateAnchor(anchor: Anchor, value: string, setsQuarter: boolean): void {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) anchor.day = { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) };
  const month = /^(\d{4})-(\d{2})(?:$|-)/.exec(value);
  if (month) anchor.month = { y: Number(month[1]), m: Number(month[2]) };
  const year = /^(\d{4})(?:$|-)/.exec(value);
  if (year) anchor.year = Number(year[1]);
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q && setsQuarter) anchor.quarter = { y: Number(q[1]), q: Number(q[2]) };
}
