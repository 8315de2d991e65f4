/**
 * Entities: a learned tagger over compromise's tokens and lexicon, then a refinement layer of rules. Stages, in
 * order (each reads only what the ones before it produced):
 * 1. tag      the averaged-perceptron tagger (model.ts) finds names and their coarse class (PER/LOC/ORG/MISC);
 * 2. clean    spans lose edge punctuation, quotes and possessive endings; titles before a person go to `title`;
 * 3. type     MISC is refined into group/event/work/product/other (subtypes.ts), then article-level rules
 *             (consistency.ts) retype a surname after its full name, "... Center" names, unknown acronyms,
 *             complete people (a given name before the name, a surname standing alone elsewhere), and find
 *             the article's names again in a title-case headline;
 * 4. describe lower-case descriptors after a place's possessive ("Russia's foreign ministry") become organisations;
 * 5. user     the user's lexicon overrides whatever overlaps it (it must win, so it comes last among finders);
 * 6. merge    mentions become one entity per referent (merge.ts).
 */
import type { Entity, EntityType } from '../../model/types.js';
import type { ParsedDoc } from '../../nlp/doc.js';
import type { ExtractContext } from '../context.js';
import { addHeadlineRepeats, applyConsistency, completePeople } from './consistency.js';
import { findDescriptors } from './descriptors.js';
import type { EntityClass } from './labels.js';
import { type Mention, mentionOf, splitTitle, trimSpan } from './mentions.js';
import { mergeMentions } from './merge.js';
import { type TaggerModel, shippedModel, tagDocument } from './model.js';
import { miscSubtype } from './subtypes.js';
import { findLexiconNames } from './user-lexicon.js';

/** Longest name, in tokens, that is kept (CoNLL's longest is 10). */
const MAX_NAME_TOKENS = 12;

const CLASS_TYPE: Record<Exclude<EntityClass, 'MISC'>, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** Find the named entities of an article, one per referent, sorted by first mention. */
export function extractEntities(doc: ParsedDoc, ctx: ExtractContext, model: TaggerModel = shippedModel()): Entity[] {
  const mentions = addHeadlineRepeats(doc, completePeople(doc, applyConsistency(findMentions(doc, model), model.gazetteer)));
  const withDescriptors = addNonOverlapping(mentions, findDescriptors(doc, mentions));
  const lexicon = ctx.lexicon.size ? findLexiconNames(doc.text, ctx.lexicon) : [];
  return mergeMentions(override(withDescriptors, lexicon));
}

/** Stages 1-3: tagged, cleaned and typed mentions, sorted by start. */
export function findMentions(doc: ParsedDoc, model: TaggerModel): Mention[] {
  const toks = doc.tokens;
  const out: Mention[] = [];
  for (const raw of tagDocument(doc, model)) {
    const span = trimSpan(toks, raw);
    // Real names are short; a run of dozens of capitalised words is a list or noise, not a name.
    if (!span || span.end - span.start > MAX_NAME_TOKENS) continue;
    if (span.cls === 'PER') {
      const { name, title } = splitTitle(toks, span);
      const titleText = title ? doc.text.slice(toks[title[0]].start, toks[title[1] - 1].end) : null;
      out.push(mentionOf(doc, name, 'person', titleText, 'model'));
    } else if (span.cls === 'MISC') {
      const sub = miscSubtype(toks.slice(span.start, span.end));
      out.push(mentionOf(doc, span, sub.type, null, `model/${sub.rule}`));
    } else {
      out.push(mentionOf(doc, span, CLASS_TYPE[span.cls], null, 'model'));
    }
  }
  return out;
}

/** Add `extra` mentions that overlap none of `base`. */
function addNonOverlapping(base: readonly Mention[], extra: readonly Mention[]): Mention[] {
  const kept = extra.filter((x) => !base.some((m) => m.start < x.end && x.start < m.end));
  return [...base, ...kept].sort((a, b) => a.start - b.start);
}

/** `winners` replace every mention they overlap. */
function override(base: readonly Mention[], winners: readonly Mention[]): Mention[] {
  if (!winners.length) return [...base];
  const kept = base.filter((m) => !winners.some((x) => m.start < x.end && x.start < m.end));
  return [...kept, ...winners].sort((a, b) => a.start - b.start);
}
