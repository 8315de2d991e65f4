/**
 * The user's lexicon (`--lexicon`): every surface form in it is found in the text and typed as given, overriding
 * the model. Matching is exact, at word boundaries; an ALL-CAPS occurrence (a headline) matches too.
 */
import type { EntityType } from '../../model/types.js';
import { type Mention, makeMention } from './mentions.js';

/** Occurrences of the lexicon's names in `text`, longest first where they overlap. */
export function findLexiconNames(text: string, lexicon: ReadonlyMap<string, EntityType>): Mention[] {
  const found: Mention[] = [];
  for (const [surface, type] of lexicon) {
    const name = surface.trim();
    if (!name) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const s = m[0];
      if (s !== name && s !== name.toUpperCase()) continue;
      found.push(makeMention(m.index, m.index + s.length, s, type, null, 'lexicon'));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
