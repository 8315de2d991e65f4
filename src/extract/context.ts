/**
 * What every extractor may know besides the parsed text: the reference date (never the clock), the user's lexicon
 * and options. Built once per article by `analyze` and passed down; extractors are pure functions of (doc, context).
 */
import type { EntityType, Reference } from '../model/types.js';

export interface ExtractContext {
  /** The date relative expressions resolve against, and where it came from. `date` null means unknown. */
  reference: Reference;
  /** Extra names from `--lexicon`: surface form -> type. */
  lexicon: ReadonlyMap<string, EntityType>;
  /** How many key sentences the summary keeps. */
  summarySentences: number;
}
