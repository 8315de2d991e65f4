/**
 * Regex pieces shared by the rules, built once from the lexicon. Every piece is a flat alternation of words or a
 * bounded digit run: no nested quantifiers, so each regex does bounded work per start position (linear overall).
 */
import { DAY_PARTS, MONTHS, NUMBER_WORDS, SEASONS, WEEKDAY_NAMES } from './lexicon.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of words, longest first so the regex engine prefers "september" over "sept". */
export const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

const fullMonths = Object.keys(MONTHS).filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july');
const shortMonths = Object.keys(MONTHS).filter((k) => !fullMonths.includes(k));

/** A month name or abbreviation (abbreviations may carry a dot): one capture group. */
export const MONTH = `((?:${alt(fullMonths)})(?![a-z])|(?:${alt(shortMonths)})(?![a-z])\\.?)`;
const anyCase = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${escapeRe(w.slice(1))}`;
/** `MONTH` for case-sensitive regexes: a capital or small first letter, the rest small. */
export const MONTH_CS = `((?:${[...fullMonths].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(?![a-z])|(?:${[...shortMonths].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(?![a-z])\\.?)`;
/** A full weekday name: one capture group. */
export const WEEKDAY = `(${alt(WEEKDAY_NAMES)})`;
/** A day of the month, 1-31, with an optional ordinal ending: one capture group. */
export const DAY = `(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[:.]\\d)`;
/** A four-digit year, not part of a longer number: one capture group. */
export const YEAR = `(\\d{4})(?![\\d]|,\\d|\\.\\d)`;
export const SEASON = `(${alt(Object.keys(SEASONS))})`;
export const DAY_PART = `(${alt(Object.keys(DAY_PARTS))})`;

const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const small = Object.keys(NUMBER_WORDS).filter((w) => !tens.includes(w) && !['a', 'an', 'half', 'hundred', 'dozen'].includes(w));
/** A count: digits, number words ("twenty-four", "two and a half", "2 1/2"), or "a"/"an": one capture group. */
export const NUM = `((?:\\d+(?:\\.\\d+)?(?: 1/2|\\s+and\\s+a\\s+half)?|(?:${alt(tens)})(?:[- ](?:${alt(small)}))?|(?:${alt(small)})(?:\\s+and\\s+a\\s+half)?|a\\s+dozen|(?:a\\s+)?couple\\s+of|half\\s+an?|an?|a\\s+half|hundreds\\s+of|dozens\\s+of))`;

/** Unit words, singular and plural: one capture group. */
export const UNIT = `(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)(?![a-z])`;

/** Word boundary before a match that also refuses a preceding hyphen or digit ("H.R. 49", "54-21"). */
export const B = `(?<![\\w/$#.])(?<!\\d[-\u2013])`;
/** Word boundary after. */
export const E = `(?![\\w])`;

/** Parse a count captured by `NUM`; null for vague counts ("hundreds of"). */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (s.startsWith('hundreds') || s.startsWith('dozens')) return null;
  if (s === 'a dozen') return 12;
  if (s.endsWith('couple of')) return 2;
  if (s === 'half a' || s === 'half an' || s === 'a half') return 0.5;
  let extra = 0;
  let core = s;
  if (core.endsWith(' and a half')) {
    extra = 0.5;
    core = core.slice(0, -' and a half'.length);
  } else if (core.endsWith(' 1/2')) {
    extra = 0.5;
    core = core.slice(0, -4);
  }
  if (/^\d/.test(core)) return Number(core) + extra;
  let total = 0;
  for (const part of core.split(/[- ]/)) {
    const v = NUMBER_WORDS[part];
    if (v === undefined) return null;
    total += v;
  }
  return total + extra;
}

/** Month number from a captured month word ("Sept." -> 9). */
export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}
