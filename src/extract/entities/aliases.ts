/**
 * Names that refer to one place or body but share no initials or words: data with ids. Acronyms that are the
 * initials of their expansion ("SCO", "U.N.") need no entry; merge.ts matches those by rule.
 */
export interface AliasRule {
  id: string;
  /** Keys as `nameKey` makes them (lower case, acronym periods removed). */
  names: readonly string[];
}

export const ALIAS_RULES: readonly AliasRule[] = [
  { id: 'us', names: ['united states', 'us', 'usa', 'united states of america'] },
  { id: 'uk', names: ['united kingdom', 'uk', 'britain', 'great britain'] },
  { id: 'ussr', names: ['soviet union', 'ussr'] },
  { id: 'un', names: ['united nations', 'un'] },
  { id: 'eu', names: ['european union', 'eu'] },
  { id: 'uae', names: ['united arab emirates', 'uae'] },
  { id: 'nato', names: ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'] },
  { id: 'drc', names: ['democratic republic of congo', 'democratic republic of the congo', 'drc', 'dr congo'] },
];
