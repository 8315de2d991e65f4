/**
 * Token features of the learned tagger, shared by training (scripts/train) and inference so both see exactly the
 * same thing. Four groups: the word itself (form, shape, affixes, compromise lexicon tags), its neighbours, its
 * place in the text (sentence start, ALL-CAPS headline line), and document evidence (how the same word is written
 * elsewhere in the article, so a headline "LAVROV" or a sentence-initial "May" borrow their clear mentions' case).
 */
import { lexiconTags } from '../../nlp/compromise.js';
import type { ParsedDoc, Token } from '../../nlp/doc.js';
import { documentEvidence } from './evidence.js';
import { CONNECTORS, type Gazetteer, gazetteerMarks, normsKey } from './gazetteer.js';
import { EMPTY_GROUP, type FeatureGroup, featureGroup } from './groups.js';
import { titleHead } from './titles.js';
import { mapArray } from '../arrays.js';

const WORDISH = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Receives a token's features: `group` gets recurring lists of feature names (groups.ts); `pair` gets word-pair features (`name` is `prefix + a + "|" + b`), passed unjoined so inference can look
 * them up without building strings.
 */
export interface FeatureVisitor {
  group(token: number, group: FeatureGroup): void;
  pair(token: number, prefix: PairPrefix, a: string, b: string): void;
}

/** The word-pair features: previous word with this one, this one with the next. */
export const PAIR_PREFIXES = ['bg-=', 'bg+='] as const;
export type PairPrefix = (typeof PAIR_PREFIXES)[number];

/**
 * Visit the features of every token of `doc`, in token order, as groups: the word's own features, its position
 * features, what each neighbour lends and the document evidence are cached arrays shared between tokens (so
 * inference can cache their summed weights); word pairs come apart.
 */
export function visitFeatures(doc: ParsedDoc, gazetteer: Gazetteer | null, visit: FeatureVisitor): void {
  const toks = doc.tokens;
  const para = paragraphOfTokens(doc);
  const headline = headlineParagraphs(doc);
  const words = mapArray(toks, wordEntry);
  const sentInit = sentenceInitial(doc, words);
  const evidence = documentEvidence(doc, words, headline, para, sentInit);
  const multi = multiwordMarks(doc, words, para);
  const gaz = gazetteer ? gazetteerMarks(toks, words, para, gazetteer) : null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = words[i];
    const hl = headline[para[i]];
    const code = (sentInit[i] ? 1 : 0) | (hl ? 2 : 0) | (i === 0 || para[i - 1] !== para[i] ? 4 : 0);
    visit.group(i, w.context[code] ?? contextFeatures(w, t, code));
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k];
      visit.group(i, j < 0 || j >= toks.length || para[j] !== para[i] ? EDGE[k] : words[j].lends[k]);
    }
    const ev = w.cap ? evidence.get(t.norm) : undefined;
    if (ev) visit.group(i, ev[hl ? 0 : sentInit[i] ? 1 : 2]);
    if (multi[i] !== EMPTY_GROUP) visit.group(i, multi[i]);
    if (gaz && gaz[i] !== EMPTY_GROUP) visit.group(i, gaz[i]);
    visit.pair(i, 'bg-=', i > 0 && para[i - 1] === para[i] ? words[i - 1].norm : '<s>', w.norm);
    visit.pair(i, 'bg+=', w.norm, i + 1 < toks.length && para[i + 1] === para[i] ? words[i + 1].norm : '</s>');
  }
}

/** Features of every token of `doc` as flat lists (for training). */
export function docFeatures(doc: ParsedDoc, gazetteer: Gazetteer | null): string[][] {
  const out: string[][] = mapArray(doc.tokens, () => []);
  visitFeatures(doc, gazetteer, {
    group: (i, g) => {
      for (const f of g.names) out[i].push(f);
    },
    pair: (i, prefix, a, b) => {
      out[i].push(`${prefix}${a}|${b}`);
    },
  });
  return out;
}

const OFFSETS = [-2, -1, 1, 2] as const;
const EDGE: readonly FeatureGroup[] = OFFSETS.map((o) => featureGroup([`${o}:<>`]));

/**
 * The word's own features with its position features (bit 1 sentence-initial, 2 headline line, 4 paragraph-initial)
 * as one group, kept on its entry: one group per token instead of two makes inference cheaper.
 */
function contextFeatures(w: WordEntry, t: Token, code: number): FeatureGroup {
  const list: string[] = [...w.own.names];
  const sc = shapeOf(t.text, true);
  if (code & 1) list.push('sinit');
  if (code & 2) list.push('hl', `hl&${sc}`);
  if (code & 4) list.push('pinit');
  if (code & 3 && w.cap) list.push(`uncertain&${sc}`);
  const f = featureGroup(list, w.cached);
  w.context[code] = f;
  return f;
}

/** What the features need to know of one word form, computed once per form. */
export interface WordEntry {
  /** Its own features: form, shape, affixes, lexicon tags. */
  own: FeatureGroup;
  /** What it lends a neighbour at each of OFFSETS. */
  lends: readonly FeatureGroup[];
  /** Position features by position code, filled on demand. */
  context: Array<FeatureGroup | undefined>;
  /** The lower-case form with punctuation folded, for word-pair features. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Has a letter or digit (is no punctuation). */
  wordish: boolean;
  /** False once the cache is full: then its groups are one-off. */
  cached: boolean;
}

/**
 * Bound on the per-word cache, so a long batch cannot grow memory without end. An entry with its feature groups
 * costs about 2 KB. On 416 distinct news articles 8,000 and 20,000 forms ran within the noise of each other; over
 * 2,496 articles 8,000 kept peak RSS 38 MiB lower (168 against 206 MiB; README, Speed).
 */
