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
import {
  clearShapeCache,
  type FeatureSink,
  foldPunctuation,
  HEADLINE,
  NameSink,
  OFFSETS,
  PARAGRAPH_INITIAL,
  SENTENCE_INITIAL,
  writeLent,
  writeOwn,
  writePosition,
} from './word-features.js';
import { mapArray } from '../arrays.js';

const WORDISH = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Receives a token's features: `group` gets recurring lists of feature names (groups.ts); `fresh` gets the features
 * of a word the cache has no room for, as a writer (word-features.ts) to run into a sink of the visitor's choice;
 * `pair` gets word-pair features (`name` is `prefix + a + "|" + b`), passed unjoined so inference can look them up
 * without building strings. Each `group` or `fresh` call is one unit: inference sums it apart, then adds it.
 */
export interface FeatureVisitor {
  group(token: number, group: FeatureGroup): void;
  fresh(token: number, write: FreshWriter, t: Token, arg: number): void;
  pair(token: number, prefix: PairPrefix, a: string, b: string): void;
}

/** Writes one unit of features of `t` into `sink`; `arg` is what the writer needs besides (a code, an offset). */
export type FreshWriter = (t: Token, arg: number, sink: FeatureSink) => void;

/** The word-pair features: previous word with this one, this one with the next. */
export const PAIR_PREFIXES = ['bg-=', 'bg+='] as const;
export type PairPrefix = (typeof PAIR_PREFIXES)[number];

/**
 * Visit the features of every token of `doc`, in token order. For a word in the word cache, its own and position
 * features and what it lends each neighbour are groups shared between tokens (so inference can cache their summed
 * weights), as are the document evidence and the marks; a word the cache has no room for comes as fresh writers
 * instead, and word pairs come apart.
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
    const code =
      (sentInit[i] ? SENTENCE_INITIAL : 0) | (hl ? HEADLINE : 0) | (i === 0 || para[i - 1] !== para[i] ? PARAGRAPH_INITIAL : 0);
    if (w.groups) visit.group(i, w.groups.context[code] ?? contextGroup(w.groups, t, code, w.cap));
    else visit.fresh(i, writeContext, t, code | (w.cap ? CAP : 0));
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k];
      if (j < 0 || j >= toks.length || para[j] !== para[i]) visit.group(i, EDGE[k]);
      else {
        const lends = words[j].groups?.lends;
        if (lends) visit.group(i, lends[k]);
        else visit.fresh(i, writeLent, toks[j], k);
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

/** Bit of a fresh context writer's `arg` above the position code: the word is capitalised. */
const CAP = 8;

/** A word's own features and its position features, in the order a context group lists them. */
function writeContext(t: Token, arg: number, sink: FeatureSink): void {
  writeOwn(t, sink);
  writePosition(t, arg & ~CAP, (arg & CAP) !== 0, sink);
}

/** Features of every token of `doc` as flat lists (for training). */
export function docFeatures(doc: ParsedDoc, gazetteer: Gazetteer | null): string[][] {
  const out: string[][] = mapArray(doc.tokens, () => []);
  const sink = new NameSink();
  visitFeatures(doc, gazetteer, {
    group: (i, g) => {
      for (const f of g.names) out[i].push(f);
    },
    fresh: (i, write, t, arg) => {
      sink.names = out[i];
      write(t, arg, sink);
    },
    pair: (i, prefix, a, b) => {
      out[i].push(`${prefix}${a}|${b}`);
    },
  });
  return out;
}

const EDGE: readonly FeatureGroup[] = OFFSETS.map((o) => featureGroup([`${o}:<>`]));

/** A group of the names `fill` writes (a cached word's groups, built once per form). */
function groupOf(fill: (sink: NameSink) => void): FeatureGroup {
  const sink = new NameSink();
  fill(sink);
  return featureGroup(sink.names);
}

/**
 * The word's own features with its position features as one group, kept on its entry: one group per token instead
 * of two makes inference cheaper.
 */
function contextGroup(groups: WordGroups, t: Token, code: number, cap: boolean): FeatureGroup {
  const f = groupOf((sink) => {
    sink.names.push(...groups.own.names);
    writePosition(t, code, cap, sink);
  });
  groups.context[code] = f;
  return f;
}

/** The feature groups of a cached word form. */
interface WordGroups {
  /** Its own features: form, shape, affixes, lexicon tags. */
  own: FeatureGroup;
  /** What it lends a neighbour at each of OFFSETS. */
  lends: readonly FeatureGroup[];
  /** Own and position features by position code, filled on demand. */
  context: Array<FeatureGroup | undefined>;
}

/** What the features need to know of one word form, computed once per form while the cache has room. */
export interface WordEntry {
  /** Its feature groups; null once the cache is full, when its features are written afresh at each occurrence. */
  groups: WordGroups | null;
  /** The lower-case form with punctuation folded, for word-pair features. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Has a letter or digit (is no punctuation). */
  wordish: boolean;
}

/**
 * Bound on the per-word cache, so a long batch cannot grow memory without end. An entry with its feature groups
 * costs about 2 KB. On 416 distinct news articles 8,000 and 20,000 forms ran within the noise of each other; over
 * 2,496 articles 8,000 kept peak RSS 38 MiB lower (168 against 206 MiB; README, Speed).
 */
const CACHE_LIMIT = 8_000;
const wordCache = new Map<string, WordEntry>();

/** Empty the per-word caches (a long-lived embedding freeing memory; tests comparing the cached and uncached paths). */
export function clearWordCache(): void {
  wordCache.clear();
  clearShapeCache();
}

function wordEntry(t: Token): WordEntry {
  const hit = wordCache.get(t.text);
  if (hit) return hit;
  const cached = wordCache.size < CACHE_LIMIT;
  const w: WordEntry = {
    groups: cached
      ? {
          own: groupOf((sink) => writeOwn(t, sink)),
          lends: mapArray(OFFSETS, (_, k) => groupOf((sink) => writeLent(t, k, sink))),
          context: [],
        }
      : null,
    norm: foldPunctuation(t.norm),
    cap: UPPER_START.test(t.text),
    wordish: WORDISH.test(t.text),
  };
  if (cached) wordCache.set(t.text, w);
  return w;
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
