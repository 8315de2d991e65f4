/**
 * Date words as data: month and weekday names, number words, units, seasons, parts of the day, holidays.
 * The rules in `rules.ts` build their regexes from these tables, so a new spelling is one entry here.
 */

/** Month spellings (lower case, without a trailing dot) -> month 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday spellings -> ISO weekday 1 (Monday) - 7 (Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Full weekday names only: the abbreviations are too ambiguous ("Sun", "Sat", "Wed") in running text. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Number words -> value. Compounds ("twenty-four", "twenty four") are summed by `parseNumber`. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

/** Vague quantities: the number is unknown, so a duration keeps X ("several days" -> PXD). */
export const VAGUE_QUANTITIES = ['several', 'few', 'a few', 'many', 'some', 'a couple of', 'couple of', 'recent', 'coming', 'next few', 'past few', 'last few', 'past several', 'last several'];

/** Ordinals -> value, for quarters, halves and days of the month. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4,
};

/** A unit of time: its TIMEX3 duration letter, whether it is a time unit (PT…), and a multiplier. */
export interface Unit {
  letter: 'S' | 'M' | 'H' | 'D' | 'W' | 'Y' | 'Q';
  time: boolean;
  times: number;
}

/** Unit words (singular) -> unit. "decade" is ten years, "quarter" three months (TIMEX3 P1Q is rare in news). */
export const UNITS: Readonly<Record<string, Unit>> = {
  second: { letter: 'S', time: true, times: 1 },
  minute: { letter: 'M', time: true, times: 1 },
  hour: { letter: 'H', time: true, times: 1 },
  day: { letter: 'D', time: false, times: 1 },
  week: { letter: 'W', time: false, times: 1 },
  month: { letter: 'M', time: false, times: 1 },
  quarter: { letter: 'Q', time: false, times: 1 },
  year: { letter: 'Y', time: false, times: 1 },
  decade: { letter: 'Y', time: false, times: 10 },
  century: { letter: 'Y', time: false, times: 100 },
};

/** Plural and hyphenated spellings -> singular unit word. */
export function unitWord(word: string): string | null {
  const w = word.toLowerCase();
  if (w in UNITS) return w;
  if (w === 'centuries') return 'century';
  if (w.endsWith('s') && w.slice(0, -1) in UNITS) return w.slice(0, -1);
  return null;
}

/** Season words -> TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Parts of the day -> TIMEX3 time-of-day code. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Fixed-date holidays -> [month, day]. */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25], christmas: [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], 'independence day': [7, 4], 'fourth of july': [7, 4], 'july fourth': [7, 4],
  halloween: [10, 31], "valentine's day": [2, 14], 'veterans day': [11, 11], 'boxing day': [12, 26],
};

/**
 * Holidays on the n-th weekday of a month: [month, ISO weekday, n] (n = -1 for the last), and days after it
 * (US Election Day is the Tuesday after the first Monday of November).
 */
export const FLOATING_HOLIDAYS: Readonly<Record<string, readonly [number, number, number, number?]>> = {
  'election day': [11, 1, 1, 1],
  thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1],
  'martin luther king day': [1, 1, 3], "presidents' day": [2, 1, 3], "mother's day": [5, 7, 2], "father's day": [6, 7, 3],
};

/** Words before a counted expression ("nearly two years", "more than four decades ago") -> TIMEX3 mod. */
export const QUANTITY_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['no more than', 'EQUAL_OR_LESS'], ['no less than', 'EQUAL_OR_MORE'], ['more than', 'MORE_THAN'],
  ['less than', 'LESS_THAN'], ['fewer than', 'LESS_THAN'], ['at least', 'EQUAL_OR_MORE'], ['at most', 'EQUAL_OR_LESS'],
  ['up to', 'EQUAL_OR_LESS'], ['nearly', 'EQUAL_OR_LESS'], ['almost', 'EQUAL_OR_LESS'], ['over', 'MORE_THAN'],
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'],
];

/** Words before a date that place it inside its period ("early December", "the end of 1990") -> TIMEX3 mod. */
export const POSITION_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['the end of', 'END'], ['the beginning of', 'START'], ['the start of', 'START'], ['the middle of', 'MID'],
  ['the first half of', 'START'], ['the second half of', 'END'], ['the latter part of', 'END'],
  ['the early part of', 'START'], ['the turn of', 'START'], ['end of', 'END'], ['early', 'START'], ['late', 'END'],
  ['mid', 'MID'], ['earlier', 'START'], ['later', 'END'],
];

/** Words after a counted expression or a year ("two years or so", "1994 or later") -> TIMEX3 mod. */
export const SUFFIX_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['or so', 'APPROX'], ['or more', 'EQUAL_OR_MORE'], ['or longer', 'EQUAL_OR_MORE'], ['or less', 'EQUAL_OR_LESS'],
  ['or later', 'ON_OR_AFTER'], ['or earlier', 'ON_OR_BEFORE'], ['or after', 'ON_OR_AFTER'], ['or before', 'ON_OR_BEFORE'],
];
