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
 * Receives a token's features: `group` gets recurring lists of feature names (groups.ts); `pair` gets word-pair
 * features (`name` is `prefix + a + "|" + b`), passed unjoined so inference can look them up without building
 * strings. A word the bounded cache had no room for comes as a one-off group instead: `begin`, then one `part` per
 * feature (its name is `prefix + value`, in the order a cached group lists its names), then `end`. Building those
 * names for every uncached word was a third of all allocation once the cache was full.
 */
export interface FeatureVisitor extends PartSink {
  group(token: number, group: FeatureGroup): void;
  pair(token: number, prefix: PairPrefix, a: string, b: string): void;
  begin(token: number): void;
  end(): void;
}

/** Takes features as a constant prefix (one of PART_PREFIXES) and a value; the feature's name is `prefix + value`. */
export interface PartSink {
  part(prefix: string, value: string): void;
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
    if (w.cached) {
      visit.group(i, w.context[code] ?? contextFeatures(w, code));
    } else {
      visit.begin(i);
      ownParts(w.parts, visit);
      positionParts(w, code, visit);
      visit.end();
    }
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k];
      if (j < 0 || j >= toks.length || para[j] !== para[i]) visit.group(i, EDGE[k]);
      else if (words[j].cached) visit.group(i, words[j].lends[k]);
      else {
        visit.begin(i);
        lentParts(words[j].parts, k, visit);
        visit.end();
      }
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
  let at = 0;
  visitFeatures(doc, gazetteer, {
    group: (i, g) => {
      for (const f of g.names) out[i].push(f);
    },
    pair: (i, prefix, a, b) => {
      out[i].push(`${prefix}${a}|${b}`);
    },
    begin: (i) => {
      at = i;
    },
    part: (prefix, value) => {
      out[at].push(prefix + value);
    },
    end: () => {},
  });
  return out;
}

const OFFSETS = [-2, -1, 1, 2] as const;
const EDGE: readonly FeatureGroup[] = OFFSETS.map((o) => featureGroup([`${o}:<>`]));

/** The prefixes of a word's own features: `p1=` … `p4=` for prefixes of the word, `s1=` … for suffixes. */
const AFFIX_PREFIX = [1, 2, 3, 4].map((k) => [`p${k}=`, `s${k}=`] as const);
/** What a word lends its neighbour at OFFSETS[k]: the same few features, each name led by the offset. */
const LENT_PREFIX = OFFSETS.map((o) => ({ l: `${o}l=`, sc: `${o}sc=`, x: `${o}x=`, ttl: `${o}ttl` }));

/** Every prefix a word's parts are emitted with (inference indexes the model's names by them). */
export const PART_PREFIXES: readonly string[] = [
  ...['b', 'w=', 'l=', 'sh=', 'sc=', 'x=', 'ttl=', 'xh='],
  ...AFFIX_PREFIX.flat(),
  ...['sinit', 'hl', 'hl&', 'pinit', 'uncertain&'],
  ...LENT_PREFIX.flatMap((p) => [p.l, p.sc, p.x, p.ttl]),
];

/** A word's own features: form, shape, affixes, lexicon tags. */
function ownParts(p: WordParts, sink: PartSink): void {
  const n = p.norm;
  sink.part('b', '');
  sink.part('w=', p.text);
  sink.part('l=', n);
  sink.part('sh=', p.shape);
  sink.part('sc=', p.shapeC);
  for (let k = 1; k <= 4 && k < n.length; k++) {
    sink.part(AFFIX_PREFIX[k - 1][0], n.slice(0, k));
    sink.part(AFFIX_PREFIX[k - 1][1], n.slice(-k));
  }
  for (const tag of p.lex) sink.part('x=', tag);
  if (p.title) sink.part('ttl=', p.title);
  if (n.includes('-')) {
    // Hyphenated words: the lexicon tags of the parts ("Russian-born", "Saint-Denis").
    for (const part of n.split('-').slice(0, 3)) for (const tag of lexiconTags(part)) sink.part('xh=', tag);
  }
}

/** The position features (bit 1 sentence-initial, 2 headline line, 4 paragraph-initial) that follow the own ones. */
function positionParts(w: WordEntry, code: number, sink: PartSink): void {
  const sc = w.parts.rawShapeC;
  if (code & 1) sink.part('sinit', '');
  if (code & 2) {
    sink.part('hl', '');
    sink.part('hl&', sc);
  }
  if (code & 4) sink.part('pinit', '');
  if (code & 3 && w.cap) sink.part('uncertain&', sc);
}

/** The smaller set of features a word lends its neighbour at OFFSETS[k]. */
function lentParts(p: WordParts, k: number, sink: PartSink): void {
  const pre = LENT_PREFIX[k];
  sink.part(pre.l, p.norm);
  sink.part(pre.sc, p.shapeC);
  for (const tag of p.lex) sink.part(pre.x, tag);
  if (p.lentTitle) sink.part(pre.ttl, '');
}

