/**
 * Quotes with speakers: who said what, the way an editor would attribute it. Stages, in order (order matters where
 * a later stage only fills what an earlier one left empty):
 * 1. pair quotation marks into stretches (marks.ts); a quote's `text` INCLUDES its quotation marks, and a quote over
 *    several paragraphs (continuation convention) is one stretch;
 * 2. place each quote: its paragraphs and the clause before and after it (window.ts);
 * 3. find the attribution inside that window (attribute.ts): speaker phrase + cue, by rules with ids;
 * 4. rules that look past the window (across.ts): a headline "Name: …", a paragraph ending "He said:";
 * 5. carry a speaker to a later unattributed quote of the same sentence, or of the same paragraph when the quote is
 *    a sentence of its own (“…,” said X. “…”); then a reporting clause in the sentence just before; then a
 *    transcript label opening the quote ("HOST: …", labels.ts); then a quote-only paragraph after a paragraph that
 *    ends “…,” X said. (continuation.ts);
 * 6. type the quote (kind.ts); a scare quote never has a speaker or cue;
 * 7. resolve speaker phrases to entities (resolve.ts), in text order so pronouns and "the ministry" see earlier
 *    speakers. The mention always comes from the attribution syntax, so it does not depend on the entity extractor.
 */
import type { Entity, Quote, Span } from '../../model/types.js';
import type { ParsedDoc, Token } from '../../nlp/doc.js';
import { spanOf } from '../../nlp/doc.js';
import type { ExtractContext } from '../context.js';
import { type Attribution, attribute, hasSentenceEnd, type QuoteWindow } from './attribute.js';
import { quoteKind } from './kind.js';
import { verbRecordAt } from './lexicon.js';
import { findQuotedStretches } from './marks.js';
import { attributeAcrossParagraphs, attributeFromPreviousSentence } from './across.js';
import { attributeFromPreviousParagraph } from './continuation.js';
import { attributeTranscriptLabels } from './labels.js';
import { SpeakerResolver } from './resolve.js';
import { placeQuotes } from './window.js';
import { mapArray } from '../arrays.js';

/** A quote on its way through the stages. */
export interface Draft {
  start: number;
  end: number;
  window: QuoteWindow;
  /** Paragraphs of the opening and the closing mark. */
  firstPara: number;
  lastPara: number;
  paragraphEnd: number;
  attribution: Attribution | null;
  kind: Quote['kind'];
  /** Which rule decided the speaker (kept for debugging and the eval's error list). */
  rule: string;
}

/** Extract the article's quotations with their kind, speaker and cue, sorted by start. */
export function extractQuotes(doc: ParsedDoc, entities: readonly Entity[], _ctx: ExtractContext): Quote[] {
  return mapArray(traceQuotes(doc, entities), (t) => t.quote);
}

/** A quote with the ids of the rule that attributed or typed it and of the cue record, for tracing errors. */
export interface TracedQuote {
  quote: Quote;
  /** Attribution rule (`after-inverted`, `same-paragraph`, …) or, without a speaker, the kind rule (`modifier`, …). */
  rule: string;
  /** Id of the reporting-verb record of the cue (`say`, `tell`, …), or null. */
  cueId: string | null;
}

/** `extractQuotes` with the rule behind each result (the eval's error breakdown uses it). */
export function traceQuotes(doc: ParsedDoc, entities: readonly Entity[]): TracedQuote[] {
  const stretches = findQuotedStretches(doc.text, doc.paragraphs);
  const tokens = doc.tokens;
  const placed = placeQuotes(doc, stretches);
  const drafts: Draft[] = [];
  stretches.forEach((s, k) => {
    const p = placed[k];
    if (!p) return;
    const attribution = attribute(tokens, p.window, p.paragraphEnd);
    drafts.push({ start: s.start, end: s.end, ...p, attribution, kind: 'direct', rule: attribution?.rule ?? '' });
  });
  attributeAcrossParagraphs(doc, drafts);
  inheritSpeakers(drafts, tokens);
  attributeFromPreviousSentence(doc, drafts);
  attributeTranscriptLabels(tokens, drafts);
  attributeFromPreviousParagraph(doc, drafts);
  for (const d of drafts) {
    const inner = doc.text.slice(d.start + 1, d.end - 1);
    const kind = quoteKind(tokens, d.window, inner, d.attribution !== null);
    d.kind = kind.kind;
    if (kind.kind === 'scare') d.attribution = null;
    if (!d.attribution) d.rule = kind.rule;
  }
  const resolver = new SpeakerResolver(entities);
  return mapArray(drafts, (d, k) => {
    const cueFrom = d.attribution?.cue?.from;
    const cueId = cueFrom !== undefined ? (verbRecordAt((i) => tokens[i]?.norm, cueFrom)?.rec.id ?? tokens[cueFrom].norm) : null;
    return { quote: toQuote(doc, d, k, resolver), rule: d.rule, cueId };
  });
}

/**
 * An unattributed quote takes the speaker of the previous attributed quote in the same sentence (Cruz called Trump
 * a "liar" who is "amoral") or, when it is a sentence of its own, in the same paragraph: the second half of
 * “…,” said X. “…” belongs to X.
 */
function inheritSpeakers(drafts: Draft[], tokens: readonly Token[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k];
    const prev = drafts[k - 1];
    if (d.attribution || !prev.attribution?.speaker || prev.lastPara !== d.firstPara) continue;
    const sameSentence = !hasSentenceEnd(tokens, prev.window.quoteTo, d.window.quoteFrom);
    const ownSentence = d.window.beforeFrom === d.window.quoteFrom;
    if (!sameSentence && !ownSentence) continue;
    d.attribution = { ...prev.attribution, rule: sameSentence ? 'same-sentence' : 'same-paragraph' };
    d.rule = d.attribution.rule;
  }
}

function toQuote(doc: ParsedDoc, d: Draft, k: number, resolver: SpeakerResolver): Quote {
  const tokens = doc.tokens;
  const a = d.attribution;
  const cue: Span | null = a?.cue ? spanOf(doc.text, tokens[a.cue.from].start, tokens[a.cue.to - 1].end) : null;
  let speaker: Quote['speaker'] = null;
  if (a?.speaker) {
    const mention = spanOf(doc.text, tokens[a.speaker.from].start, tokens[a.speaker.to - 1].end);
    speaker = { ...resolver.resolve(mention, a.speaker.kind), mention };
  }
  return { id: `q${k + 1}`, start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), kind: d.kind, speaker, cue };
}
