/**
 * Publication dates as pages state them, cut to a calendar date `YYYY-MM-DD`.
 *
 * The date is the one written in the page, in the publisher's own zone: `2024-03-05T23:30:00-05:00` gives
 * `2024-03-05`, not the UTC day. Converting would need a clock-free zone table and would move the date away from
 * what the article's readers saw; relative dates in the text ("yesterday") are relative to that local day.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Date shapes, tried in order; each names the groups that hold year, month and day. */
const SHAPES: readonly { id: string; re: RegExp; y: number; m: number; d: number; monthName?: boolean }[] = [
  { id: 'iso', re: /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/, y: 1, m: 2, d: 3 },
  { id: 'slashed', re: /^(\d{4})\/(\d{2})\/(\d{2})(?:$|[T\s])/, y: 1, m: 2, d: 3 },
  { id: 'compact', re: /^(\d{4})(\d{2})(\d{2})(?:$|T)/, y: 1, m: 2, d: 3 },
  // "Tue, 05 Mar 2024 10:00:00 GMT", "5 March 2024"
  { id: 'day-month-year', re: /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/, y: 3, m: 2, d: 1, monthName: true },
  // "March 5, 2024", "Mar. 5 2024"
  { id: 'month-day-year', re: /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/, y: 3, m: 1, d: 2, monthName: true },
];

/** The calendar date a metadata value states, as `YYYY-MM-DD`, or null when it states none (or an impossible one). */
export function toCalendarDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim().slice(0, 80);
  for (const shape of SHAPES) {
    const m = shape.re.exec(s);
    if (!m) continue;
    const year = Number(m[shape.y]);
    const month = shape.monthName ? (MONTHS[m[shape.m].toLowerCase().slice(0, 4)] ?? MONTHS[m[shape.m].toLowerCase().slice(0, 3)]) : Number(m[shape.m]);
    const day = Number(m[shape.d]);
    if (!month || !isValidDay(year, month, day)) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
