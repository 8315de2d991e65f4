/**
 * Titles and honorifics that stand before a person's name ("Foreign Minister", "President", "Mr"). They are not
 * part of the name: the refinement layer strips them into the entity's `title`, and the tagger uses them as
 * evidence. Data with ids so a stripped title can be traced to the rule that matched it.
 */

export interface TitleRule {
  id: string;
  /** Lower-case words of the title head ("minister", "president"). */
  words: readonly string[];
}

/** Single words that head a title; a title may be a run of these and modifiers ("Foreign Minister"). */
export const TITLE_RULES: readonly TitleRule[] = [
  { id: 'honorific', words: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'mister'] },
  { id: 'head-of-state', words: ['president', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'sheikh', 'emir', 'pope', 'governor', 'mayor'] },
  { id: 'minister', words: ['minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'deputy', 'lawmaker', 'mp'] },
  { id: 'military', words: ['general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'sergeant', 'sgt', 'commander', 'marshal', 'brigadier'] },
  { id: 'religious', words: ['cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'ayatollah', 'reverend', 'rev', 'father', 'sister', 'brother'] },
  { id: 'office', words: ['chairman', 'chairwoman', 'chair', 'director', 'chief', 'ceo', 'judge', 'justice', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'analyst', 'economist', 'leader', 'founder', 'editor', 'officer', 'executive', 'inspector', 'detective', 'superintendent', 'attorney', 'prosecutor', 'dean', 'vice'] },
];

/** Modifiers that may stand inside a title before its head ("Foreign Minister", "Prime Minister", "Vice President"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'prime', 'vice', 'deputy', 'finance', 'defence', 'defense', 'interior', 'trade', 'economy', 'economics',
  'health', 'education', 'justice', 'energy', 'agriculture', 'labour', 'labor', 'culture', 'industry', 'transport',
  'environment', 'home', 'state', 'chief', 'first', 'acting', 'former', 'senior', 'general', 'attorney', 'executive',
  'managing', 'assistant', 'associate', 'supreme', 'grand', 'crown', 'lord', 'police', 'army', 'lieutenant',
  'national', 'security', 'treasury', 'commerce', 'us', 'u.s.', 'opposition', 'party', 'team', 'club', 'head',
]);

const HEADS = new Map<string, string>();
for (const rule of TITLE_RULES) for (const w of rule.words) HEADS.set(w, rule.id);

/** The id of the title rule whose head word this is (lower-case, a trailing period ignored), else undefined. */
export function titleHead(norm: string): string | undefined {
  return HEADS.get(norm.endsWith('.') ? norm.slice(0, -1) : norm);
}
