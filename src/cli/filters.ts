/** The view filters (`--type`, `--min-count`, `--speaker`, `--sort speaker`), applied to the model before any format. */
import type { Analysis } from '../model/types.js';
import type { Settings } from './settings.js';

export type Filters = Pick<Settings, 'types' | 'minCount' | 'speaker' | 'sortBySpeaker'>;

export function applyFilters(a: Analysis, s: Filters): Analysis {
  let entities = a.entities;
  if (s.types) entities = entities.filter((e) => s.types?.has(e.type));
  if (s.minCount > 1) entities = entities.filter((e) => e.count >= s.minCount);
  let quotes = a.quotes;
  if (s.speaker) {
    const want = s.speaker.toLowerCase();
    quotes = quotes.filter((q) => q.speaker !== null && (q.speaker.name.toLowerCase().includes(want) || q.speaker.mention.text.toLowerCase().includes(want)));
  }
  if (s.sortBySpeaker) {
    const key = (q: (typeof quotes)[number]) => (q.speaker ? q.speaker.name.toLowerCase() : '\uffff');
    quotes = [...quotes].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.start - y.start));
  }
  return entities === a.entities && quotes === a.quotes ? a : { ...a, entities, quotes };
}
