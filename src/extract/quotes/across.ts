/**
 * Attribution rules that look beyond a quote's own paragraph, each with an id:
 * - `headline-colon`: a headline of the form "Pat Caddell: Voters Worried; It’s ‘in Their Heads’" gives its quotes to
 *   the name before the colon;
 * - `colon-paragraph`: a paragraph that ends "He said:" introduces the quote that opens the next paragraph;
 * - `previous-sentence`: a quote that is a sentence of its own, with no attribution, belongs to the speaker of a
 *   reporting clause that ends the sentence before it in the same paragraph ("…, Schiff said. “The other factor …”").
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import { attribute, type QuoteWindow } from './attribute.js';
import type { Draft } from './index.js';
import { endsSentence, type Phrase, phraseStartingAt } from './phrases.js';
import { paragraphTokenRanges } from './window.js';

/** Fill in attributions for drafts that their own window left unattributed. */
export function attributeAcrossParagraphs(doc: ParsedDoc, drafts: Draft[]): void {
  const tokens = doc.tokens;
  const ranges = paragraphTokenRanges(doc);
  for (const d of drafts) {
    const [pFrom, pTo] = ranges[d.firstPara] ?? [0, 0];
    // headline-colon: "Name: … ‘quote’", "A lesson from Loretta Lynch: ‘…’" in a headline (the first paragraph or a
    // title-case one); the name before the colon outranks verbs after it.
    const headline = d.window.titleCase || (!d.attribution && d.firstPara === 0 && ranges.length > 1 && pTo - pFrom <= 30);
    const headColon = headline ? tokens.slice(pFrom, d.window.quoteFrom).findIndex((t) => t.text === ':') : -1;
    const speaker = headColon > 0 ? firstName(tokens, pFrom, pFrom + headColon) : null;
    if (speaker) {
      d.attribution = { speaker, cue: null, rule: 'headline-colon' };
      d.rule = 'headline-colon';
      continue;
    }
    if (d.attribution) continue;
    // colon-paragraph: the quote opens its paragraph and the previous paragraph ends with a colon.
    const prev = ranges[d.firstPara - 1];
    if (d.window.quoteFrom !== pFrom || !prev || prev[1] <= prev[0] || tokens[prev[1] - 1].text !== ':') continue;
    let clauseFrom = prev[1] - 1;
    while (clauseFrom > prev[0] && prev[1] - clauseFrom < 80 && !endsSentence(tokens, clauseFrom - 1)) clauseFrom--;
    const colon = prev[1] - 1;
    const w: QuoteWindow = { beforeFrom: clauseFrom, quoteFrom: colon + 1, quoteTo: colon + 1, afterTo: colon + 1 };
    const a = attribute(tokens, w, colon + 1);
    if (a?.speaker) {
      d.attribution = { ...a, rule: 'colon-paragraph' };
      d.rule = 'colon-paragraph';
    }
  }
}

/** The `previous-sentence` rule, for drafts still unattributed after inheritance. */
export function attributeFromPreviousSentence(doc: ParsedDoc, drafts: Draft[]): void {
  const tokens = doc.tokens;
  const ranges = paragraphTokenRanges(doc);
  drafts.forEach((d, k) => {
    if (d.attribution || d.window.beforeFrom !== d.window.quoteFrom) return;
    const [pFrom] = ranges[d.firstPara] ?? [0, 0];
    const end = d.window.quoteFrom - 1; // the sentence end before the quote
    if (end <= pFrom || !/^[.!?]$/.test(tokens[end].text)) return;
    let from = end;
    // endsSentence, not any dot: "Lawrence B. Cummings" and "Gov." end no sentence.
    while (from > pFrom && end - from < 80 && !endsSentence(tokens, from - 1)) from--;
    // A quote in that sentence would have passed its speaker on already (or had none to give).
    const prevQuote = drafts[k - 1];
    if (prevQuote && prevQuote.end > tokens[from].start) return;
    const w: QuoteWindow = { beforeFrom: from, quoteFrom: end, quoteTo: end, afterTo: end };
    const a = attribute(tokens, w, end);
    if (a?.speaker && a.speaker.kind !== 'noun' && a.cue) {
      d.attribution = { ...a, rule: 'previous-sentence' };
      d.rule = 'previous-sentence';
    }
  });
}

/** The first name (or pronoun) phrase in `[from, to)`. */
function firstName(tokens: ParsedDoc['tokens'], from: number, to: number): Phrase | null {
  for (let k = from; k < to; k++) {
    const p = phraseStartingAt(tokens, k, to);
    if (p && p.kind !== 'noun') return p;
    if (p) k = p.to - 1;
  }
  return null;
}
