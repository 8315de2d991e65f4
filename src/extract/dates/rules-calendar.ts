/**
 * Rules for calendar expressions: explicit dates, months, weekdays, years, decades, seasons, quarters, holidays.
 * A year stated in the text is kept; a missing year comes from the reference date and the clause's tense.
 */
import { daysInMonth, fmtDay, fmtWeek, isValidDate, quarterOf, pad2, pad4, toDays, weekday } from './calendar.js';
import { DAY_PARTS, FLOATING_HOLIDAYS, HOLIDAYS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS } from './lexicon.js';
import { alt, B, DAY, DAY_PART, E, MONTH, monthNumber, SEASON, WEEKDAY, YEAR } from './patterns.js';
import { monthDayValue, monthOnlyValue, needRef, weekdayValue, yearFor, yearValue } from './resolve.js';
import { isCapitalized, type Rule, rx, value, wordAfter, wordBefore } from './rule.js';

const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** A year said in words ("nineteen ninety-six", "two thousand"), as broadcast transcripts write it: one group. */
const SPOKEN_YEAR = `((?:nineteen|twenty)[- ](?:(?:${SPOKEN_TENS})(?:[- ](?:${SPOKEN_ONES}))?|${SPOKEN_TEENS})|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${SPOKEN_ONES}|${SPOKEN_TEENS}))?)`;

function spokenYear(s: string): number {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + words.slice(2).reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0);
  return (NUMBER_WORDS[words[0]] ?? 19) * 100 + words.slice(1).reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0);
}

/** Words that may stand before a bare month name ("in May", "last March"); "May" and "March" require one. */
const MONTH_LEAD = new Set(['in', 'since', 'until', 'till', 'by', 'through', 'during', 'from', 'to', 'of', 'before', 'after',
  'between', 'early', 'late', 'mid', 'mid-', 'last', 'this', 'next', 'and', 'or', 'for', 'as', 'into', 'throughout', 'on',
  'past', 'each', 'every', 'that', 'end', 'around', 'about', 'late-', 'early-', 'in early', 'in late', 'than']);
