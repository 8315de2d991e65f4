/**
 * The features one word makes (its form, shape, affixes and lexicon tags; its position; what it lends a neighbour),
 * written into a sink as (prefix, value) pairs. A feature's name is its prefix and value joined ("w=" + "Lavrov").
 * Two sinks read them: one joins the names, for training and for the word cache's groups (features.ts); one looks
 * the weights up by prefix and value (model.ts), for words the cache has no room for, so those cost no name strings,
 * lists or groups per occurrence. Both see the same features in the same order, so they sum to the same bits.
 */
import { lexiconTags } from '../../nlp/compromise.js';
import type { Token } from '../../nlp/doc.js';
import { titleHead } from './titles.js';

/** Receives features: `prefix` is one of WORD_PREFIXES, or '' for a bare name given whole as `value`. */
export interface FeatureSink {
  add(prefix: string, value: string): void;
}

/** Offsets of the neighbours a word lends features to. */
export const OFFSETS = [-2, -1, 1, 2] as const;

const AFFIX_PREFIXES = [1, 2, 3, 4].map((k) => [`p${k}=`, `s${k}=`] as const);
/** Per offset: the prefixes of what a word lends there, and the bare title feature. */
const LENT = OFFSETS.map((o) => ({ l: `${o}l=`, sc: `${o}sc=`, x: `${o}x=`, ttl: `${o}ttl` }));

/**
 * Every prefix a writer here uses. Each ends at its first "=" or "&", which is how splitFeatureName finds it again;
 * the bare names written with prefix '' ("b", "sinit", "hl", "pinit", "-2ttl") have neither character.
 */
export const WORD_PREFIXES: ReadonlySet<string> = new Set([
  'w=',
  'l=',
  'sh=',
  'sc=',
  ...AFFIX_PREFIXES.flat(),
  'x=',
  'ttl=',
  'xh=',
  'hl&',
  'uncertain&',
  ...LENT.flatMap((p) => [p.l, p.sc, p.x]),
]);

/** A feature name as the (prefix, value) a writer gave it: the inverse of joining them. */
export function splitFeatureName(name: string): [string, string] {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c !== 0x3d && c !== 0x26) continue; // "=" or "&"
    const prefix = name.slice(0, i + 1);
    return WORD_PREFIXES.has(prefix) ? [prefix, name.slice(i + 1)] : ['', name];
  }
  return ['', name];
}

/** The word's own features: bias, form, lower-case form, shapes, affixes, lexicon tags. */
export function writeOwn(t: Token, sink: FeatureSink): void {
  const n = foldPunctuation(t.norm);
  const text = foldPunctuation(t.text);
  sink.add('', 'b');
  sink.add('w=', text);
  sink.add('l=', n);
  sink.add('sh=', shapeOf(text, false));
  sink.add('sc=', shapeOf(text, true));
  for (let k = 1; k <= 4 && k < n.length; k++) {
    sink.add(AFFIX_PREFIXES[k - 1][0], n.slice(0, k));
    sink.add(AFFIX_PREFIXES[k - 1][1], n.slice(-k));
  }
  for (const tag of lexTags(t)) sink.add('x=', tag);
  const th = titleHead(n);
  if (th) sink.add('ttl=', th);
  if (n.includes('-')) {
    // Hyphenated words: the lexicon tags of the parts ("Russian-born", "Saint-Denis").
    for (const part of n.split('-').slice(0, 3)) for (const tag of lexiconTags(part)) sink.add('xh=', tag);
  }
}

/** Position code bits: sentence-initial, in a headline line, paragraph-initial. */
export const SENTENCE_INITIAL = 1;
export const HEADLINE = 2;
export const PARAGRAPH_INITIAL = 4;

