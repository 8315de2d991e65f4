/**
 * Rules for expressions relative to the reference date or to an earlier mention: "today", "last week",
 * "two days ago", "a year earlier", "the day before", "now", "recently".
 */
import { addDays, fmtDay, pad2, pad4, parseYmd, quarterOf } from './calendar.js';
import { DAY_PARTS, WEEKDAY_NAMES } from './lexicon.js';
import { B, DAY_PART, E, monthNumber, NUM, parseNumber, UNIT, WEEKDAY } from './patterns.js';
import {
  anchorDay,
  dayValue,
  type Env,
  monthValue,
  needRef,
  quarterValue,
  shiftedValue,
  weekdayValue,
  weekendValue,
  weekValue,
  yearFor,
  yearValue,
} from './resolve.js';
import { isTitleCased, type Rule, rx, value, wordAfter } from './rule.js';
import { unitWord } from './lexicon.js';

const DEICTIC: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const REL_OFFSET: Record<string, number> = {
  last: -1, previous: -1, past: -1, prior: -1, preceding: -1, this: 0, current: 0, present: 0, same: 0, next: 1, coming: 1,
  following: 1, upcoming: 1, latest: 0,
};

function unitValue(env: Env, unit: string, offset: number): string | null {
  switch (unit) {
    case 'day':
      return dayValue(env, offset);
    case 'week':
      return weekValue(env, offset);
    case 'weekend':
      return weekendValue(env, offset + 1);
    case 'month':
      return monthValue(env, offset);
    case 'quarter':
      return quarterValue(env, offset);
    case 'year':
      return yearValue(env, offset);
    case 'decade': {
      const y = needRef(env)?.y;
      return y === undefined ? 'XXX' : String(Math.floor(y / 10) + offset).padStart(3, '0');
    }
    case 'century': {
      const y = needRef(env)?.y;
      return y === undefined ? 'XX' : pad2(Math.floor(y / 100) + offset);
    }
    default:
      return null;
  }
}

/** The quarter an earnings story speaks of: the last one named, else the last one completed before the reference. */
function anchorQuarter(env: Env): string {
  // Fiscal quarters named in the story ("its fourth quarter ended Sept. 30") are not calendar quarters, so the
  // reporting quarter is the last calendar quarter completed before the reference date.
  return quarterValue(env, -1);
}

/** The same quarter a year before ("a year earlier" in an earnings story). */
function yearBeforeQuarter(env: Env): string {
  const q = anchorQuarter(env);
  const m = /^(\d{4})-Q(\d)$/.exec(q);
  return m ? `${pad4(Number(m[1]) - 1)}-Q${m[2]}` : 'XXXX-QX';
}

