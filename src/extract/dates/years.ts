/** Years as the text writes them: four digits, two digits after an apostrophe, or in words (broadcast transcripts). */
import { NUMBER_WORDS } from './lexicon.js';

const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** A year said in words ("nineteen ninety-six", "two thousand"), as broadcast transcripts write it: one group. */
export const SPOKEN_YEAR = `((?:nineteen|twenty)[- ](?:(?:${SPOKEN_TENS})(?:[- ](?:${SPOKEN_ONES}))?|${SPOKEN_TEENS})|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${SPOKEN_ONES}|${SPOKEN_TEENS}))?)`;

export function spokenYear(s: string): number {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + words.slice(2).reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0);
  return (NUMBER_WORDS[words[0]] ?? 19) * 100 + words.slice(1).reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0);
}

export const yearNum = (s: string | undefined): number | null => {
  if (!s) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2199 ? y : null;
};

/** Years not written in full ("'98") -> four digits, the century nearest the reference year is not known: 19xx/20xx split at 30. */
export const shortYear = (s: string): number => {
  const n = Number(s);
  return n < 30 ? 2000 + n : 1900 + n;
};