/** Where the word stands (`code`, the bits above); a capitalised word there is marked uncertain with its shape. */
export function writePosition(t: Token, code: number, cap: boolean, sink: FeatureSink): void {
  if (code & SENTENCE_INITIAL) sink.add('', 'sinit');
  if (code & HEADLINE) {
    sink.add('', 'hl');
    sink.add('hl&', shapeOf(t.text, true));
  }
  if (code & PARAGRAPH_INITIAL) sink.add('', 'pinit');
  if (code & (SENTENCE_INITIAL | HEADLINE) && cap) sink.add('uncertain&', shapeOf(t.text, true));
}

/** The smaller set of features a word lends the neighbour at OFFSETS[k]. */
export function writeLent(t: Token, k: number, sink: FeatureSink): void {
  const p = LENT[k];
  sink.add(p.l, foldPunctuation(t.norm));
  sink.add(p.sc, shapeOf(foldPunctuation(t.text), true));
  // Indexed, not for-of: this runs four times per occurrence of an uncached word, and an unoptimised for-of
  // allocates an iterator each time.
  const tags = lexTags(t);
  for (let i = 0; i < tags.length; i++) sink.add(p.x, tags[i]);
  if (titleHead(t.norm)) sink.add('', p.ttl);
}

/** A sink that collects the joined names. */
export class NameSink implements FeatureSink {
  names: string[] = [];
  add(prefix: string, value: string): void {
    this.names.push(prefix + value);
  }
}

/**
 * Typographic quotes and dashes as the plain ASCII the training text uses, so a name after “ or — in today's
 * news gets the weights learned for " and -.
 */
export function foldPunctuation(s: string): string {
  return /[\u2018-\u201f\u2013\u2014\u00ab\u00bb]/.test(s)
    ? s.replace(/[\u201c-\u201f\u00ab\u00bb]/g, '"').replace(/[\u2018-\u201b]/g, "'").replace(/[\u2013\u2014]/g, '-')
    : s;
}

/** The lexicon's tags for a word; a word with accents the lexicon lacks borrows the plain spelling's ("José"). */
export function lexTags(t: Token): readonly string[] {
  if (t.lex.length || !/[^\x00-\x7f]/.test(t.norm)) return t.lex;
  return lexiconTags(t.norm.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Bound on each shape cache (shapes by text), like the word cache's in features.ts. */
const SHAPE_CACHE_LIMIT = 8_000;
/** Shapes by text, one map per `compress` (a combined key would build a string on every lookup). */
const shapeCache = [new Map<string, string>(), new Map<string, string>()];
/**
 * Shapes of texts the bounded caches have no room for, emptied whenever it fills: a word the word cache has no room
 * for lends its compressed shape to four neighbours, so each occurrence asks for it four times in a row.
 */
const RECENT_LIMIT = 1_024;
const recentShapes = [new Map<string, string>(), new Map<string, string>()];

/** Empty the shape caches (with the word cache: clearWordCache in features.ts). */
export function clearShapeCache(): void {
  for (const c of [...shapeCache, ...recentShapes]) c.clear();
}

/** Word shape: X for upper, x for lower, d for digit, other characters kept; `compress` folds repeats ("Xx", "d.d"). */
export function shapeOf(text: string, compress: boolean): string {
  const k = compress ? 1 : 0;
  const hit = shapeCache[k].get(text) ?? recentShapes[k].get(text);
  if (hit !== undefined) return hit;
  const shape = computeShape(text, compress);
  if (shapeCache[k].size < SHAPE_CACHE_LIMIT) shapeCache[k].set(text, shape);
  else {
    if (recentShapes[k].size >= RECENT_LIMIT) recentShapes[k].clear();
    recentShapes[k].set(text, shape);
  }
  return shape;
}

function computeShape(text: string, compress: boolean): string {
  let out = '';
  let last = '';
  // Long tokens (URLs, runs of characters) are cut: their shape beyond this says nothing more.
  for (const ch of text.length > 12 && !compress ? text.slice(0, 12) : text.slice(0, 40)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (compress && c === last) continue;
    out += c;
    last = c;
  }
  return out;
}
