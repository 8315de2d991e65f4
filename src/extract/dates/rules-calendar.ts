/**
 * Rules for calendar dates: explicit dates, months and weekdays. A year stated in the text is kept; a missing year
 * comes from the reference date and the clause's tense.
 */
import { addDays, fmtDay, fmtWeek, isValidDate, pad2, pad4, weekday } from './calendar.js';
import { DAY_PARTS, WEEKDAYS } from './lexicon.js';
import { B, DAY, DAY_PART, E, MONTH, monthNumber, WEEKDAY, YEAR } from './patterns.js';
import { anchorDay, monthDayValue, monthOnlyValue, needRef, weekdayValue } from './resolve.js';
import { isCapitalized, type Rule, rx, value, wordAfter, wordBefore } from './rule.js';
import { shortYear, yearNum } from './years.js';

/** Words that may stand before a bare month name ("in May", "last March"); "May" and "March" require one. */
const MONTH_LEAD = new Set(['in', 'since', 'until', 'till', 'by', 'through', 'during', 'from', 'to', 'of', 'before', 'after',
  'between', 'early', 'late', 'mid', 'mid-', 'last', 'this', 'next', 'and', 'or', 'for', 'as', 'into', 'throughout', 'on',
  'past', 'each', 'every', 'that', 'end', 'around', 'about', 'late-', 'early-', 'in early', 'in late', 'than']);
/** Month words that are also common names or verbs. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'jun', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'jul']);

/** The month, first day and connector of a list of days ("April 24 and "). */
const LIST_HEAD = /^\S+\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through)\s+|\s*[-\u2013]\s*)/i;

