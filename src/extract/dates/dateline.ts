/**
 * The article's own date from its head: a dateline ("ROME 1996-12-06", "MOSCOW, March 3, 2024 (Reuters) -"),
 * a "Published:"/"Updated:" line, or a line that is only a date. Only the first lines are read, so the cost is
 * constant. A dateline without a year ("MOSCOW, March 3 (Reuters)") takes the year from a date line nearby, else
 * gives nothing: the clock is never asked.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import { fmtDay, isValidDate } from './calendar.js';
import { MONTH_CS as MONTH, monthNumber } from './patterns.js';

const HEAD_PARAGRAPHS = 8;
const HEAD_CHARS = 240;

/** Patterns for a full date, each giving [year, month, day] from its groups. */
const FULL_DATES: ReadonlyArray<{ re: RegExp; ymd(m: RegExpExecArray): [number, number, number] }> = [
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`), ymd: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])] },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`), ymd: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])] },
  { re: /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/, ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

/** A line that announces the article's date: a dateline's place in capitals, or a Published/Updated label. */
const PLACE_LEAD = /^[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?[,:]?\s+/;
const LABEL_LEAD = /^(?:(?:published|updated|posted|date|dated|first published|last updated)(?:\s+on)?\s*[:\-–]?\s*|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)/i;
const LEAD = { exec: (s: string) => PLACE_LEAD.exec(s) ?? LABEL_LEAD.exec(s) };
/** "MOSCOW, March 3 (Reuters) -": a capitalised place, a month and day, no year. */
const YEARLESS = new RegExp(`^[A-Z][A-Z.'’\\- ]{1,40},\\s+${MONTH}\\s+(\\d{1,2})\\b`);

function fullDateIn(s: string): { ymd: [number, number, number]; at: number } | null {
  for (const p of FULL_DATES) {
    const m = p.re.exec(s);
    if (!m) continue;
    const [y, mo, d] = p.ymd(m);
    if (y >= 1900 && y <= 2199 && isValidDate(y, mo, d)) return { ymd: [y, mo, d], at: m.index };
  }
  return null;
}

/** Before the date on an unlabelled line only a weekday, a time or a byline separator may stand ("By Jane Doe | "). */
const DATE_LINE_PREFIX = /^(?:|.*[|•·—–]\s*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*|[\d:.]+\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4},?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?)$/i;

/** The article's own date from a dateline or date line near its head, as `YYYY-MM-DD`, or null. */
export function findDatelineDate(doc: ParsedDoc): string | null {
  const head = doc.paragraphs.slice(0, HEAD_PARAGRAPHS).map((p) => p.text.slice(0, HEAD_CHARS));
  let yearless: [number, number] | null = null;
  for (const line of head) {
    const lead = LEAD.exec(line);
    const leadLen = lead ? lead[0].length : 0;
    const labelled = leadLen > 0;
    // A date right after the place or label, or a short line that is a date and little else.
    const rest = line.slice(leadLen);
    const found = fullDateIn(rest.slice(0, 40));
    // A sentence that merely contains a date ("The war began on Feb. 24, 2022.") is not a date line.
    const dateLine = found && line.length <= 60 && DATE_LINE_PREFIX.test(rest.slice(0, found.at));
    if (found && (labelled || dateLine)) return fmtDay({ y: found.ymd[0], m: found.ymd[1], d: found.ymd[2] });
    const y = YEARLESS.exec(line);
    if (y && !yearless) yearless = [monthNumber(y[1]), Number(y[2])];
  }
  if (yearless) {
    // A year-less dateline: only usable when a year is stated somewhere in the head.
    for (const line of head) {
      const year = /(?<!\d)(19\d\d|20\d\d)(?!\d)/.exec(line);
      if (year && isValidDate(Number(year[1]), yearless[0], yearless[1])) return fmtDay({ y: Number(year[1]), m: yearless[0], d: yearless[1] });
    }
  }
  return null;
}
