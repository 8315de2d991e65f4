/**
 * Normalisation against the reference date: each helper turns what the text stated plus the reference date (and
 * tense) into a TIMEX3 value. When the reference date is unknown the parts it would have filled stay `X`, and the
 * helper marks the mention unresolved.
 */
import type { DateType } from '../../model/types.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, isoWeek, pad2, pad4, quarterOf, toDays, weekday, type Ymd } from './calendar.js';

export type Tense = 'past' | 'future' | null;

/** What earlier mentions in the article established, for anaphoric expressions ("the day", "a year earlier"). */
export interface Anchor {
  /** The last date mentioned at day granularity. */
  day: Ymd | null;
  /** The last fiscal or calendar quarter mentioned, if any: quarter-based reporting ("a year earlier" = that quarter a year before). */
  quarter: { y: number; q: number } | null;
  /** The last month mentioned ("in March … the following month"). */
  month: { y: number; m: number } | null;
  /** The last year stated outright ("in 1996", "March 3, 1996"), for "that year", "the following year". */
  year: number | null;
  /** The text speaks of quarters (earnings news): "a year ago" then means the same quarter a year before. */
  quarterly: boolean;
}

export interface Env {
  /** The reference date, or null when unknown. */
  ref: Ymd | null;
  /** Tense of the clause around the expression (computed on demand). */
  tense(): Tense;
  anchor: Anchor;
  /** Set by helpers when the value needed the reference date and it was unknown. */
  missing: boolean;
}

export interface Value {
  type: DateType;
  value: string;
  mod?: string | null;
}

/** The reference date, or null after marking the mention unresolved. */
export function needRef(env: Env): Ymd | null {
  if (!env.ref) env.missing = true;
  return env.ref;
}

/** The anchor day for anaphoric expressions: the last mentioned day, else the reference date. */
export function anchorDay(env: Env): Ymd | null {
  return env.anchor.day ?? needRef(env);
}

export function yearValue(env: Env, offset: number): string {
  const ref = needRef(env);
  return ref ? pad4(ref.y + offset) : 'XXXX';
}

export function monthValue(env: Env, offset: number): string {
  const ref = needRef(env);
  if (!ref) return 'XXXX-XX';
  const d = addMonths({ y: ref.y, m: ref.m, d: 1 }, offset);
  return fmtMonth(d.y, d.m);
}

export function weekValue(env: Env, offset: number): string {
  const ref = needRef(env);
  return ref ? fmtWeek(addDays(ref, 7 * offset)) : 'XXXX-WXX';
}

export function dayValue(env: Env, offset: number, from: Ymd | null = needRef(env)): string {
  return from ? fmtDay(addDays(from, offset)) : 'XXXX-XX-XX';
}

export function quarterValue(env: Env, offset: number): string {
  const ref = needRef(env);
  if (!ref) return 'XXXX-QX';
  const index = ref.y * 4 + quarterOf(ref.m) - 1 + offset;
  return `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

/** The weekend of the week before (or, on a weekend, of this week). */
export function weekendValue(env: Env, offset: number): string {
  const ref = needRef(env);
  if (!ref) return 'XXXX-WXX-WE';
  const wd = weekday(ref);
  const base = wd >= 6 || env.tense() === 'future' ? ref : addDays(ref, -7);
  return `${fmtWeek(addDays(base, 7 * offset))}-WE`;
}

/**
 * The year of a month (and day) stated without one: the nearest such date to the reference date, unless the
 * clause's tense puts it on the other side (past: not after the reference; future: not before) and the date on
 * that side is not too far. News states the year of a date that lies far back, so "payable Dec. 15" in a
 * past-tense sentence of late October stays in the same year.
 */
export function yearFor(env: Env, month: number, day: number | null): number | null {
  const ref = needRef(env);
  if (!ref) return null;
  const r = toDays(ref);
  // Distance in days (a month counts from its middle).
  const delta = (y: number) => toDays({ y, m: month, d: day === null ? 15 : Math.min(day, 28) }) - r;
  const years = [ref.y - 1, ref.y, ref.y + 1];
  let nearest = ref.y;
  for (const y of years) if (Math.abs(delta(y)) < Math.abs(delta(nearest))) nearest = y;
  const tense = env.tense();
  const slack = day === null ? 16 : 7;
  // How far the tense may move a date from the nearest reading: fiscal years "ended Jan. 31" lie far back.
  const reach = day === null ? 300 : tense === 'past' ? 300 : 230;
  const wrongSide = tense === 'past' ? delta(nearest) > slack : tense === 'future' ? delta(nearest) < -slack : false;
  if (!wrongSide) return nearest;
  const other = tense === 'past' ? nearest - 1 : nearest + 1;
  return Math.abs(delta(other)) <= reach ? other : nearest;
}

/** A weekday stated alone: the last one (news default and past tense) or the next one (future tense). */
export function weekdayValue(env: Env, wd: number, rel: string | null): string {
  const ref = needRef(env);
  if (!ref) return `XXXX-WXX-${wd}`;
  const today = weekday(ref);
  const tense = env.tense();
  // Without a tense cue, the nearer of the last and the next such day; ties go to the past (news reports).
  let future = tense === 'future' || (tense === null && (wd - today + 7) % 7 < (today - wd + 7) % 7 && (wd - today + 7) % 7 <= 1);
  if (rel === 'next' || rel === 'coming' || rel === 'this') future = rel !== 'this' || wd >= today || env.tense() === 'future';
  if (rel === 'last' || rel === 'past') future = false;
  let delta = future ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
  if (rel === 'last' && delta === 0) delta = -7;
  if (rel === 'next' && delta === 0) delta = 7;
  return fmtDay(addDays(ref, delta));
}

/** `YYYY-MM-DD` for a stated month and day, the year from `yearFor` when not stated. */
export function monthDayValue(env: Env, month: number, day: number, year: number | null): string {
  const y = year ?? yearFor(env, month, day);
  return `${y === null ? 'XXXX' : pad4(y)}-${pad2(month)}-${pad2(day)}`;
}

export function monthOnlyValue(env: Env, month: number, year: number | null): string {
  const y = year ?? yearFor(env, month, null);
  return `${y === null ? 'XXXX' : pad4(y)}-${pad2(month)}`;
}

/** Shift the reference (or anchor) by a count of units, cut to the unit's granularity ("two days ago"). */
export function shiftedValue(env: Env, from: Ymd | null, unit: string, n: number): string | null {
  if (!Number.isInteger(n)) return null;
  if (!from) {
    env.missing = true;
    return { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX' }[unit] ?? 'XXXX';
  }
  switch (unit) {
    case 'day':
      return fmtDay(addDays(from, n));
    case 'week':
      return fmtWeek(addDays(from, 7 * n));
    case 'month': {
      const d = addMonths(from, n);
      return fmtMonth(d.y, d.m);
    }
    case 'quarter': {
      const d = addMonths(from, 3 * n);
      return `${pad4(d.y)}-Q${quarterOf(d.m)}`;
    }
    case 'year':
      return pad4(from.y + n);
    case 'decade':
      return pad4(from.y + 10 * n);
    case 'century':
      return pad4(from.y + 100 * n);
    default:
      return null;
  }
}

export { isoWeek };
