/**
 * name-variants: one referent spelled two ways in one story ("Gabuev" / "Gabuyev", "Organisation" / "Organization").
 *
 * Every surface form of every entity (its mentions, possessives stripped) is split into words, and forms of
 * entities of one type are compared word by word. Two forms are variants when their words align (same count
 * position by position, or the shorter form's words in order within the longer one) and every aligned pair is
 * either the same word or a close spelling of it, with at least one close spelling. So "Gabuev" vs "Alexander
 * Gabuev" (surname vs full name) is no finding, while "Gabuyev" vs "Alexander Gabuev" is one.
 */
import type { Entity, EntityType } from '../../model/types.js';
import { lineColOf } from '../location.js';
import type { CheckRule, RuleHit } from '../types.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { editSimilarity, jaroWinkler } from './similarity.js';
import { nameTokens, stripPossessive } from './text.js';

/** Thresholds for "close spelling": both must hold; tuned so Iran/Iraq and Austria/Australia stay apart. */
export const VARIANT_THRESHOLDS = { minLength: 4, editSimilarity: 0.8, jaroWinkler: 0.9 } as const;

/**
 * Endings that make another word rather than another spelling when added to one: plurals (Democrats), Slavic
 * feminine surnames (Petrova), demonyms (Russian, Israeli, Australians) and pet names (Bolesy).
 */
const ENDINGS: readonly string[] = ['s', 'es', 'a', 'n', 'i', 'y', 'ns'];
/** Pairs of endings that make two words of one stem: Democrats / Democratic, Nazis / Nazism. */
const ENDING_PAIRS: ReadonlyArray<readonly [string, string]> = [['s', 'ic'], ['is', 'ism'], ['ist', 'ism'], ['ish', 'ism']];

/** Lexicon tags that make a word a known name, by kind; two known names of a kind (but given names) are two names. */
const NAME_KINDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['place', ['Country', 'City', 'Region', 'Place', 'Continent', 'Town']],
  ['surname', ['LastName']],
  // Given names are left out on purpose: Sergei / Sergey are one name transliterated two ways.
];

/** Numbers in a name (G7, Apollo 11) must match exactly. */
const DIGIT = /\p{N}/u;

/** One surface form of an entity, with where it first appears. */
interface Form {
  type: EntityType;
  tokens: string[];
  /** The tokens folded for comparison. */
  folded: string[];
  /** For a person with a full canonical name, the folded given name ("irene" for Irene Haldane), else null. */
  given: string | null;
  start: number;
  end: number;
}

type Relation = 'same' | 'close' | 'different';

export const nameVariants: CheckRule = {
  id: 'name-variants',
  defaultSeverity: 'warning',
  description: 'One name spelled two ways in one story',
  check({ text, analysis }) {
    const forms = collectForms(analysis.entities);
    const hits: RuleHit[] = [];
    for (const type of new Set(forms.map((f) => f.type))) {
      const ofType = forms.filter((f) => f.type === type);
      // Compare distinct words first (cheap, and few pairs are close), then only the forms that hold a close pair.
      const words = [...new Set(ofType.flatMap((f) => f.folded))];
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) {
          if (relateFolded(words[i], words[j]) !== 'close') continue;
          const pair = findVariantPair(ofType, words[i], words[j]);
          if (pair) hits.push(reportPair(text, ofType, pair[0], pair[1]));
        }
      }
    }
    return hits;
  },
};

/** Two forms that align with words `a` and `b` facing each other, as the words written; null when none do. */
function findVariantPair(forms: readonly Form[], a: string, b: string): [string, string] | null {
  const holding = (w: string) => forms.filter((f) => f.folded.includes(w));
  for (const fa of holding(a)) {
    for (const fb of holding(b)) {
      // Two people with different given names are two people, however close their surnames (Mats Lanner, Bernhard Langer).
      if (fa.given && fb.given && relateFolded(fa.given, fb.given) === 'different') continue;
      const pair = differingWords(fa.tokens, fb.tokens).find(([x, y]) => [fold(x), fold(y)].sort().join() === [a, b].sort().join());
      if (pair) return pair;
    }
  }
  return null;
}