export const RELATIVE_RULES: Rule[] = [
  {
    id: 'rel-year-period',
    re: rx(`${B}the\\s+(\\d{4})\\s+(?:(first|second|third|fourth)\\s+)?(quarter|period)${E}`),
    read(m) {
      const y = Number(m[1]);
      const q = m[2] ? ['first', 'second', 'third', 'fourth'].indexOf(m[2].toLowerCase()) + 1 : 0;
      return {
        resolve(env) {
          if (q) return value('date', `${pad4(y)}-Q${q}`);
          if (!env.anchor.quarterly) return value('date', pad4(y));
          const ref = anchorQuarter(env).replace(/^\d{4}/, pad4(y));
          return value('date', ref.includes('X') ? pad4(y) : ref);
        },
      };
    },
  },
  {
    id: 'rel-year-end',
    re: rx(`${B}(?:the\\s+)?(?:year[- ]end|year's\\s+end|(?:full|entire|whole)\\s+year)${E}`),
    read: (m) => ({
      resolve: (env) => value('date', yearValue(env, 0), /end/i.test(m[0]) ? 'END' : null),
    }),
  },
  {
    id: 'rel-latest-period',
    re: rx(`${B}the\\s+(?:latest|most\\s+recent|current|comparable|same)\\s+period${E}`),
    read: () => ({ resolve: (env) => (env.anchor.quarterly ? value('date', anchorQuarter(env)) : null) }),
  },
  {
    id: 'rel-vague-ago',
    re: rx(`${B}(?:(?:a\\s+)?few|several|many|some|(?:a\\s+)?couple\\s+of)\\s+(days|weeks|months|years|decades)\\s+ago${E}`),
    read: () => ({ resolve: () => value('date', 'PAST_REF') }),
  },
  {
    id: 'rel-deictic-day',
    re: rx(`${B}(today|tonight|yesterday|tomorrow)(?:\\s+${DAY_PART})?${E}`),
    read(m, text) {
      if (isTitleCased(text, m.index, m[0])) return null;
      const word = m[1].toLowerCase();
      const part = m[2] ? DAY_PARTS[m[2].toLowerCase()] : word === 'tonight' ? 'NI' : null;
      return {
        position: true,
        resolve(env) {
          const day = dayValue(env, DEICTIC[word]);
          return part ? value('time', `${day}T${part}`) : value('date', day);
        },
      };
    },
  },
  {
    id: 'rel-day-part',
    re: rx(`${B}(this|last|early\\s+this|late\\s+last|late\\s+this)\\s+${DAY_PART}${E}`),
    read(m) {
      const rel = m[1].toLowerCase();
      const part = DAY_PARTS[m[2].toLowerCase()];
      const offset = rel.endsWith('last') && part === 'NI' ? -1 : 0;
      return { position: true, resolve: (env) => value('time', `${dayValue(env, offset)}T${part}`) };
    },
  },
  {
    id: 'rel-present',
    re: rx(`${B}(now|currently|nowadays|at\\s+present|presently|these\\s+days|the\\s+present|current)${E}`),
    read(m, text) {
      // "now" as a discourse particle before a comma at a sentence start is still PRESENT_REF in TimeBank.
      if (/^current$/i.test(m[1]) && /^(account|accounts|affairs|events|carrier|flow|flows)$/i.test(wordAfter(text, m.index + m[0].length))) return null;
      return { resolve: () => value('date', 'PRESENT_REF') };
    },
  },
  {
    id: 'rel-past',
    re: rx(`${B}(recently|lately|the\\s+past)${E}`),
    read(m, text) {
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (/past$/i.test(m[1]) && /^(few|several|two|three|four|five|six|seven|eight|nine|ten|\d+|year|month|week|decade|day|days|weeks|months|years|decades)$/.test(next)) return null;
      return { resolve: () => value('date', 'PAST_REF') };
    },
  },
  {
    id: 'rel-future',
    re: rx(`${B}(the\\s+(?:(?:near|foreseeable|distant|immediate)\\s+)?future|the\\s+(?:near|short|long)\\s+term)${E}`),
    read(m, text) {
      if (/^(of|contracts?|generations?)$/i.test(wordAfter(text, m.index + m[0].length))) return null;
      return { resolve: () => value('date', 'FUTURE_REF') };
    },
  },
  {
    id: 'rel-unit',
    re: rx(`${B}(?:the\\s+)?(last|this|next|coming|past|previous|current|following|same|latest|prior|upcoming|preceding)\\s+(?:fiscal\\s+)?(day|week|weekend|month|quarter|year|decade|century)${E}`),
    read(m, text) {
      if (isTitleCased(text, m.index, m[0])) return null;
      const rel = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const the = /^the\s/i.test(m[0]);
      const tail = wordAfter(text, m.index + m[0].length).toLowerCase();
      const anaphoric = the && (rel === 'following' || rel === 'previous' || rel === 'preceding' || rel === 'same' || rel === 'prior' || rel === 'next');
      return {
        position: true,
        resolve(env) {
          if (/^(ended|ending)$/.test(tail)) return value('duration', `P1${unit === 'decade' ? 'E' : unit === 'century' ? 'C' : unit[0].toUpperCase()}`);
          if ((rel === 'next' || rel === 'coming') && the && (unit === 'decade' || unit === 'century'))
            return value('duration', unit === 'decade' ? 'P10Y' : 'P100Y');
          if (rel === 'past' && the && unit === 'year') return value('date', yearValue(env, -1));
          if (unit === 'year' && (rel === 'same' || rel === 'following' || rel === 'previous' || rel === 'preceding' || rel === 'prior') && the && env.anchor.year !== null)
            return value('date', pad4(env.anchor.year + REL_OFFSET[rel]));
          if (rel === 'past' && the) return value('duration', unit === 'decade' ? 'P10Y' : unit === 'weekend' ? 'P2D' : `P1${unit === 'century' ? 'C' : unit[0].toUpperCase()}`);
          if (anaphoric && unit === 'month' && env.anchor.month) {
            const { y, m: mo } = env.anchor.month;
            const v = shiftedValue(env, { y, m: mo, d: 1 }, 'month', REL_OFFSET[rel]);
            if (v) return value('date', v);
          }
          if (anaphoric) {
            const from = anchorDay(env);
            const n = REL_OFFSET[rel];
            const v = from ? shiftedValue(env, from, unit === 'weekend' ? 'week' : unit, n) : null;
            if (v) return value('date', v);
          }
          if (unit === 'quarter' && rel === 'latest') return value('date', anchorQuarter(env));
          const v = unitValue(env, unit, REL_OFFSET[rel]);
          return v ? value('date', v) : null;
        },
      };
    },
  },
  {
    id: 'rel-the-unit',
    re: rx(`${B}(the|that|this)\\s+(day|week|weekend|month|quarter|year|period)(?![\\w-])`),
    read(m, text) {
      if (isTitleCased(text, m.index, m[0])) return null;
      const det = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s*(of|before|after)\b/i.test(rest) && unit !== 'day') return null;
      if (det === 'the' && unit === 'week' && !/^\s*[,.]/.test(rest)) return null;
      return {
        position: true,
        resolve(env) {
          if (/^\s+(ended|ending|ends|to)\b/i.test(rest) && unit !== 'quarter' && unit !== 'period')
            return value('duration', unit === 'weekend' ? 'P2D' : `P1${unit[0].toUpperCase()}`);
          if (unit === 'day') return value('date', dayValue(env, 0, anchorDay(env)));
          if (unit === 'period') return env.anchor.quarterly ? value('date', anchorQuarter(env)) : null;
          // "the quarter ended Sept. 30": the calendar quarter holding that day.
          const ended = /^\s+(?:ended|ending)\s+([A-Za-z]+)\.?\s+\d/.exec(rest + text.slice(m.index + m[0].length + 12, m.index + m[0].length + 30));
          if (unit === 'quarter' && ended && monthNumber(ended[1])) {
            const mo = monthNumber(ended[1]);
            const y = yearFor(env, mo, 15);
            return value('date', `${y === null ? 'XXXX' : pad4(y)}-Q${quarterOf(mo)}`);
          }
          if (unit === 'quarter' && det !== 'this') return value('date', anchorQuarter(env));
          if (unit === 'weekend') return value('date', weekendValue(env, det === 'this' ? 1 : 0));
          if (det === 'that' && unit === 'year' && env.anchor.year !== null) return value('date', pad4(env.anchor.year));
          const v = unitValue(env, unit, 0);
          return v ? value('date', v) : null;
        },
      };
    },
  },
  {
    id: 'rel-day-before',
    // "the day before last Tuesday('s hearing)": a weekday after it is the anchor, one TIMEX3 (TimeML: the whole
    // anchored expression is one date).
    re: rx(`${B}(?:the\\s+)?(day|night|morning)\\s+(before|after)(?:\\s+(yesterday|tomorrow)|\\s+(?:(last|this|next|coming)\\s+)?${WEEKDAY})?${E}|${B}(?:the\\s+)?(next|following|previous|preceding)\\s+(day|morning|night|evening|afternoon)${E}`),
    read(m, text) {
      const wordAfterIt = wordAfter(text, m.index + m[0].length).toLowerCase();
      // "the day before the election" is anchored on an event we cannot date: keep only bare or deictic forms.
      if (m[2] && !m[3] && !m[5] && /^(the|a|an|his|her|their|its|it|he|she|they)$/.test(wordAfterIt)) return null;
      return {
        position: true,
        resolve(env) {
          const shift = m[2]?.toLowerCase() === 'before' ? -1 : 1;
          if (m[3]) {
            const base = m[3].toLowerCase() === 'yesterday' ? -1 : 1;
            return value('date', dayValue(env, base + shift));
          }
          if (m[5]) {
            const anchor = weekdayValue(env, WEEKDAY_NAMES.indexOf(m[5].toLowerCase()) + 1, m[4]?.toLowerCase() ?? null);
            const day = parseYmd(anchor);
            const v = day ? fmtDay(addDays(day, shift)) : anchor;
            const part = m[1].toLowerCase();
            return part === 'day' ? value('date', v) : value('time', `${v}T${DAY_PARTS[part]}`);
          }
          const rel = (m[2] ?? m[6]).toLowerCase();
          const part = (m[1] ?? m[7]).toLowerCase();
          const n = rel === 'before' || rel === 'previous' || rel === 'preceding' ? -1 : 1;
          const from = anchorDay(env);
          const day = from ? fmtDay(addDays(from, n)) : 'XXXX-XX-XX';
          return part === 'day' ? value('date', day) : value('time', `${day}T${DAY_PARTS[part]}`);
        },
      };
    },
  },
  {
    id: 'rel-ago',
    re: rx(`${B}${NUM}[- ]${UNIT}(?:\\s+or\\s+so)?\\s+(ago|earlier|before|later|after|from\\s+now|hence|since)${E}`),
    read(m, text) {
      const n = parseNumber(m[1]);
      const unit = unitWord(m[2]);
      const dir = m[3].toLowerCase().replace(/\s+/g, ' ');
      if (n === null || !unit) return null;
      const rest = wordAfter(text, m.index + m[0].length).toLowerCase();
      // "two days before the vote", "a year after he left": anchored on an event, a duration (the span stops before).
      if ((dir === 'before' || dir === 'after' || dir === 'since') && rest !== '' && !/^[,.;]/.test(text.slice(m.index + m[0].length))) return null;
      if (dir === 'since') return null;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
      const fromRef = dir === 'ago' || dir === 'from now' || dir === 'hence';
      return {
        quantity: true,
        resolve(env) {
          if (unit === 'year' && n === 1 && env.anchor.quarterly) return value('date', yearBeforeQuarter(env));
          const from = fromRef ? needRef(env) : anchorDay(env);
          const units = unit === 'decade' ? 'year' : unit;
          const count = unit === 'decade' ? 10 * n : n;
          // "two hours ago": the day is known, the clock time is not.
          if (unit === 'hour' || unit === 'minute' || unit === 'second') return value('date', dayValue(env, 0, from));
          const v = shiftedValue(env, from, units, sign * count);
          return v ? value('date', v) : null;
        },
      };
    },
  },
  {
    id: 'rel-year-ago',
    re: rx(`${B}(?:the\\s+(?=\\S+\\s+(?:fiscal\\s+)?(?:(?:first|second|third|fourth)\\s+)?(?:quarter|period)))?(?:year[- ]earlier|year[- ]ago|prior[- ]year|previous[- ]year)(?:\\s+(?:fiscal\\s+)?(?:(?:first|second|third|fourth)\\s+)?(quarter|period))?${E}`),
    read() {
      return {
        resolve(env) {
          if (env.anchor.quarterly) return value('date', yearBeforeQuarter(env));
          return value('date', yearValue(env, -1));
        },
      };
    },
  },
];
