/**
 * A gazetteer of names learned from the training corpus (lower-cased token sequences -> the classes they were
 * annotated with), matched longest-first over the text. It ships inside the model file. Training builds it with
 * cross-folds so the tagger learns how far a gazetteer hit can be trusted on text it has not seen.
 */
import type { Token } from '../../nlp/doc.js';
import { EMPTY_GROUP, type FeatureGroup, featureGroup } from './groups.js';
import { mapArray } from '../arrays.js';

/** Lower-cased, space-joined token norms -> classes, `|`-joined (e.g. `LOC` or `LOC|ORG`). */
export type Gazetteer = ReadonlyMap<string, string>;

/**
 * The lower-cased words of tokens `from..to`, space-joined: how the gazetteer, compromise's multi-word lexicon and
 * the headline-repeat votes key a run of words.
 */
export function normsKey(toks: readonly Token[], from: number, to: number): string {
  let key = toks[from].norm;
  for (let k = from + 1; k < to; k++) key += ` ${toks[k].norm}`;
  return key;
}

/** Small words that stand inside names ("Bank of England", "Rio de Janeiro"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'and', 'for', 'la', 'del', 'du', 'von', 'van', 'da', 'al', '&', 'on']);

/** Longest entry length the matcher tries. */
export const GAZ_MAX_TOKENS = 5;
const STARTS_DIGIT = /^\p{N}/u;

/** For every token, the gazetteer features it gets: `gz=B-LOC` (position in the match) and `gz=LOC`. */
export function gazetteerMarks(
  toks: readonly Token[],
  words: ReadonlyArray<{ cap: boolean }>,
  para: readonly number[],
  gaz: Gazetteer,
): FeatureGroup[] {
  const marks: FeatureGroup[] = mapArray(toks, () => EMPTY_GROUP);
  const longest = longestByFirstWord(gaz);
  for (let i = 0; i < toks.length; i++) {
    if (!words[i].cap && !STARTS_DIGIT.test(toks[i].text)) continue;
    const most = longest.get(toks[i].norm);
    if (most === undefined) continue;
    // Only runs of capitalised words and small connectors can be names.
    let run = 1;
    while (run < most && i + run < toks.length && para[i + run] === para[i] && (words[i + run].cap || CONNECTORS.has(toks[i + run].norm))) run++;
    for (let n = run; n >= 1; n--) {
      const classes = gaz.get(normsKey(toks, i, i + n));
      if (classes === undefined) continue;
      for (let k = 0; k < n; k++) marks[i + k] = marksFor(n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I', classes);
      i += n - 1;
      break;
    }
  }
  return marks;
}

const markCache = new Map<string, FeatureGroup>();
const longestCache = new WeakMap<Gazetteer, Map<string, number>>();

/** The feature strings of one match position, built once per (position, classes). */
function marksFor(pos: string, classes: string): FeatureGroup {
  const key = `${pos}${classes}`;
  let m = markCache.get(key);
  if (!m) markCache.set(key, (m = featureGroup(classes.split('|').flatMap((c) => [`gz=${pos}-${c}`, `gz=${c}`]))));
  return m;
}

/** First word of each entry -> the most words an entry starting with it has. */
function longestByFirstWord(gaz: Gazetteer): Map<string, number> {
  let m = longestCache.get(gaz);
  if (m) return m;
  m = new Map();
  for (const name of gaz.keys()) {
    const words = name.split(' ');
    if (words.length > GAZ_MAX_TOKENS) continue;
    m.set(words[0], Math.max(m.get(words[0]) ?? 0, words.length));
  }
  longestCache.set(gaz, m);
  return m;
}

/** Build a gazetteer from counted names: keep classes that account for at least a third of a name's uses. */
export function buildGazetteer(counts: ReadonlyMap<string, Map<string, number>>, minCount = 1): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, byClass] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...byClass.values()].reduce((a, b) => a + b, 0);
    if (total < minCount) continue;
    const keep = [...byClass]
      .filter(([, n]) => n * 3 >= total)
      .map(([c]) => c)
      .sort();
    if (keep.length) out.set(name, keep.join('|'));
  }
  return out;
}
