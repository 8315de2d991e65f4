/**
 * Organisations named by a lower-case descriptor after a place's possessive: "Russia's foreign ministry",
 * "Japan's central bank". The span is the descriptor ("foreign ministry"), typed organization; a later "the
 * ministry" in the same article is a mention of it when exactly one such descriptor has that head word.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import { type Mention, makeMention } from './mentions.js';

interface DescriptorRule {
  id: string;
  /** Head noun(s), lower case, space-joined when several words. */
  heads: readonly string[];
}

export const DESCRIPTOR_RULES: readonly DescriptorRule[] = [
  { id: 'ministry', heads: ['ministry', 'foreign office', 'state department', 'embassy', 'consulate'] },
  { id: 'legislature', heads: ['parliament', 'senate', 'congress', 'cabinet'] },
  { id: 'central-bank', heads: ['central bank'] },
  { id: 'forces', heads: ['army', 'navy', 'air force', 'military', 'police'] },
];

/** Lower-case words that may stand before the head ("foreign", "defence"). */
const MODIFIERS = new Set([
  'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'economy', 'health', 'education', 'justice',
  'energy', 'agriculture', 'labour', 'labor', 'culture', 'industry', 'transport', 'environment', 'emergencies',
  'emergency', 'economic', 'home', 'upper', 'lower', 'federal', 'national',
]);

const HEADS: Array<{ words: string[]; rule: string }> = DESCRIPTOR_RULES.flatMap((r) =>
  r.heads.map((h) => ({ words: h.split(' '), rule: r.id })),
);

/** Find descriptor organisations after a possessive of a place or group mention; plus their "the HEAD" anaphors. */
export function findDescriptors(doc: ParsedDoc, named: readonly Mention[]): Mention[] {
  const toks = doc.tokens;
  const byEnd = new Map<number, Mention>();
  for (const m of named) if (m.type === 'place') byEnd.set(m.end, m);
  const out: Mention[] = [];
  const headsSeen = new Map<string, number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!byEnd.has(toks[i].end) || !/^['\u2019]s?$/.test(toks[i + 1].text)) continue;
    let j = i + 2;
    while (j < toks.length && MODIFIERS.has(toks[j].text)) j++;
    const head = HEADS.find((h) => h.words.every((w, k) => toks[j + k]?.text === w));
    if (!head) continue;
    const last = toks[j + head.words.length - 1];
    const start = toks[i + 2].start;
    out.push(makeMention(start, last.end, doc.text.slice(start, last.end), 'organization', null, `descriptor-${head.rule}`));
    const key = head.words.join(' ');
    headsSeen.set(key, (headsSeen.get(key) ?? 0) + 1);
  }
  // "the ministry" refers back when one descriptor in the article has that head.
  for (const [key, n] of headsSeen) {
    if (n !== 1) continue;
    const words = key.split(' ');
    const first = out.find((m) => m.text.endsWith(key))!;
    for (let i = 0; i + words.length < toks.length; i++) {
      if (toks[i].norm !== 'the' || toks[i].start < first.end) continue;
      if (!words.every((w, k) => toks[i + 1 + k].text === w)) continue;
      const next = toks[i + 1 + words.length];
      if (next && /^\p{Lu}/u.test(next.text)) continue; // "the ministry Spokesman ..." is not it
      const start = toks[i + 1].start;
      const end = toks[i + words.length].end;
      out.push(makeMention(start, end, doc.text.slice(start, end), 'organization', null, 'descriptor-anaphor'));
    }
  }
  return out;
}