/** Forms in order of first appearance; an entity's repeated spelling counts once, at its first mention. */
function collectForms(entities: readonly Entity[]): Form[] {
  const forms: Form[] = [];
  for (const entity of entities) {
    const byText = new Map<string, Form>();
    const nameWords = nameTokens(entity.name);
    const given = entity.type === 'person' && nameWords.length >= 2 ? fold(nameWords[0]) : null;
    for (const m of entity.mentions) {
      // Hyphens and periods join words that are compared one by one (Israel-PLO, S.African).
      const tokens = nameTokens(stripPossessive(m.text)).flatMap((t) => t.split(/[.-]/)).filter(Boolean);
      const key = tokens.join(' ');
      const known = byText.get(key);
      if (tokens.length && (!known || m.start < known.start)) {
        byText.set(key, { type: entity.type, tokens, folded: tokens.map(fold), given, start: m.start, end: m.end });
      }
    }
    forms.push(...byText.values());
  }
  return forms.sort((a, b) => a.start - b.start);
}

/** The aligned word pairs that are close but not equal; none when the forms are not variants of each other. */
export function differingWords(a: readonly string[], b: readonly string[]): Array<[string, string]> {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const pairs: Array<[string, string]> = [];
  let from = 0;
  for (const [k, word] of short.entries()) {
    let at: number;
    if (short.length === long.length) at = relate(word, long[k]) === 'different' ? -1 : k;
    else {
      // In order, take the next equal word; failing that, the next close one.
      at = long.findIndex((w, i) => i >= from && relate(word, w) === 'same');
      if (at < 0) at = long.findIndex((w, i) => i >= from && relate(word, w) === 'close');
    }
    if (at < 0) return [];
    if (relate(word, long[at]) === 'close') pairs.push([word, long[at]]);
    from = at + 1;
  }
  return pairs;
}

/** How two words of a name relate: the same word, a close spelling of it, or another word. */
export function relate(x: string, y: string): Relation {
  return relateFolded(fold(x), fold(y));
}

function relateFolded(a: string, b: string): Relation {
  if (a === b) return 'same';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < VARIANT_THRESHOLDS.minLength) return 'different';
  // An edit similarity of 0.8 needs the lengths within 20% of each other: a cheap test that settles most pairs.
  if (longer.length - shorter.length > (1 - VARIANT_THRESHOLDS.editSimilarity) * longer.length) return 'different';
  if (DIGIT.test(a) || DIGIT.test(b) || isInflection(a, b)) return 'different';
  // Jaro-Winkler first: it is the cheaper of the two and rules out most pairs.
  if (jaroWinkler(a, b) < VARIANT_THRESHOLDS.jaroWinkler || editSimilarity(a, b) < VARIANT_THRESHOLDS.editSimilarity) {
    return 'different';
  }
  return areTwoKnownNames(a, b) ? 'different' : 'close';
}

/** One stem with two endings: Democrat / Democrats / Democratic, Russia / Russian. */
function isInflection(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  for (let k = common; k >= Math.max(1, common - 3); k--) {
    const [x, y] = [a.slice(k), b.slice(k)];
    if ((!x && ENDINGS.includes(y)) || (!y && ENDINGS.includes(x))) return true;
    if (ENDING_PAIRS.some(([p, q]) => (x === p && y === q) || (x === q && y === p))) return true;
  }
  return false;
}

/**
 * Both words are names the lexicon knows, of one kind (two places, two surnames) or of two kinds (David, Davis):
 * then they name two things (Iceland, Ireland), where a misspelling is mostly a word no lexicon holds.
 */
function areTwoKnownNames(a: string, b: string): boolean {
  const kind = (w: string) => {
    const tags = lexiconTags(w);
    if (!tags.length) return null;
    return NAME_KINDS.find(([, names]) => tags.some((t) => names.includes(t)))?.[0] ?? 'other';
  };
  const [ka, kb] = [kind(a), kind(b)];
  return ka !== null && kb !== null && (ka !== kb || ka !== 'other');
}

/** Case, periods and apostrophe style are not spelling: `U.N.` = `UN`, `O’Brien` = `O'Brien`. */
function fold(word: string): string {
  return word.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
}

/** A hit at the first form spelled the later way, pointing back to where the other spelling came first. */
function reportPair(text: string, forms: readonly Form[], x: string, y: string): RuleHit {
  const firstWith = (word: string) => forms.find((f) => f.folded.includes(fold(word)))!;
  const fx = firstWith(x);
  const fy = firstWith(y);
  const [later, laterWord, earlier, earlierWord] = fx.start <= fy.start ? [fy, y, fx, x] : [fx, x, fy, y];
  return {
    start: later.start,
    end: later.end,
    message: `Name spelled two ways: "${laterWord}" here, "${earlierWord}" at ${lineColOf(text, earlier.start)}`,
  };
}