/** Collects parts as feature names (the cached groups, built once per word form). */
function names(emit: (sink: PartSink) => void): string[] {
  const list: string[] = [];
  emit({ part: (prefix, value) => list.push(prefix + value) });
  return list;
}

/**
 * The word's own features with its position features as one group, kept on its entry: one group per token instead
 * of two makes inference cheaper.
 */
function contextFeatures(w: WordEntry, code: number): FeatureGroup {
  const f = featureGroup(
    names((sink) => {
      ownParts(w.parts, sink);
      positionParts(w, code, sink);
    }),
  );
  w.context[code] = f;
  return f;
}

/** The strings a word's features are made of, worked out once per entry. */
export interface WordParts {
  /** The text and the lower-case form with typographic punctuation folded. */
  text: string;
  norm: string;
  /** Shapes of the folded text, full and compressed, and the compressed shape of the text as written. */
  shape: string;
  shapeC: string;
  rawShapeC: string;
  lex: readonly string[];
  /** The title the folded form heads ("minister"), if any; whether the form as written heads one. */
  title: string | undefined;
  lentTitle: boolean;
}

/** What the features need to know of one word form, computed once per form. */
export interface WordEntry {
  parts: WordParts;
  /** What it lends a neighbour at each of OFFSETS (empty for a one-off entry: its parts are emitted instead). */
  lends: readonly FeatureGroup[];
  /** Position features by position code, filled on demand (cached entries only). */
  context: Array<FeatureGroup | undefined>;
  /** The lower-case form with punctuation folded, for word-pair features. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Has a letter or digit (is no punctuation). */
  wordish: boolean;
  /** False once the cache is full: then the entry is used for one article and its features come as parts. */
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

/**
 * A one-off entry's groups: it has none (its features go out as parts), and one frozen array serves them all, so
 * the uncached path, taken for every occurrence, allocates no lists (a write to it would throw).
 */
const NO_GROUPS = Object.freeze([]) as unknown as Array<FeatureGroup | undefined>;

function wordEntry(t: Token): WordEntry {
  const hit = wordCache.get(t.text);
  if (hit) return hit;
  const cached = wordCache.size < CACHE_LIMIT;
  const parts = wordParts(t);
  const w: WordEntry = {
    parts,
    lends: cached ? mapArray(OFFSETS, (_, k) => featureGroup(names((sink) => lentParts(parts, k, sink)))) : (NO_GROUPS as FeatureGroup[]),
    context: cached ? [] : NO_GROUPS,
    norm: parts.norm,
    cap: UPPER_START.test(t.text),
    wordish: WORDISH.test(t.text),
    cached,
  };
  if (cached) wordCache.set(t.text, w);
  return w;
}

function wordParts(t: Token): WordParts {
  const text = foldPunctuation(t.text);
  const norm = foldPunctuation(t.norm);
  const shapeC = shapeOf(text, true);
  const title = titleHead(norm);
  // Folding rarely changes a word: then the written form's shape and title are the folded form's.
  return {
    text,
    norm,
    shape: shapeOf(text, false),
    shapeC,
    rawShapeC: text === t.text ? shapeC : shapeOf(t.text, true),
    lex: lexTags(t),
    title,
    lentTitle: Boolean(norm === t.norm ? title : titleHead(t.norm)),
  };
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

/** Character codes of an ASCII shape being built (a shape is at most 40 characters). */
const shapeCodes = new Uint16Array(40);

function computeShape(text: string, compress: boolean): string {
  // Long tokens (URLs, runs of characters) are cut: their shape beyond this says nothing more.
  const end = Math.min(text.length, text.length > 12 && !compress ? 12 : 40);
  // ASCII by code, into one buffer: testing each character against three Unicode classes and appending to a string
  // made this a tenth of all allocation once the caches were full. For ASCII, \p{Lu}, \p{Ll} and \p{N} are exactly
  // A-Z, a-z and 0-9; any other character sends the word to the general path.
  let n = 0;
  let last = -1;
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0x80) return unicodeShape(text, compress);
    const c = ch >= 0x41 && ch <= 0x5a ? 0x58 : ch >= 0x61 && ch <= 0x7a ? 0x78 : ch >= 0x30 && ch <= 0x39 ? 0x64 : ch;
    if (compress && c === last) continue;
    shapeCodes[n++] = c;
    last = c;
  }
  return String.fromCharCode.apply(null, shapeCodes.subarray(0, n) as unknown as number[]);
}

function unicodeShape(text: string, compress: boolean): string {
  let out = '';
  let last = '';
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
