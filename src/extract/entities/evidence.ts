/**
 * Document evidence for the tagger: how the same word is written and used elsewhere in the article. A word seen
 * capitalised inside a sentence, after a given name, or inside "... Inc" lends that to its mentions in a headline
 * or at a sentence start, where its own case says nothing.
 */
import { mapArray } from '../arrays.js';
import type { ParsedDoc } from '../../nlp/doc.js';
import type { WordEntry } from './features.js';
import { type FeatureGroup, featureGroup } from './groups.js';
import { titleHead } from './titles.js';

const PERSON_FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * How each word (by lower-case form) is written across the document: `mid` capitalised inside a sentence,
 * `low` in lower case, `afn` after a capitalised first name, `att` after a title, `org` in a name ending in a
 * company or body word ("Inc", "Bank"). Per word, one feature list for
 * each place the word can stand in: headline, sentence start, inside a sentence.
 */
export function documentEvidence(
  doc: ParsedDoc,
  words: readonly WordEntry[],
  headline: boolean[],
  para: number[],
  sentInit: boolean[],
): Map<string, readonly FeatureGroup[]> {
  const seen = new Map<string, number>();
  const add = (norm: string, kind: number) => seen.set(norm, (seen.get(norm) ?? 0) | kind);
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (headline[para[i]] || !words[i].wordish) continue;
    const cap = words[i].cap;
    if (!cap && t.text === t.norm) add(t.norm, LOW);
    else if (cap && !sentInit[i]) add(t.norm, MID);
    if (cap && i > 0 && para[i - 1] === para[i]) {
      const p = toks[i - 1];
      if (p.lex.length && words[i - 1].cap && p.lex.some((x) => PERSON_FIRST.has(x))) add(t.norm, AFTER_FIRST_NAME);
      if (titleHead(p.norm)) add(t.norm, AFTER_TITLE);
    }
  }
  // Words of a capitalised run that ends in a company or body word ("Magna International Inc").
  for (let i = 0; i < toks.length; i++) {
    if (!ORG_ENDINGS.has(toks[i].norm) || !words[i].cap) continue;
    for (let j = i - 1; j >= 0 && para[j] === para[i] && words[j].cap && i - j <= 4; j--) add(toks[j].norm, IN_ORG_NAME);
  }
  const out = new Map<string, readonly FeatureGroup[]>();
  for (const [k, mask] of seen) out.set(k, evidenceGroups(mask));
  return out;
}

/** Last words of organisation names, as document evidence for the words before them. */
const ORG_ENDINGS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'co', 'co.', 'plc', 'ag', 'sa', 'nv', 'bv', 'spa',
  'gmbh', 'llc', 'group', 'holdings', 'bank', 'airlines', 'company', 'party', 'university', 'institute',
]);
const LOW = 1;
const MID = 2;
const AFTER_FIRST_NAME = 4;
const AFTER_TITLE = 8;
const IN_ORG_NAME = 16;
const KIND_NAMES: ReadonlyArray<[number, string]> = [
  [AFTER_FIRST_NAME, 'afn'],
  [AFTER_TITLE, 'att'],
  [IN_ORG_NAME, 'org'],
  [LOW, 'low'],
  [MID, 'mid'],
];
const evidenceCache: Array<readonly FeatureGroup[] | undefined> = [];

/** The evidence features of one combination of kinds, for a headline, sentence-start and inner position. */
function evidenceGroups(mask: number): readonly FeatureGroup[] {
  let g = evidenceCache[mask];
  if (!g) {
    const kinds = KIND_NAMES.filter(([bit]) => mask & bit).map(([, name]) => name);
    g = mapArray(['hl', 'si', 'mid'], (ctx) => featureGroup(kinds.flatMap((e) => [`d:${e}`, `d:${e}&${ctx}`])));
    evidenceCache[mask] = g;
  }
  return g;
}