/** Month words that are also common names or verbs. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'jun', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'jul']);

const yearNum = (s: string | undefined): number | null => {
  if (!s) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2199 ? y : null;
};

/** Years not written in full ("'98") -> four digits, the century nearest the reference year is not known: 19xx/20xx split at 30. */
const shortYear = (s: string): number => {
  const n = Number(s);
  return n < 30 ? 2000 + n : 1900 + n;
};

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
    re: rx(`${B}(?:(last|this|next|coming|past)\\s+)?${WEEKDAY}(?:\\s+${DAY_PART})?${E}`),
    read(m, text) {
      if (!isCapitalized(m[2])) return null;
      const next = wordAfter(text, m.index + m[0].length);
      // "Sunday Times", "Bloody Sunday": a weekday inside a name.
      if (!m[3] && isCapitalized(next) && !(next.toLowerCase().replace(/\.$/, '') in { ...WEEKDAYS }) && monthNumber(next) === 0) return null;
      const wd = WEEKDAYS[m[2].toLowerCase()];
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : null;
      const rel = m[1] ? m[1].toLowerCase() : null;
      return {
        position: true,
        resolve(env) {
          const day = weekdayValue(env, wd, rel);
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
  {
    id: 'date-fiscal-year',
    re: rx(`${B}(?:the\\s+)?(?:(current|latest|last|next|previous|this|coming|prior)\\s+)?fiscal(?:\\s+year)?(?:\\s+(?:${YEAR}|'?(\\d{2})))?${E}`),
    read(m) {
      const y = m[2] ? yearNum(m[2]) : m[3] ? shortYear(m[3]) : null;
      if (!m[2] && !m[3] && !/year$/i.test(m[0])) return null;
      const rel = (m[1] ?? '').toLowerCase();
      const offset = rel === 'last' || rel === 'previous' || rel === 'prior' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      return { position: true, resolve: (env) => value('date', y !== null ? pad4(y) : yearValue(env, offset)) };
    },
  },
  {
    id: 'date-year',
    re: rx(`${B}(?:(?:the\\s+)?year\\s+)?${YEAR}(?![\\w%]|-(?!\\d{2}(?!\\d)))`),
    read(m, text) {
      const y = Number(m[1]);
      const lead = wordBefore(text, m.index);
      const prepositional = /^(in|since|of|by|until|from|before|after|year|the|through|during|to|and|or|fiscal|between|for)$/.test(lead);
      if (y < 1000 || y > 2099 || (y < 1900 && !prepositional)) return null;
      if (/^(about|some|nearly|almost|around|roughly|approximately|than|no\.|number|flight|route|highway|model|version|v|room|suite|page|pages|rule|section|article|h\.r\.|s\.|dow|nasdaq)$/.test(lead)) return null;
      const next = wordAfter(text, m.index + m[0].length);
      if (/^[a-z]{3,}s$/.test(next) && !/^(was|has|is|as|this|its|his|hers|ours|yours|always|whereas|perhaps|less|unless|besides|towards|afterwards)$/.test(next)) return null;
      if (/^(people|troops|men|women|children|police|feet|metres|meters|miles|kilometres|kilometers|tons|tonnes|votes|times|percent|per|cc|mhz|points)$/i.test(next)) return null;
      if (/^(?:\s*[-–]\s*\d|\s*[:/]\d|\.\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
        // part of a range or a number: keep only "1990-95"-style year ranges
        if (!/^-\d{2}(?!\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      }
      return { position: true, resolve: () => value('date', pad4(y)) };
    },
  },
  {
    id: 'date-decade',
    re: rx(`${B}(?:the\\s+)?(?:(\\d{3})0'?s|'(\\d)0s|(nineteen\\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`),
    read(m) {
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const v = m[1] ?? (m[2] ? `19${m[2]}` : `19${words.indexOf(m[4].toLowerCase()) + 2}`);
      if (Number(v) < 100 || Number(v) > 210) return null;
      return { position: true, resolve: () => value('date', v) };
    },
  },
  {
    id: 'date-century',
    re: rx(`${B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century${E}|${B}(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+century${E}`),
    read(m) {
      const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
      const n = m[1] ? Number(m[1]) : words.indexOf(m[2].toLowerCase()) + 1;
      return { position: true, resolve: () => value('date', pad2(n - 1)) };
    },
  },
  {
    id: 'date-season',
    re: rx(`${B}(?:(last|this|next|past|coming|the)\\s+)?${SEASON}(?:\\s+of)?(?:\\s+(?:${YEAR}|'(\\d{2})))?${E}`),
    read(m, text) {
      const y = m[3] ? yearNum(m[3]) : m[4] ? shortYear(m[4]) : null;
      const rel = m[1] ? m[1].toLowerCase() : null;
      const lead = wordBefore(text, m.index);
      if (!rel && y === null && !/^(in|during|by|until|since|early|late|mid|this|last|next|through|before|after|of)$/.test(lead)) return null;
      if (rel === 'the' && y === null && !/^(in|during|by|until|since|through|before|after)$/.test(lead)) return null;
      const code = SEASONS[m[2].toLowerCase()];
      return {
        position: true,
        resolve(env) {
          if (y !== null) return value('date', `${pad4(y)}-${code}`);
          const ref = needRef(env);
          if (!ref) return value('date', `XXXX-${code}`);
          const seasonMonth = { SP: 4, SU: 7, FA: 10, WI: 1 }[code] ?? 6;
          let year = ref.y;
          if (rel === 'last' || rel === 'past') year = seasonMonth >= ref.m ? ref.y - 1 : ref.y;
          else if (rel === 'next' || rel === 'coming') year = seasonMonth <= ref.m ? ref.y + 1 : ref.y;
          else if (rel !== 'this') year = yearFor(env, seasonMonth, null) ?? ref.y;
          return value('date', `${pad4(year)}-${code}`);
        },
      };
    },
  },
  {
    id: 'date-quarter',
    re: rx(`${B}(?:the\\s+)?(?:(?:fiscal|calendar)[- ])?(first|second|third|fourth|1st|2nd|3rd|4th|last)[- ](?:fiscal[- ])?quarter(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR}|,?\\s+${YEAR})?${E}|${B}(?:(?:${YEAR}|fiscal\\s+${YEAR})\\s+)(first|second|third|fourth)[- ]quarter${E}|${B}Q([1-4])(?:\\s+${YEAR})?${E}`),
    read(m, text) {
      const ordinal = (m[1] ?? m[6] ?? '').toLowerCase();
      const q = m[7] ? Number(m[7]) : ORDINALS[ordinal];
      const y = yearNum(m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[8]);
      if (!q) return null;
      const hyphenThe = /^the\s+\S*-quarter/i.exec(m[0]) && !y ? /^the\s+/i.exec(m[0]) : null;
      if (ordinal === 'last' && y === null && !/^the\s/i.test(m[0])) return null;
      if (/^\s+of\s+(?:an?|the)\s+(?!year)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return {
        position: true,
        setsQuarter: true,
        skip: hyphenThe ? hyphenThe[0].length : 0,
        resolve(env) {
          const ref = y === null ? needRef(env) : null;
          // A quarter later in the year than the reference is last year's, unless the clause looks ahead
          // ("fourth-quarter results" in a January story).
          const later = ref !== null && q > quarterOf(ref.m) && env.tense() !== 'future';
          const year = y ?? (ref ? ref.y - (later ? 1 : 0) : null);
          return value('date', `${year === null ? 'XXXX' : pad4(year)}-Q${q}`);
        },
      };
    },
  },
  {
    id: 'date-quarter-of-year',
    re: rx(`${B}(this|last|next)\\s+year's\\s+(?:fiscal\\s+)?(first|second|third|fourth)[- ]quarter${E}`),
    read(m) {
      const offset = { this: 0, last: -1, next: 1 }[m[1].toLowerCase()] ?? 0;
      const q = ORDINALS[m[2].toLowerCase()];
      return { setsQuarter: true, resolve: (env) => value('date', `${yearValue(env, offset)}-Q${q}`) };
    },
  },
  {
    id: 'date-year-words',
    re: rx(`${B}(?:the\\s+year\\s+)?${SPOKEN_YEAR}${E}`),
    read(m, text) {
      // "two thousand troops", "nineteen twenty-five people": a count, not a year.
      const next = wordAfter(text, m.index + m[0].length);
      const countLike = /^two/i.test(m[1]) && !/^the\s+year/i.test(m[0]);
      if (countLike && (/^[a-z]/.test(next) || !/^(in|since|by|until|of|from|before|after|the|through)$/.test(wordBefore(text, m.index)))) return null;
      return { position: true, resolve: () => value('date', pad4(spokenYear(m[1]))) };
    },
  },
  {
    id: 'date-month-year-words',
    re: rx(`${B}${MONTH}(?:\\s+of)?,?\\s+${SPOKEN_YEAR}${E}`),
    read(m) {
      if (!isCapitalized(m[1])) return null;
      const v = `${pad4(spokenYear(m[2]))}-${pad2(monthNumber(m[1]))}`;
      return { position: true, resolve: () => value('date', v) };
    },
  },
  {
    id: 'date-season-year-words',
    re: rx(`${B}(?:the\\s+)?${SEASON}(?:\\s+of)?\\s+${SPOKEN_YEAR}${E}`),
    read(m) {
      const v = `${pad4(spokenYear(m[2]))}-${SEASONS[m[1].toLowerCase()]}`;
      return { position: true, resolve: () => value('date', v) };
    },
  },
  {
    id: 'date-half',
    re: rx(`${B}(?:the\\s+)?(first|second|last)[- ]half(?:\\s+of\\s+(?:(this|last|next|the)\\s+year|${YEAR}))?${E}`),
    read(m) {
      const h = m[1].toLowerCase() === 'first' ? 1 : 2;
      const rel = (m[2] ?? '').toLowerCase();
      const y = yearNum(m[3]);
      if (!m[2] && !m[3] && !/^the/i.test(m[0])) return null;
      return {
        resolve(env) {
          const year = y !== null ? pad4(y) : yearValue(env, rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
          return value('date', `${year}-H${h}`);
        },
      };
    },
  },
  {
    id: 'date-holiday',
    re: rx(`${B}(?:(last|this|next)\\s+)?(${alt([...Object.keys(HOLIDAYS), ...Object.keys(FLOATING_HOLIDAYS)])})(?:\\s+${YEAR})?${E}`),
    read(m) {
      if (!isCapitalized(m[2])) return null;
      const name = m[2].toLowerCase();
      const y = yearNum(m[3]);
      const rel = (m[1] ?? '').toLowerCase();
      const dayIn = (year: number): number => {
        const fixed = HOLIDAYS[name];
        if (fixed) return fixed[1];
        const [mo, wd, n] = FLOATING_HOLIDAYS[name];
        const first = weekday({ y: year, m: mo, d: 1 });
        if (n > 0) return 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
        const lastDay = daysInMonth(year, mo);
        return lastDay - ((weekday({ y: year, m: mo, d: lastDay }) - wd + 7) % 7);
      };
      const month = (HOLIDAYS[name] ?? FLOATING_HOLIDAYS[name])[0];
      return {
        resolve(env) {
          let year = y;
          if (year === null) {
            const ref = needRef(env);
            if (!ref) return value('date', `XXXX-${pad2(month)}-${pad2(HOLIDAYS[name]?.[1] ?? 0)}`.replace(/-00$/, '-XX'));
            year = yearFor(env, month, 15) ?? ref.y;
            const on = (yy: number) => toDays({ y: yy, m: month, d: dayIn(yy) });
            if (rel === 'last') year = on(ref.y) < toDays(ref) ? ref.y : ref.y - 1;
            if (rel === 'next') year = on(ref.y) > toDays(ref) ? ref.y : ref.y + 1;
          }
          return value('date', fmtDay({ y: year, m: month, d: dayIn(year) }));
        },
      };
    },
  },
];
