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
import { editSimilarity, jaroWinkler } from './similarity.js';
import { nameTokens, stripPossessive } from './text.js';

/** Thresholds for "close spelling": both must hold; tuned so Iran/Iraq and Austria/Australia stay apart. */
export const VARIANT_THRESHOLDS = { minLength: 4, editSimilarity: 0.8, jaroWinkler: 0.9 } as const;

/** Endings that make another word rather than another spelling: plurals and Slavic feminine surnames. */
const INFLECTIONS = ['s', 'es', 'a'] as const;

/** One surface form of an entity, with where it first appears. */
interface Form {
  type: EntityType;
  tokens: string[];
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
    const seen = new Set<string>();
    const hits: RuleHit[] = [];
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const a = forms[i];
        const b = forms[j];
        if (a.type !== b.type) continue;
        for (const [x, y] of differingWords(a.tokens, b.tokens)) {
          const key = `${a.type}\u0000${[fold(x), fold(y)].sort().join('\u0000')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          hits.push(reportPair(text, forms, a.type, x, y));
        }
      }
    }
    return hits;
  },
};

/** Forms in order of first appearance; an entity's repeated spelling counts once, at its first mention. */
function collectForms(entities: readonly Entity[]): Form[] {
  const forms: Form[] = [];
  for (const entity of entities) {
    const byText = new Map<string, Form>();
    for (const m of entity.mentions) {
      const tokens = nameTokens(stripPossessive(m.text));
      const key = tokens.join(' ');
      const known = byText.get(key);
      if (tokens.length && (!known || m.start < known.start)) {
        byText.set(key, { type: entity.type, tokens, start: m.start, end: m.end });
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
  const a = fold(x);
  const b = fold(y);
  if (a === b) return 'same';
  if (/\p{N}/u.test(a + b) || Math.min(a.length, b.length) < VARIANT_THRESHOLDS.minLength) return 'different';
  if (INFLECTIONS.some((end) => a + end === b || b + end === a)) return 'different';
  const close =
    editSimilarity(a, b) >= VARIANT_THRESHOLDS.editSimilarity && jaroWinkler(a, b) >= VARIANT_THRESHOLDS.jaroWinkler;
  return close ? 'close' : 'different';
}

/** Case, periods and apostrophe style are not spelling: `U.N.` = `UN`, `O’Brien` = `O'Brien`. */
function fold(word: string): string {
  return word.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
}

/** A hit at the first form spelled the later way, pointing back to where the other spelling came first. */
function reportPair(text: string, forms: readonly Form[], type: EntityType, x: string, y: string): RuleHit {
  const firstWith = (word: string) => forms.find((f) => f.type === type && f.tokens.some((t) => fold(t) === fold(word)))!;
  const fx = firstWith(x);
  const fy = firstWith(y);
  const [later, laterWord, earlier, earlierWord] = fx.start <= fy.start ? [fy, y, fx, x] : [fx, x, fy, y];
  return {
    start: later.start,
    end: later.end,
    message: `Name spelled two ways: "${laterWord}" here, "${earlierWord}" at ${lineColOf(text, earlier.start)}`,
  };
}
