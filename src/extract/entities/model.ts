/**
 * The learned tagger at inference: a structured averaged perceptron (written by scripts/train/entities.ts) read
 * from models/entities.model.gz, scored over the features of features.ts and decoded with Viterbi under BILOU
 * constraints, one paragraph at a time.
 *
 * File format (gzip): a line `newsx-entities-model 2`, a line of JSON (`ModelHeader`), then sections of the byte
 * lengths the header gives: the gazetteer (`name<TAB>classes` lines), the feature names (lines), per feature the
 * number of its stored weights (uint8), their tags (uint8), and the weights (int16 little-endian, divided by
 * `scale`). Only weights that survived pruning are stored. Binary weights keep the file small and loading fast.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { ParsedDoc } from '../../nlp/doc.js';
import { PAIR_PREFIXES, PART_PREFIXES, type PairPrefix, paragraphOfTokens, visitFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { groupCount } from './groups.js';
import { TAGS, type TokenSpan, decodeSpans } from './labels.js';
import { viterbiScores } from './viterbi.js';

export const MODEL_MAGIC = 'newsx-entities-model 2';

export interface ModelHeader {
  tags: string[];
  /** Number of features and of stored weights. */
  features: number;
  pairs: number;
  /** Stored weight = round(weight * scale). */
  scale: number;
  /** `(T + 1) x T` transition weights; row T is the start of a sequence. */
  transitions: number[];
  /** Byte lengths of the text sections. */
  gazetteerBytes: number;
  namesBytes: number;
  /** Free-form provenance written by the trainer (corpus, epochs, seed). */
  trainedOn?: string;
}

/** A loaded tagger model. */
export interface TaggerModel {
  header: ModelHeader;
  featureIndex: Map<string, number>;
  /** Feature `f`'s weights are `tags[offsets[f]..offsets[f+1])` / `weights[…]`. */
  offsets: Int32Array;
  tags: Uint8Array;
  weights: Float32Array;
  transitions: Float32Array;
  gazetteer: Gazetteer;
  /** Word-pair features by prefix, then first word, then second word -> feature id. */
  pairs: Map<PairPrefix, Map<string, Map<string, number>>>;
}

