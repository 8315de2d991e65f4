/** Rules for durations ("three years", "the past two weeks"), sets ("every Monday", "daily") and clock times. */
import { unitWord, UNITS, WEEKDAYS } from './lexicon.js';
import { B, DAY, E, MONTH, monthNumber, NUM, parseNumber, UNIT, WEEKDAY } from './patterns.js';
import { anchorDay, dayValue, monthDayValue, weekdayValue } from './resolve.js';
import { isTitleCased, type Rule, rx, value, wordAfter } from './rule.js';

/** TIMEX3 duration for a count of a unit: P3Y, PT2H, P2Y6M, PXD for an unknown count. */
export function durationValue(n: number | null, unitName: string): string {
  const unit = UNITS[unitName];
  if (!unit) return 'PX';
  const t = unit.time ? 'T' : '';
  if (n === null) return unitName === 'decade' ? 'PXE' : unitName === 'century' ? 'PXC' : unitName === 'quarter' ? 'PXQ' : `P${t}X${unit.letter}`;
  let count = n * unit.times;
  let letter: string = unit.letter;
  if (letter === 'Q' && !Number.isInteger(count)) {
    count *= 3;
    letter = 'M';
  }
  if (Number.isInteger(count)) return `P${t}${count}${letter}`;
  // Halves: 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M, half an hour -> PT30M.
  const whole = Math.floor(count);
  const sub: Record<string, [string, number]> = unit.time
    ? { H: ['M', 60], M: ['S', 60], S: ['S', 1] }
    : { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24] };
  const [subLetter, per] = sub[letter] ?? ['', 0];
  const rest = Math.round((count - whole) * per);
  const subT = letter === 'D' && !t ? 'T' : '';
  return `P${t}${whole ? `${whole}${letter}` : ''}${subT}${rest}${subLetter}`;
}

const QUALIFIER = '(?:(past|last|next|first|coming|previous|following|final|initial|latest|remaining|further|additional|full|entire|whole|same|other|recent|succeeding|ensuing)\\s+)';
const VAGUE = '(several|few|a\\s+few|many|some|recent|the\\s+coming|the\\s+next\\s+few|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+past\\s+several|the\\s+last\\s+several|the\\s+next\\s+several|coming|long|countless|numerous)';
const SET_WORDS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D',
  biweekly: 'P2W', semiannually: 'P6M', 'semi-annually': 'P6M',
};

