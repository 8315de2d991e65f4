/**
 * What newsx knows about each candidate sentence, as a few numbers in about [0, 1]: where it stands, how central it
 * is, which salient entities it names, how much of it is quoted speech, how long it is. Each feature degrades to a
 * constant when its source is missing (no entities, no quotes), so the ranking falls back on the others.
 */
import type { Entity, Quote } from '../../model/types.js';
import type { ParsedDoc } from '../../nlp/doc.js';
import type { Candidate } from './filter.js';
import { contentWords, termCounts } from './words.js';
import { firstIndex } from '../search.js';
import { mapArray } from '../arrays.js';

export const FEATURES = ['lead', 'position', 'centrality', 'entities', 'quoted', 'length', 'tooLong'] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

/** How many of the most-mentioned entities count as the article's subject. */
const TOP_ENTITIES = 5;
/** Sentences of about this many words and more get the full length feature. */
const FULL_LENGTH = 25;
/** Beyond this many words a sentence is penalised as a run-on. */
const LONG = 35;

export interface CandidateInfo extends Candidate {
  features: Features;
  /** Distinct content words, for redundancy between picks. */
  terms: ReadonlySet<string>;
}

/** The features of each candidate, in candidate order. */
export function describeCandidates(doc: ParsedDoc, cands: readonly Candidate[], entities: readonly Entity[], quotes: readonly Quote[]): CandidateInfo[] {
  const texts = mapArray(cands, (c) => doc.text.slice(c.start, c.end));
  const bags = mapArray(texts, (t) => contentWords(t));
  // The centroid is the whole text, captions and headline included: they are rejected as key sentences but still
  // say what the story is about (a caption often restates the lede).
  const centroid = termCounts(contentWords(doc.text));
  let centroidSq = 0;
  for (const x of centroid.values()) centroidSq += x * x;
  const salient = salientEntities(entities);
  const m = cands.length;
  return mapArray(cands, (c, k) => {
    const own = termCounts(bags[k]);
    const n = (texts[k].match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const features: Features = {
      // The first candidate is the lede; 1/(k+1) keeps the rest decaying fast, relative position slowly.
      lead: 1 / (k + 1),
      position: m <= 1 ? 1 : 1 - k / (m - 1),
      centrality: centrality(own, centroid, centroidSq),
      entities: entityShare(c, salient),
      quoted: quotedShare(c, quotes),
      length: Math.min(1, n / FULL_LENGTH),
      tooLong: Math.max(0, (n - LONG) / LONG),
    };
    return { ...c, features, terms: new Set(bags[k]) };
  });
}

interface Salient {
  mentions: readonly { start: number; end: number }[];
  weight: number;
}

/** The top entities by mention count, each weighted by its share of their mentions. */
function salientEntities(entities: readonly Entity[]): Salient[] {
  const top = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.firstMention - b.firstMention).slice(0, TOP_ENTITIES);
  const total = top.reduce((sum, e) => sum + e.mentions.length, 0);
  if (total === 0) return [];
  return mapArray(top, (e) => ({ mentions: e.mentions, weight: e.mentions.length / total }));
}

/** Share of the salient entities' weight that the sentence names (0 without entities). */
function entityShare(c: Candidate, salient: readonly Salient[]): number {
  let share = 0;
  for (const e of salient) {
    // Mentions are sorted by start: the first one starting in the sentence decides (a binary search keeps this linear).
    const m = e.mentions[firstIndex(e.mentions, (x) => x.start >= c.start)];
    if (m && m.end <= c.end) share += e.weight;
  }
  return share;
}

/** Share of the sentence's characters inside quotation (0 without quotes). */
function quotedShare(c: Candidate, quotes: readonly Quote[]): number {
  let inside = 0;
  // Quotes are sorted and do not overlap, so their ends are sorted too: start at the first that ends after c.start.
  for (let k = firstIndex(quotes, (q) => q.end > c.start); k < quotes.length && quotes[k].start < c.end; k++) {
    const q = quotes[k];
    inside += Math.max(0, Math.min(q.end, c.end) - Math.max(q.start, c.start));
  }
  return Math.min(1, inside / Math.max(1, c.end - c.start));
}

/**
 * Cosine of the sentence with the centroid minus the sentence's own words, so a long sentence does not look central
 * by matching itself. Computed from the centroid's squared norm without copying it (articles can be long).
 */
function centrality(own: ReadonlyMap<string, number>, centroid: ReadonlyMap<string, number>, centroidSq: number): number {
  let dot = 0;
  let ownSq = 0;
  let restSq = centroidSq;
  for (const [w, x] of own) {
    const c = centroid.get(w) ?? 0;
    const left = Math.max(0, c - x);
    dot += x * left;
    ownSq += x * x;
    restSq += left * left - c * c;
  }
  return dot <= 0 || ownSq === 0 || restSq <= 0 ? 0 : dot / Math.sqrt(ownSq * restSq);
}
