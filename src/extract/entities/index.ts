/**
 * Entities: PLACEHOLDER until the learned tagger lands. Runs of capitalised words, typed by compromise's lexicon.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { Entity, EntityType } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

export function extractEntities(doc: ParsedDoc, _ctx: ExtractContext): Entity[] {
  const byName = new Map<string, Entity>();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!/^\p{Lu}/u.test(toks[i].text)) continue;
    let j = i + 1;
    while (j < toks.length && toks[j].sentence === toks[i].sentence && /^\p{Lu}/u.test(toks[j].text)) j++;
    const start = toks[i].start;
    const end = toks[j - 1].end;
    const text = doc.text.slice(start, end);
    const lex = toks[i].lex;
    const type: EntityType | null = lex.some((t) => /Name|Person/.test(t))
      ? 'person'
      : lex.some((t) => /City|Country|Place|Region/.test(t))
        ? 'place'
        : lex.includes('Organization')
          ? 'organization'
          : null;
    i = j - 1;
    if (!type) continue;
    let e = byName.get(text);
    if (!e) {
      e = { id: '', type, name: text, aliases: [], title: null, count: 0, firstMention: start, mentions: [] };
      byName.set(text, e);
    }
    e.mentions.push({ start, end, text });
    e.count++;
  }
  const list = [...byName.values()].sort((a, b) => a.firstMention - b.firstMention);
  list.forEach((e, k) => {
    e.id = `e${k + 1}`;
  });
  return list;
}
