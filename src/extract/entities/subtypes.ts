/**
 * The tagger's MISC class refined into newsx's types: group (nationalities, peoples, parties, faiths), event,
 * work, product, or other. Simple evidence, as data with ids; the first rule that matches wins.
 */
import type { Token } from '../../nlp/doc.js';
import type { EntityType } from '../../model/types.js';

interface SubtypeRule {
  id: string;
  type: EntityType;
  test: (words: readonly Token[]) => boolean;
}

const EVENT_WORDS = new Set([
  'cup', 'championship', 'championships', 'open', 'games', 'olympics', 'olympic', 'war', 'prix', 'tour', 'festival',
  'summit', 'election', 'elections', 'conference', 'series', 'trophy', 'classic', 'masters', 'rally', 'marathon',
  'grand', 'derby', 'world', 'bowl', 'revolution', 'crisis', 'forum', 'expo', 'week', 'day', 'jubilee', 'paralympics',
]);
const WORK_WORDS = new Set(['bible', 'koran', 'quran', 'torah', 'talmud', 'gospel', 'symphony', 'album', 'novel', 'film']);
const GROUP_SUFFIX = /(?:ans?|ese|ish|ian|ians|ic|ics|i|is|ists?|ites?|ch|cs|ns)$/;
const GROUP_WORDS = new Set([
  'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'jewish', 'jews', 'jew', 'sunni', 'shia',
  "shi'ite", 'shiite', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'protestant', 'protestants',
  'democrat', 'democrats', 'republican', 'republicans', 'communist', 'communists', 'socialist', 'socialists',
  'conservative', 'conservatives', 'tory', 'tories', 'kurds', 'kurdish', 'arab', 'arabs', 'serb', 'serbs', 'croat',
  'croats', 'tamil', 'tamils', 'hutu', 'hutus', 'tutsi', 'tutsis', 'palestinians', 'islamist', 'islamists',
]);

const RULES: readonly SubtypeRule[] = [
  { id: 'group-demonym', type: 'group', test: (w) => w.length <= 2 && w.some((t) => t.lex.includes('Demonym')) },
  { id: 'group-word', type: 'group', test: (w) => w.length <= 2 && w.some((t) => GROUP_WORDS.has(t.norm)) },
  { id: 'event-word', type: 'event', test: (w) => w.length >= 2 && w.some((t) => EVENT_WORDS.has(t.norm)) },
  { id: 'event-year', type: 'event', test: (w) => w.length >= 2 && /^(?:19|20)\d\d$/.test(w[w.length - 1].text) },
  { id: 'work-word', type: 'work', test: (w) => w.some((t) => WORK_WORDS.has(t.norm)) },
  { id: 'product-model', type: 'product', test: (w) => w.some((t) => /\p{L}/u.test(t.text) && /\d/.test(t.text)) || /^\d+$/.test(w[w.length - 1].text) },
  { id: 'group-suffix', type: 'group', test: (w) => w.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(w[0].text) && GROUP_SUFFIX.test(w[0].norm) },
];

/** The newsx type of a MISC span of these words, and the id of the rule that decided it. */
export function miscSubtype(words: readonly Token[]): { type: EntityType; rule: string } {
  for (const r of RULES) if (r.test(words)) return { type: r.type, rule: r.id };
  return { type: 'other', rule: 'other-default' };
}