export const DURATION_RULES: Rule[] = [
  {
    // "Islam will one day be…", "they hope to some day return": an indefinite future, not a day's length.
    id: 'rel-one-day',
    re: rx(`(?<=\\b(?:will|would|may|might|could|can|shall|should|must|to)\\s)(?:one|some)\\s+day(?=\\s+[a-z])`),
    read: () => ({ resolve: () => value('date', 'FUTURE_REF') }),
  },
  {
    // A range of counts is two TIMEX3s in TimeML: "between two to six days" -> "two" (P2D) and "six days" (P6D),
    // the first count taking the unit written after the second. This rule tags the first; dur-count the second.
    id: 'dur-range',
    re: rx(`${B}(?:the\\s+)?${QUALIFIER}?${NUM}(?=\\s*(?:to|-|\u2013)\\s*${NUM}[- ]${UNIT}${E})`),
    read(m, text) {
      const low = parseNumber(m[2]);
      const high = parseNumber(m[3]);
      const unit = unitWord(m[4]);
      if (!unit || low === null || high === null || low >= high || /^(a|an)$/i.test(m[2]) || /\d{4}/.test(m[2])) return null;
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^[^.;,]*?\b(?:years?|months?|weeks?|days?)[- ]old\b/i.test(tail)) return null; // ages: "10 to 12 years old"
      return { quantity: true, resolve: () => value('duration', durationValue(low, unit)) };
    },
  },
  {
    id: 'dur-count',
    re: rx(`${B}(?:the\\s+)?${QUALIFIER}?${NUM}[- ](?:(?:more|additional|further|extra)\\s+)?${UNIT}(\\s+and\\s+a\\s+half)?(?:[- ]long)?${E}`),
    read(m, text) {
      const counted = parseNumber(m[2]);
      const n = counted !== null && m[4] ? counted + 0.5 : counted;
      const unit = unitWord(m[3]);
      if (!unit || /^\d{4}$/.test(m[2])) return null;
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^[- ]old\b/i.test(rest)) return null; // ages
      if (unit === 'quarter' && /^\s+of\b/i.test(rest)) return null; // "a quarter of the vote"
      if (/^[A-Z]/.test(m[3]) && isTitleCased(text, m.index, m[0])) return null; // "60 Minutes", a show
      if (unit === 'second' && /^(a|an)$/i.test(m[2])) return null; // "a second time"
      if (/^(a|an)$/i.test(m[2]) && /s$/i.test(m[3])) return null; // "a decades-long feud": the article is not a count
      const word = m[2].toLowerCase();
      // "four flights a week", "$1.76 a year", "24 hours a day": a rate, not a duration.
      if ((word === 'a' || word === 'an' || word === 'per') && !m[1] && /(?:\d|%|\b(?:cents|dollars|times|flights|seats|shares|miles|hours|barrels|tons|people))\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))
        return null;
      if ((word === 'a' || word === 'an' || word === 'one') && /^\s+(or)\b/i.test(rest) && !m[1]) return null;
      if (n === null && !/^(hundreds|dozens)/i.test(m[2])) return null;
      // "the two-week trip": an attributive duration; TimeBank leaves the article outside the span.
      const the = /^the\s+/i.exec(m[0]);
      const attributive = the && !m[1] && !/s$/i.test(m[3]);
      return { quantity: true, skip: attributive ? the[0].length : 0, resolve: () => value('duration', durationValue(n, unit)) };
    },
  },
  {
    id: 'dur-vague',
    re: rx(`${B}(?:the\\s+)?${VAGUE}\\s+${UNIT}${E}`),
    read(m, text) {
      const unit = unitWord(m[2]);
      if (!unit || !/s$/i.test(m[2])) return null;
      if (/^[- ]old\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      return { quantity: true, resolve: () => value('duration', durationValue(null, unit)) };
    },
  },
  {
    // "in the weeks ahead" (an unknown stretch to come), "for a while" (of no stated unit): vague durations.
    id: 'dur-ahead',
    re: rx(`${B}(?:the\\s+(days|weeks|months|years|decades)\\s+ahead|(?<=\\bfor\\s)a\\s+while)${E}`),
    read: (m) => {
      const unit = m[1] ? unitWord(m[1]) : null;
      return { resolve: () => value('duration', unit ? durationValue(null, unit) : 'PXX') };
    },
  },
  {
    // Compound adjectives: "a day-long meeting" (P1D), "a decades-long feud", "a several-year tenure" (vague count).
    id: 'dur-compound',
    re: rx(`${B}(?:(several|many|few)-)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)(-long)?(?![\\w-])`),
    read(m, text) {
      const unit = unitWord(m[2]);
      if (!unit) return null;
      const plural = /s$/i.test(m[2]) && m[2].toLowerCase() !== 'centuries' ? true : m[2].toLowerCase() === 'centuries';
      // "day-long" names one unit; "decades-long", "several-year" an unknown count. Anything else is no compound.
      if (m[1] ? plural || m[3] : !m[3]) return null;
      if (!/^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null; // an adjective before its noun
      return { resolve: () => value('duration', durationValue(m[1] || plural ? null : 1, unit)) };
    },
  },
  {
    id: 'dur-plural',
    re: rx(`${B}(seconds|minutes|hours|days|weeks|months|years|decades|centuries)${E}`),
    read(m, text) {
      const unit = unitWord(m[1]);
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const nextWord = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (!unit || /^[- ]old\b/i.test(rest) || /^\s*of\b/i.test(rest) || nextWord === 'ago' || nextWord === 'later') return null;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      // Only as the object of a span preposition ("for years", "within weeks", "the first time in years"):
      // elsewhere a bare plural ("minutes apart", "days after") is seldom a duration of its own.
      if (!/\b(for|within|in|over)\s+$/i.test(before)) return null;
      return { resolve: () => value('duration', durationValue(null, unit)) };
    },
  },
  {
    id: 'set-every',
    re: rx(`${B}(?:every|each)\\s+(?:(other)\\s+)?(?:(day|week|month|year|quarter|morning|night|evening|afternoon|weekend)|${WEEKDAY}|${MONTH})${E}`),
    read(m) {
      const unit = (m[2] ?? '').toLowerCase();
      const wd = m[3] ? WEEKDAYS[m[3].toLowerCase()] : 0;
      const month = m[4] ? monthNumber(m[4]) : 0;
      const n = m[1] ? 2 : 1;
      const v = month
        ? `XXXX-${String(month).padStart(2, '0')}`
        : wd
        ? `XXXX-WXX-${wd}`
        : { day: `P${n}D`, week: `P${n}W`, month: `P${n}M`, year: `P${n}Y`, quarter: `P${n}Q`, weekend: 'XXXX-WXX-WE', morning: 'TMO', night: 'TNI', evening: 'TEV', afternoon: 'TAF' }[unit];
      return v ? { resolve: () => value('set', v) } : null;
    },
  },
  {
    id: 'set-every-count',
    re: rx(`${B}every\\s+${NUM}\\s+${UNIT}${E}`),
    read(m) {
      const n = parseNumber(m[1]);
      const unit = unitWord(m[2]);
      return n !== null && unit ? { resolve: () => value('set', durationValue(n, unit)) } : null;
    },
  },
  {
    id: 'set-adverb',
    re: rx(`${B}(daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semi-?annually)${E}`),
    read(m, text) {
      const v = SET_WORDS[m[1].toLowerCase()];
      // "The New York Daily News": a name.
      if (isTitleCased(text, m.index, m[0])) return null;
      // "the party daily Granma": a newspaper named after it.
      const next = wordAfter(text, m.index + m[0].length);
      if (/^daily$/i.test(m[1]) && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "a daily rally", "his weekly address" are sets (TimeML annotates frequency adjectives); "its quarterly
      // dividend" names a reporting period of the company, which news annotation leaves out.
      const frequencyAdjective = /^(daily|weekly|hourly|nightly|monthly)$/i.test(m[1]);
      if (!frequencyAdjective && /^[a-z]/.test(next) && !/^(and|or|to|through|since|for|in|from|at|by|until|while|with|on|during|over|since|thereafter)$/.test(next)) return null;
      return v ? { resolve: () => value('set', v) } : null;
    },
  },
  {
    id: 'set-times-per',
    re: rx(`${B}(?:once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+(?:a|an|per|each|every)\\s+(day|week|month|year|hour)${E}`),
    read(m) {
      const unit = m[1].toLowerCase();
      const v = unit === 'hour' ? 'PT1H' : `P1${unit[0].toUpperCase()}`;
      return { resolve: () => value('set', v) };
    },
  },
  {
    id: 'time-day-part',
    // A deictic day after it names the day ("mid-afternoon yesterday": TimeML gives the day with the part, one TIMEX3).
    re: rx(`${B}(?:(?:(?:early|late)\\s+)?in\\s+)?(?:(the)\\s+(morning|afternoon|evening)|(midday|mid[- ]?afternoon|mid[- ]?morning)(?:\\s+(today|yesterday|tomorrow))?)${E}`),
    read(m, text) {
      // Only "in the morning" (a time of the day spoken of), not "the morning newspaper".
      const lead = /^(?:(?:early|late)\s+)?in\s+/i.exec(m[0]);
      if (m[1] && !lead) return null;
      if (/^[a-z]/.test(wordAfter(text, m.index + m[0].length)) && !lead && !m[4]) return null;
      const word = (m[2] ?? m[3]).toLowerCase().replace(/[- ]/, '');
      const dayOffset = m[4] ? { today: 0, yesterday: -1, tomorrow: 1 }[m[4].toLowerCase()] ?? 0 : null;
      const part = { morning: 'MO', afternoon: 'AF', evening: 'EV', midday: '12:00', midafternoon: 'AF', midmorning: 'MO' }[word] ?? 'MO';
      const skip = m[1] && lead ? lead[0].length : 0;
      return {
        skip,
        resolve: (env) =>
          value(
            'time',
            `${dayOffset === null ? dayValue(env, 0, anchorDay(env)) : dayValue(env, dayOffset)}T${part}`,
            word.startsWith('mid') && word !== 'midday' ? 'MID' : null,
          ),
      };
    },
  },
  {
    id: 'time-clock',
    re: rx(`${B}(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)|(\\d{1,2})(?::(\\d{2}))?\\s+o'clock|(noon|midnight))(?:\\s+\\(?(EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET)\\)?)?(?:\\s+\\(\\d{4}\\s+[A-Z]{3}\\))?(?:\\s+(today|yesterday|tomorrow|tonight)|\\s+(?:on\\s+)?${WEEKDAY}|,?\\s+${MONTH}\\s+${DAY})?(?![\\w])`),
    read(m, text) {
      let h = Number(m[1] ?? m[4] ?? 12);
      const min = m[2] ?? m[5] ?? '00';
      const ampm = (m[3] ?? '').toLowerCase();
      if (m[6]) h = m[6].toLowerCase() === 'noon' ? 12 : 24;
      if (h > 12 && ampm) return null;
      if (ampm.startsWith('p') && h < 12) h += 12;
      if (ampm.startsWith('a') && h === 12) h = 0;
      if (Number(min) > 59 || h > 24) return null;
      // "am" as a word ("I am 6") cannot follow a bare number in news; keep only with a digit directly before.
      if (ampm === 'am' && !/\d\s*am/i.test(m[0])) return null;
      // "High Noon", "high noon": a title or an idiom.
      if (m[6] && (/^N/.test(m[6]) || /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))) return null;
      const dayWord = (m[8] ?? '').toLowerCase();
      const wd = m[9] ? WEEKDAYS[m[9].toLowerCase()] : 0;
      return {
        resolve(env) {
          const offset = dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0;
          const mo = m[10] ? monthNumber(m[10]) : 0;
          // A bare clock time belongs to the day last spoken of ("on Oct. 23 … at 10 p.m."), else the reference day.
          const day = wd
            ? weekdayValue(env, wd, null)
            : mo
              ? monthDayValue(env, mo, Number(m[11]), null)
              : dayWord
                ? dayValue(env, offset)
                : dayValue(env, 0, anchorDay(env));
          return value('time', `${day}T${String(h).padStart(2, '0')}:${min}`);
        },
      };
    },
  },
];
