/**
 * The learned tagger at inference: a structured averaged perceptron (written by scripts/train/entities.ts) read
 * from models/entities.model.gz, scored over the features of features.ts and decoded with Viterbi under BILOU
 * constraints, one paragraph at a time.
 *
 * File format (gzip of UTF-8 lines): `newsx-entities-model 1`, a JSON header, one line of transition weights,
 * then `gazetteer` entries (`name<TAB>classes`) and `feature` rows (`feature<TAB>tag:weight,…`). Weights are
 * integers (quantised by the trainer); only the ones that survived pruning are stored.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { ParsedDoc } from '../../nlp/doc.js';
import { docFeatures, paragraphOfTokens } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { TAGS, type TokenSpan, allowed, allowedLast, decodeSpans } from './labels.js';

export const MODEL_MAGIC = 'newsx-entities-model 1';

export interface ModelHeader {
  tags: string[];
  features: number;
  gazetteer: number;
  /** Free-form provenance written by the trainer (corpus, epochs, seed). */
  trainedOn?: string;
}

/** A loaded tagger model. */
export interface TaggerModel {
  header: ModelHeader;
  featureIndex: Map<string, number>;
  /** Row `f` of the weights is `tags[offsets[f]..offsets[f+1])` / `weights[…]`. */
  offsets: Int32Array;
  tags: Uint8Array;
  weights: Float32Array;
  /** `(T + 1) x T`: row T is the start of a sequence. */
  transitions: Float32Array;
  gazetteer: Gazetteer;
}

/** Parse the serialised model (already decompressed). */
export function parseModel(text: string): TaggerModel {
  const lines = text.split('\n');
  if (lines[0] !== MODEL_MAGIC) throw new Error('entities model: unknown format');
  const header = JSON.parse(lines[1]) as ModelHeader;
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error('entities model: tag set differs from the code');
  const transitions = Float32Array.from(lines[2].split(' ').map(Number));
  const gazetteer = new Map<string, string>();
  let at = 3;
  for (let k = 0; k < header.gazetteer; k++, at++) {
    const line = lines[at];
    const tab = line.indexOf('\t');
    gazetteer.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const featureIndex = new Map<string, number>();
  const offsets = new Int32Array(header.features + 1);
  const tagList: number[] = [];
  const weightList: number[] = [];
  for (let f = 0; f < header.features; f++, at++) {
    const line = lines[at];
    const tab = line.indexOf('\t');
    featureIndex.set(line.slice(0, tab), f);
    offsets[f] = tagList.length;
    for (const pair of line.slice(tab + 1).split(',')) {
      const colon = pair.indexOf(':');
      tagList.push(Number(pair.slice(0, colon)));
      weightList.push(Number(pair.slice(colon + 1)));
    }
  }
  offsets[header.features] = tagList.length;
  return {
    header,
    featureIndex,
    offsets,
    tags: Uint8Array.from(tagList),
    weights: Float32Array.from(weightList),
    transitions,
    gazetteer,
  };
}

let shipped: TaggerModel | null = null;

/** The model shipped in models/ (the same relative place from src/ and from dist/), loaded once. */
export function shippedModel(): TaggerModel {
  if (!shipped) {
    const file = new URL('../../../models/entities.model.gz', import.meta.url);
    shipped = parseModel(gunzipSync(readFileSync(file)).toString('utf8'));
  }
  return shipped;
}

/** Tag a document: token spans with their coarse class. */
export function tagDocument(doc: ParsedDoc, model: TaggerModel): TokenSpan[] {
  const feats = docFeatures(doc, model.gazetteer);
  const para = paragraphOfTokens(doc);
  const spans: TokenSpan[] = [];
  let from = 0;
  for (let i = 1; i <= doc.tokens.length; i++) {
    if (i < doc.tokens.length && para[i] === para[from]) continue;
    const tags = viterbi(feats.slice(from, i), model);
    spans.push(...decodeSpans(tags, from));
    from = i;
  }
  return spans;
}

/** Emission scores of each token for each tag. */
export function emissions(feats: readonly string[][], model: TaggerModel): Float32Array {
  const T = TAGS.length;
  const out = new Float32Array(feats.length * T);
  feats.forEach((fs, i) => {
    for (const name of fs) {
      const f = model.featureIndex.get(name);
      if (f === undefined) continue;
      for (let k = model.offsets[f]; k < model.offsets[f + 1]; k++) out[i * T + model.tags[k]] += model.weights[k];
    }
  });
  return out;
}

/** Best BILOU-valid tag sequence for one paragraph. */
export function viterbi(feats: readonly string[][], model: TaggerModel): number[] {
  return viterbiScores(emissions(feats, model), feats.length, model.transitions);
}

/** Viterbi over precomputed emission scores and a `(T + 1) x T` transition table. */
export function viterbiScores(em: ArrayLike<number>, n: number, trans: ArrayLike<number>): number[] {
  const T = TAGS.length;
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int16Array(n * T);
  for (let b = 0; b < T; b++) score[b] = allowed(-1, b) ? trans[T * T + b] + em[b] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < T; b++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let a = 0; a < T; a++) {
        if (!ALLOWED[a * T + b]) continue;
        const s = score[(i - 1) * T + a] + trans[a * T + b];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * T + b] = best + em[i * T + b];
      back[i * T + b] = arg;
    }
  }
  let last = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let b = 0; b < T; b++) {
    const s = score[(n - 1) * T + b];
    if (allowedLast(b) && s > best) {
      best = s;
      last = b;
    }
  }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * T + last];
  }
  return out;
}

const ALLOWED: boolean[] = [];
for (let a = 0; a < TAGS.length; a++) for (let b = 0; b < TAGS.length; b++) ALLOWED.push(allowed(a, b));
