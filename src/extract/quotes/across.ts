/**
 * Attribution rules that look beyond a quote's own paragraph, each with an id:
 * - `headline-colon`: a headline of the form "Pat Caddell: Voters Worried; It’s ‘in Their Heads’" gives its quotes to
 *   the name before the colon;
 * - `colon-paragraph`: a paragraph that ends "He said:" introduces the quote that opens the next paragraph.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import { attribute, type QuoteWindow } from './attribute.js';
import type { Draft } from './index.js';
import { phraseStartingAt } from './phrases.js';
import { paragraphTokenRanges } from './window.js';

/** Fill in attributions for drafts that their own window left unattributed. */
export function attributeAcrossParagraphs(doc: ParsedDoc, drafts: Draft[]): void {
  const tokens = doc.tokens;
  const ranges = paragraphTokenRanges(doc);
  for (const d of drafts) {
    const [pFrom, pTo] = ranges[d.firstPara] ?? [0, 0];
    // headline-colon: "Name: … ‘quote’" in a title-case paragraph; the name before the colon outranks verbs after it.
    if (d.window.titleCase) {
      const speaker = phraseStartingAt(tokens, pFrom, pTo);
      if (speaker && speaker.kind !== 'noun' && tokens[speaker.to]?.text === ':' && speaker.to < d.window.quoteFrom) {
        d.attribution = { speaker, cue: null, rule: 'headline-colon' };
        d.rule = 'headline-colon';
        continue;
      }
    }
    if (d.attribution) continue;
    // colon-paragraph: the quote opens its paragraph and the previous paragraph ends with a colon.
    const prev = ranges[d.firstPara - 1];
    if (d.window.quoteFrom !== pFrom || !prev || prev[1] <= prev[0] || tokens[prev[1] - 1].text !== ':') continue;
    let clauseFrom = prev[1] - 1;
    while (clauseFrom > prev[0] && !/^[.!?]$/.test(tokens[clauseFrom - 1].text)) clauseFrom--;
    const colon = prev[1] - 1;
    const w: QuoteWindow = { beforeFrom: clauseFrom, quoteFrom: colon + 1, quoteTo: colon + 1, afterTo: colon + 1 };
    const a = attribute(tokens, w, colon + 1);
    if (a?.speaker) {
      d.attribution = { ...a, rule: 'colon-paragraph' };
      d.rule = 'colon-paragraph';
    }
  }
}