export const CALENDAR_RULES: Rule[] = [
  {
    id: 'date-iso',
    re: rx(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?${E}`),
    read(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidDate(y, mo, d)) return null;
      const day = fmtDay({ y, m: mo, d });
      return { resolve: () => (m[4] ? value('time', `${day}T${m[4]}:${m[5]}`) : value('date', day)) };
    },
  },
  {
    id: 'date-numeric',
    re: rx(`${B}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${E}(?!/)`),
    read(m) {
      let mo = Number(m[1]);
      let d = Number(m[2]);
      if (mo > 12 && d <= 12) [mo, d] = [d, mo];
      const y = m[3].length === 2 ? shortYear(m[3]) : Number(m[3]);
      if (!isValidDate(y, mo, d)) return null;
      return { resolve: () => value('date', fmtDay({ y, m: mo, d })) };
    },
  },
  {
    id: 'date-week-of',
    re: rx(`${B}the\\s+week\\s+of\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`),
    read(m) {
      const mo = monthNumber(m[1]);
      const d = Number(m[2]);
      const y = yearNum(m[3]);
      if (!isCapitalized(m[1]) || !isValidDate(y ?? 2000, mo, d)) return null;
      return {
        resolve(env) {
          const day = monthDayValue(env, mo, d, y);
          if (day.startsWith('X')) return value('date', 'XXXX-WXX');
          const [yy, mm, dd] = day.split('-').map(Number);
          return value('date', fmtWeek({ y: yy, m: mm, d: dd }));
        },
      };
    },
  },
  {
    id: 'date-month-day',
    re: rx(`${B}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`),
    read(m) {
      const mo = monthNumber(m[2]);
      const d = Number(m[3]);
      const y = yearNum(m[4]);
      if (!isCapitalized(m[2]) || d < 1 || d > 31 || !isValidDate(y ?? 2000, mo, d)) return null;
      return { resolve: (env) => value('date', monthDayValue(env, mo, d, y)), position: true };
    },
  },
  {
    // "on April 24 and 25", "May 3-5": the second day is a date of its own (TimeML tags each), in the same month.
    id: 'date-month-day-list',
    re: rx(`${B}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:and|or|to|through)\\s+|\\s*[-\u2013]\\s*)${DAY}(?:,?\\s+${YEAR})?(?!\\s*(?:%|percent|per\\s+cent|cents|million|billion|points|people|years|days))`),
    read(m) {
      const mo = monthNumber(m[1]);
      const d = Number(m[2]);
      const y = yearNum(m[3]);
      if (!isCapitalized(m[1]) || d < 1 || d > 31 || !isValidDate(y ?? 2000, mo, d)) return null;
      // The span starts at the second day: the first is the month-day rule's.
      const skip = LIST_HEAD.exec(m[0])?.[0].length ?? 0;
      return { skip, resolve: (env) => value('date', monthDayValue(env, mo, d, y)) };
    },
  },
  {
    id: 'date-day-month',
    re: rx(`${B}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`),
    read(m) {
      const d = Number(m[2]);
      const mo = monthNumber(m[3]);
      const y = yearNum(m[4]);
      if (!isCapitalized(m[3]) || !isValidDate(y ?? 2000, mo, d)) return null;
      return { resolve: (env) => value('date', monthDayValue(env, mo, d, y)), position: true };
    },
  },
  {
    id: 'date-month-year',
    re: rx(`${B}${MONTH}(?:\\s+of)?,?\\s+(?:${YEAR}|'(\\d{2}))${E}`),
    read(m) {
      const mo = monthNumber(m[1]);
      const y = m[2] ? yearNum(m[2]) : shortYear(m[3]);
      if (!isCapitalized(m[1]) || y === null) return null;
      return { resolve: () => value('date', `${pad4(y)}-${pad2(mo)}`), position: true };
    },
  },
  {
    id: 'date-month',
    re: rx(`${B}(?:(last|this|next|past|coming)\\s+)?${MONTH}(?:\\s+(last|this|next)\\s+year)?${E}`),
    read(m, text) {
      const word = m[2];
      const mo = monthNumber(word);
      if (!isCapitalized(word) || /^\s+\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const lead = m[1] ? m[1].toLowerCase() : wordBefore(text, m.index);
      const bare = !m[1] && !m[3];
      const norm = word.toLowerCase().replace(/\.$/, '');
      if (bare && norm.length <= 4 && !/^(may|june|july)$/.test(norm) && !word.endsWith('.')) return null; // "Jan Kavan"
      if (bare && !MONTH_LEAD.has(lead) && (AMBIGUOUS_MONTHS.has(norm) || isCapitalized(wordAfter(text, m.index + m[0].length))))
        return null;
      if (bare && /^[A-Z]/.test(wordBefore(text, m.index)) && !MONTH_LEAD.has(lead)) return null;
      const rel = (m[1] ?? m[3] ?? '').toLowerCase();
      return {
        position: true,
        resolve(env) {
          if (!rel) return value('date', monthOnlyValue(env, mo, null));
          const ref = needRef(env);
          if (!ref) return value('date', `XXXX-${pad2(mo)}`);
          let y = ref.y;
          if (m[3]) y += rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
          else if (rel === 'last' || rel === 'past') y = mo >= ref.m ? ref.y - 1 : ref.y;
          else if (rel === 'next' || rel === 'coming') y = mo <= ref.m ? ref.y + 1 : ref.y;
          return value('date', `${pad4(y)}-${pad2(mo)}`);
        },
      };
    },
  },
  {
    id: 'date-weekday',
    re: rx(`${B}(?:(last|this|next|coming|past|(?:the\\s+)?(?:previous|preceding))\\s+)?${WEEKDAY}(?:\\s+${DAY_PART})?${E}`),
    read(m, text) {
      if (!isCapitalized(m[2])) return null;
      const next = wordAfter(text, m.index + m[0].length);
      // "Sunday Times", "Bloody Sunday": a weekday inside a name.
      if (!m[3] && isCapitalized(next) && !(next.toLowerCase().replace(/\.$/, '') in { ...WEEKDAYS }) && monthNumber(next) === 0) return null;
      const wd = WEEKDAYS[m[2].toLowerCase()];
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : null;
      const rel = m[1] ? m[1].toLowerCase() : null;
      // "the previous Friday": the one before the day spoken of (the last day mentioned, else the reference date).
      const previous = rel !== null && /(previous|preceding)$/.test(rel);
      return {
        position: true,
        resolve(env) {
          const from = previous ? anchorDay(env) : null;
          const day = from ? fmtDay(addDays(from, -((weekday(from) - wd + 7) % 7 || 7))) : previous ? `XXXX-WXX-${wd}` : weekdayValue(env, wd, rel);
          return part ? value('time', `${day}T${part}`) : value('date', day);
        },
      };
    },
  },
  {
    id: 'date-weekday-plural',
    re: rx(`${B}(?:on\\s+)?${WEEKDAY}s${E}`),
    read(m) {
      if (!isCapitalized(m[1])) return null;
      const wd = WEEKDAYS[m[1].toLowerCase()];
      return { resolve: () => value('set', `XXXX-WXX-${wd}`) };
    },
  },
];
