/**
 * A gazetteer of names learned from the training corpus (lower-cased token sequences -> the classes they were
 * annotated with), matched longest-first over the text. It ships inside the model file. Training builds it with
 * cross-folds so the tagger learns how far a gazetteer hit can be trusted on text it has not seen.
 */
import type { Token } from '../../nlp/doc.js';

/** Lower-cased, space-joined token norms -> classes, `|`-joined (e.g. `LOC` or `LOC|ORG`). */
export type Gazetteer = ReadonlyMap<string, string>;

/** Longest entry length the matcher tries. */
export const GAZ_MAX_TOKENS = 5;
const STARTS_NAME = /^[\p{Lu}\p{N}]/u;

/** For every token, the gazetteer features it gets: `gz=B-LOC` (position in the match) and `gz=LOC`. */
export function gazetteerMarks(toks: readonly Token[], para: readonly number[], gaz: Gazetteer): string[][] {
  const marks: string[][] = toks.map(() => []);
  for (let i = 0; i < toks.length; i++) {
    if (!STARTS_NAME.test(toks[i].text)) continue;
    for (let n = GAZ_MAX_TOKENS; n >= 1; n--) {
      if (i + n > toks.length || para[i + n - 1] !== para[i]) continue;
      let key = toks[i].norm;
      for (let k = 1; k < n; k++) key += ` ${toks[i + k].norm}`;
      const classes = gaz.get(key);
      if (classes === undefined) continue;
      for (let k = 0; k < n; k++) {
        const pos = n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I';
        for (const c of classes.split('|')) marks[i + k].push(`gz=${pos}-${c}`, `gz=${c}`);
      }
      i += n - 1;
      break;
    }
  }
  return marks;
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
