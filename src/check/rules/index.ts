/** The registry of check rules, in the order help and SARIF list them. Ids are stable: configs name them. */
import type { CheckRule } from '../types.js';
import { firstMentionSurname } from './first-mention-surname.js';
import { nameVariants } from './name-variants.js';
import { unattributedQuote } from './unattributed-quote.js';
import { unbalancedQuotes } from './unbalanced-quotes.js';
import { unresolvedDate } from './unresolved-date.js';

export const RULES: readonly CheckRule[] = [
  unattributedQuote,
  unbalancedQuotes,
  unresolvedDate,
  nameVariants,
  firstMentionSurname,
];

/** Every known rule id. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** The rule with this id, or undefined. */
export function findRule(id: string): CheckRule | undefined {
  return RULES.find((r) => r.id === id);
}
