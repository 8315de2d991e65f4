/**
 * Rules for periods: years, fiscal years, decades, centuries, seasons, quarters, halves and holidays.
 */
import { addDays, daysInMonth, easter, fmtDay, fmtWeek, pad2, pad4, quarterOf, toDays, weekday } from './calendar.js';
import { FLOATING_HOLIDAYS, HOLIDAYS, ORDINALS, SEASONS } from './lexicon.js';
import { alt, B, E, MONTH, monthNumber, SEASON, YEAR } from './patterns.js';
import { needRef, yearFor, yearValue } from './resolve.js';
import { isCapitalized, isTitleCased, type Rule, rx, value, wordAfter, wordBefore } from './rule.js';
import { SPOKEN_YEAR, shortYear, spokenYear, yearNum } from './years.js';

export const PERIOD_RULES: Rule[] = [
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
    re: rx(`${B}(?:(last|this|next|past|coming|the|this\\s+past|this\\s+coming)\\s+)?${SEASON}(?:\\s+of)?(?:\\s+(?:${YEAR}|'(\\d{2})))?${E}`),
    read(m, text) {
      const y = m[3] ? yearNum(m[3]) : m[4] ? shortYear(m[4]) : null;
      // "this past spring" is the last one, "this coming fall" the next.
      const rel = m[1] ? m[1].toLowerCase().replace(/^this\s+(?=past|coming)/, '') : null;
      const lead = wordBefore(text, m.index);
      if (!rel && y === null && !/^(in|during|by|until|since|early|late|mid|this|last|next|through|before|after|of)$/.test(lead)) return null;
      if (rel === 'the' && y === null && !/^(in|during|by|until|since|through|throughout|over|into|before|after)$/.test(lead)) return null;
      // Season words are written in lower case; "Fall of an Empire", "Spring Break" are names.
      if (y === null && isTitleCased(text, m.index + m[0].length - m[2].length, m[2])) return null;
      const code = SEASONS[m[2].toLowerCase()];
      return {
        position: true,
        resolve(env) {
          if (y !== null) return value('date', `${pad4(y)}-${code}`);
          const ref = needRef(env);
          if (!ref) return value('date', `XXXX-${code}`);
          // Winter is named by the year it begins in (2023-WI runs into early 2024).
          const seasonMonth = { SP: 4, SU: 7, FA: 10, WI: 12 }[code] ?? 6;
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
      // "the last quarter" is the previous one (a relative rule); only "the last quarter of 2023" is Q4.
      if (ordinal === 'last' && y === null) return null;
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
    read(m, text) {
      const h = m[1].toLowerCase() === 'first' ? 1 : 2;
      const rel = (m[2] ?? '').toLowerCase();
      const y = yearNum(m[3]);
      if (!m[2] && !m[3] && !/^the/i.test(m[0])) return null;
      // "the first half of the runners", "the second half of the match": a half of something else.
      if (!m[2] && !m[3] && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      return {
        resolve(env) {
          const year = y !== null ? pad4(y) : yearValue(env, rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
          return value('date', `${year}-H${h}`);
        },
      };
    },
  },
  {
    // Easter and the days set by it (Western computus): "Good Friday", "Easter week" (the ISO week holding Easter).
    id: 'date-easter',
    re: rx(`${B}(Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday|Palm\\s+Sunday)(\\s+week)?(?:,?\\s+${YEAR})?${E}`, true),
    read(m) {
      const name = m[1].replace(/\s+/g, ' ');
      const shift = { 'Good Friday': -2, 'Palm Sunday': -7, 'Easter Monday': 1 }[name] ?? 0;
      const y = yearNum(m[3]);
      return {
        resolve(env) {
          let year = y;
          if (year === null) {
            const ref = needRef(env);
            if (!ref) return value('date', m[2] ? 'XXXX-WXX' : 'XXXX-XX-XX');
            const e = easter(ref.y);
            year = yearFor(env, e.m, e.d) ?? ref.y;
          }
          const day = addDays(easter(year), shift);
          return value('date', m[2] ? fmtWeek(day) : fmtDay(day));
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
        const [mo, wd, n, after = 0] = FLOATING_HOLIDAYS[name];
        const first = weekday({ y: year, m: mo, d: 1 });
        if (n > 0) return 1 + ((wd - first + 7) % 7) + 7 * (n - 1) + after;
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