const CACHE_LIMIT = 8_000;
const wordCache = new Map<string, WordEntry>();
/** Shapes by text, one map per `compress` (a combined key would build a string on every lookup). */
const shapeCache = [new Map<string, string>(), new Map<string, string>()];

/** Empty the per-word caches (a long-lived embedding freeing memory; tests comparing the cached and uncached paths). */
export function clearWordCache(): void {
  wordCache.clear();
  for (const c of shapeCache) c.clear();
}

function wordEntry(t: Token): WordEntry {
  let w = wordCache.get(t.text);
  if (w) return w;
  const cached = wordCache.size < CACHE_LIMIT;
  w = {
    own: ownFeatures(t, cached),
    lends: lentFeatures(t, cached),
    context: [],
    norm: foldPunctuation(t.norm),
    cap: UPPER_START.test(t.text),
    wordish: WORDISH.test(t.text),
    cached,
  };
  if (cached) wordCache.set(t.text, w);
  return w;
}

/** Features of the word alone. */
function ownFeatures(t: Token, cached: boolean): FeatureGroup {
  const n = foldPunctuation(t.norm);
  const text = foldPunctuation(t.text);
  const list = ['b', `w=${text}`, `l=${n}`, `sh=${shapeOf(text, false)}`, `sc=${shapeOf(text, true)}`];
  for (let k = 1; k <= 4 && k < n.length; k++) list.push(`p${k}=${n.slice(0, k)}`, `s${k}=${n.slice(-k)}`);
  for (const tag of lexTags(t)) list.push(`x=${tag}`);
  const th = titleHead(n);
  if (th) list.push(`ttl=${th}`);
  if (n.includes('-')) {
    // Hyphenated words: the lexicon tags of the parts ("Russian-born", "Saint-Denis").
    for (const part of n.split('-').slice(0, 3)) for (const tag of lexiconTags(part)) list.push(`xh=${tag}`);
  }
  return featureGroup(list, cached);
}

/** The smaller set of features a word lends its neighbours, prefixed with each offset. */
function lentFeatures(t: Token, cached: boolean): readonly FeatureGroup[] {
  const list = [`l=${foldPunctuation(t.norm)}`, `sc=${shapeOf(foldPunctuation(t.text), true)}`];
  for (const tag of lexTags(t)) list.push(`x=${tag}`);
  if (titleHead(t.norm)) list.push('ttl');
  return mapArray(OFFSETS, (o) => featureGroup(list.map((g) => `${o}${g}`), cached));
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

/** Word shape: X for upper, x for lower, d for digit, other characters kept; `compress` folds repeats ("Xx", "d.d"). */
export function shapeOf(text: string, compress: boolean): string {
  const cache = shapeCache[compress ? 1 : 0];
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const shape = computeShape(text, compress);
  if (cache.size < CACHE_LIMIT) cache.set(text, shape);
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

/** Paragraph index of every token. */
export function paragraphOfTokens(doc: ParsedDoc): number[] {
  const para = new Array<number>(doc.tokens.length).fill(0);
  for (const s of doc.sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) para[i] = s.paragraph;
  return para;
}

/** Paragraphs written in capitals (headlines, datelines): case says nothing there. */
export function headlineParagraphs(doc: ParsedDoc): boolean[] {
  return mapArray(doc.paragraphs, (p) => {
    let letters = 0;
    let upper = 0;
    for (const ch of p.text) {
      const c = ch.charCodeAt(0);
      // ASCII by code: case-mapping every character allocated two strings each (about 3.5% of all allocation).
      if (c < 0x80) {
        if (c >= 0x41 && c <= 0x5a) upper++;
        if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
        continue;
      }
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) continue;
      letters++;
      if (ch !== lower) upper++;
    }
    return letters >= 4 && upper / letters > 0.75;
  });
}

/** True for the first word of each sentence (after any opening punctuation). */
function sentenceInitial(doc: ParsedDoc, words: readonly WordEntry[]): boolean[] {
  const out = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (words[i].wordish) {
        out[i] = true;
        break;
      }
    }
  }
  return out;
}

/** Marks from compromise's multi-word lexicon entries ("united nations" Organization): `mw=B-Organization`… */
function multiwordMarks(doc: ParsedDoc, words: readonly WordEntry[], para: number[]): FeatureGroup[] {
  const toks = doc.tokens;
  const marks: FeatureGroup[] = mapArray(toks, () => EMPTY_GROUP);
  for (let i = 0; i < toks.length; i++) {
    if (!words[i].cap) continue;
    // Names are capitalised, with small connectors inside ("Bank of England"): only such runs are looked up.
    let run = 1;
    while (run < 4 && i + run < toks.length && para[i + run] === para[i] && (words[i + run].cap || CONNECTORS.has(toks[i + run].norm))) run++;
    for (let n = run; n >= 2; n--) {
      const tags = lexiconTags(normsKey(toks, i, i + n));
      if (tags.length === 0) continue;
      for (let k = 0; k < n; k++) marks[i + k] = markOf(k === 0 ? 'B' : k === n - 1 ? 'L' : 'I', tags);
      i += n - 1;
      break;
    }
  }
  return marks;
}

const markCache = new Map<string, FeatureGroup>();

/** The features of one position in a multi-word entry with these tags, built once. */
function markOf(pos: string, tags: readonly string[]): FeatureGroup {
  const key = pos + tags.join(',');
  let m = markCache.get(key);
  if (!m) markCache.set(key, (m = featureGroup(tags.map((tag) => `mw=${pos}-${tag}`))));
  return m;
}