/** Read a model from its decompressed bytes. */
export function parseModel(buf: Buffer): TaggerModel {
  const nl1 = buf.indexOf(10);
  const nl2 = buf.indexOf(10, nl1 + 1);
  if (buf.toString('utf8', 0, nl1) !== MODEL_MAGIC) throw new Error('entities model: unknown format');
  const header = JSON.parse(buf.toString('utf8', nl1 + 1, nl2)) as ModelHeader;
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error('entities model: tag set differs from the code');
  let at = nl2 + 1;
  const gazetteer = new Map<string, string>();
  if (header.gazetteerBytes > 0) {
    for (const line of buf.toString('utf8', at, at + header.gazetteerBytes).split('\n')) {
      const tab = line.indexOf('\t');
      gazetteer.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  at += header.gazetteerBytes;
  const names = buf.toString('utf8', at, at + header.namesBytes).split('\n');
  at += header.namesBytes;
  const featureIndex = new Map<string, number>();
  const pairs = new Map<PairPrefix, Map<string, Map<string, number>>>(PAIR_PREFIXES.map((p) => [p, new Map()]));
  for (let f = 0; f < names.length; f++) {
    const name = names[f];
    const pair = name.startsWith('bg') ? pairs.get(name.slice(0, 4) as PairPrefix) : undefined;
    const bar = pair ? name.indexOf('|', 4) : -1;
    if (!pair || bar < 0) {
      featureIndex.set(name, f);
      continue;
    }
    const a = name.slice(4, bar);
    let inner = pair.get(a);
    if (!inner) pair.set(a, (inner = new Map()));
    inner.set(name.slice(bar + 1), f);
  }
  const offsets = new Int32Array(header.features + 1);
  for (let f = 0; f < header.features; f++) offsets[f + 1] = offsets[f] + buf[at + f];
  at += header.features;
  const tags = Uint8Array.from(buf.subarray(at, at + header.pairs));
  at += header.pairs;
  const raw = new Int16Array(Uint8Array.from(buf.subarray(at, at + 2 * header.pairs)).buffer);
  const weights = new Float32Array(header.pairs);
  for (let k = 0; k < header.pairs; k++) weights[k] = raw[k] / header.scale;
  return { header, featureIndex, offsets, tags, weights, transitions: Float32Array.from(header.transitions), gazetteer, pairs };
}

let shipped: TaggerModel | null = null;

/** The model shipped in models/ (the same relative place from src/ and from dist/), loaded once. */
export function shippedModel(): TaggerModel {
  if (!shipped) shipped = parseModel(gunzipSync(readFileSync(new URL('../../../models/entities.model.gz', import.meta.url))));
  return shipped;
}

/** Tag a document: token spans with their coarse class. */
export function tagDocument(doc: ParsedDoc, model: TaggerModel): TokenSpan[] {
  const em = emissions(doc, model);
  const para = paragraphOfTokens(doc);
  const T = TAGS.length;
  const spans: TokenSpan[] = [];
  let from = 0;
  for (let i = 1; i <= doc.tokens.length; i++) {
    if (i < doc.tokens.length && para[i] === para[from]) continue;
    const tags = viterbiScores(em.subarray(from * T, i * T), i - from, model.transitions);
    for (const s of decodeSpans(tags, from)) spans.push(...splitAtSentences(doc, s));
    from = i;
  }
  return spans;
}

/** A name never runs across a sentence boundary ("... Wang Yi. Wang said"): cut a span where a sentence ends. */
function splitAtSentences(doc: ParsedDoc, s: TokenSpan): TokenSpan[] {
  const out: TokenSpan[] = [];
  let from = s.start;
  for (let k = s.start + 1; k < s.end; k++) {
    if (doc.tokens[k].sentence === doc.tokens[from].sentence) continue;
    out.push({ start: from, end: k, cls: s.cls });
    from = k;
  }
  out.push({ start: from, end: s.end, cls: s.cls });
  return out;
}

/** Summed weights of feature groups by group id, per model (NaN in the first slot = not yet summed). */
const groupSums = new WeakMap<TaggerModel, { sums: Float32Array }>();

function sumsFor(model: TaggerModel): { sums: Float32Array } {
  let c = groupSums.get(model);
  if (!c) groupSums.set(model, (c = { sums: new Float32Array(0) }));
  const need = groupCount() * TAGS.length;
  if (c.sums.length < need) {
    const grown = new Float32Array(Math.max(need, c.sums.length * 2)).fill(Number.NaN);
    grown.set(c.sums);
    c.sums = grown;
  }
  return c;
}

function addWeights(group: readonly string[], model: TaggerModel, out: Float32Array, base: number): void {
  for (const name of group) {
    const f = model.featureIndex.get(name);
    if (f !== undefined) addFeature(f, model, out, base);
  }
}

function addFeature(f: number, model: TaggerModel, out: Float32Array, base: number): void {
  const { offsets, tags, weights } = model;
  for (let k = offsets[f]; k < offsets[f + 1]; k++) out[base + tags[k]] += weights[k];
}

/** Emission scores of each token of `doc` for each tag. */
export function emissions(doc: ParsedDoc, model: TaggerModel): Float32Array {
  const T = TAGS.length;
  const out = new Float32Array(doc.tokens.length * T);
  const cache = sumsFor(model);
  const scratch = new Float32Array(T);
  // Indexed on the first one-off word: a single article rarely fills the word cache, so start-up does not pay for it.
  let parts: Map<string, Map<string, number>> | null = null;
  let oneOff = 0;
  visitFeatures(doc, model.gazetteer, {
    group: (i, g) => {
      const base = i * T;
      if (g.id * T >= cache.sums.length) sumsFor(model);
      const sums = cache.sums;
      const at = g.id * T;
      if (Number.isNaN(sums[at])) {
        sums.fill(0, at, at + T);
        addWeights(g.names, model, sums, at);
      }
      for (let t = 0; t < T; t++) out[base + t] += sums[at + t];
    },
    pair: (i, prefix, a, b) => {
      const f = model.pairs.get(prefix)!.get(a)?.get(b);
      if (f !== undefined) addFeature(f, model, out, i * T);
    },
    // A one-off word's parts are summed apart and then added, in the order of a cached group's names, exactly as a
    // cached group's sum is, so the float32 rounding (and so the tags) cannot depend on whether the word cache had
    // room for the word when the article came (test/extract/entities-cache.test.ts).
    begin: (i) => {
      parts ??= partIndex(model);
      oneOff = i * T;
      scratch.fill(0);
    },
    part: (prefix, value) => {
      const f = parts!.get(prefix)?.get(value);
      if (f !== undefined) addFeature(f, model, scratch, 0);
    },
    end: () => {
      for (let t = 0; t < T; t++) out[oneOff + t] += scratch[t];
    },
  });
  return out;
}

/** Feature ids by part prefix and value, per model: `index.get(prefix).get(value)` is the id of `prefix + value`. */
const partIndexes = new WeakMap<TaggerModel, Map<string, Map<string, number>>>();

/**
 * Index the model's names by the prefixes words emit their parts with (features.ts PART_PREFIXES). Every prefix
 * ends in "=" or "&" or is a whole name taking the value "", so a name is filed under each of its leading pieces
 * ending in one of those characters, and under itself.
 */
export function partIndex(model: TaggerModel): Map<string, Map<string, number>> {
  let index = partIndexes.get(model);
  if (index) return index;
  index = new Map(PART_PREFIXES.map((p) => [p, new Map<string, number>()]));
  for (const [name, f] of model.featureIndex) {
    index.get(name)?.set('', f);
    for (let j = 0; j < name.length; j++) {
      const c = name.charCodeAt(j);
      if (c === 0x3d || c === 0x26) index.get(name.slice(0, j + 1))?.set(name.slice(j + 1), f);
    }
  }
  partIndexes.set(model, index);
  return index;
}
