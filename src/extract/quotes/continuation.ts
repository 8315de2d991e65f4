/**
 * `previous-paragraph`: a paragraph that is nothing but a quote continues the speaker of the paragraph before it, when
 * that paragraph ENDS with a direct quote attributed after it (“…,” he said. / “…,” said X.). This is the news
 * convention of a speaker's quotes running over several paragraphs with the attribution given once. It never fires
 * when the previous paragraph ends with narration, a partial quote, or an attribution before the quote ("X said:"),
 * where a new voice may start; the speaker is then left null.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { Draft } from './index.js';
import { quoteKind } from './kind.js';
import { paragraphTokenRanges } from './window.js';

/** Rules whose attribution follows the quote in the same sentence: the "“…,” he said." style this rule extends. */
const AFTER_RULES = new Set(['after-subject', 'after-inverted', 'previous-paragraph']);

/** Longest attribution clause (tokens) between the previous quote and its paragraph end: "he told reporters on Monday." */
const MAX_TAIL = 14;

/** Fill `previous-paragraph` attributions, in text order so a run of quote-only paragraphs chains. */
export function attributeFromPreviousParagraph(doc: ParsedDoc, drafts: Draft[]): void {
  const tokens = doc.tokens;
  const ranges = paragraphTokenRanges(doc);
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k];
    const prev = drafts[k - 1];
    if (d.attribution) continue;
    const own = ranges[d.firstPara];
    const last = ranges[d.lastPara];
    // Quote-only paragraph: the quote opens it and closes it.
    if (!own || !last || d.window.quoteFrom !== own[0] || d.window.quoteTo < last[1]) continue;
    const prevRange = ranges[d.firstPara - 1];
    const a = prev.attribution;
    if (!prevRange || prev.lastPara !== d.firstPara - 1 || !a?.speaker || !AFTER_RULES.has(a.rule)) continue;
    // The previous paragraph ends with that quote's attribution clause and nothing else.
    if (prevRange[1] - prev.window.quoteTo > MAX_TAIL || prev.window.afterTo < prevRange[1] - 1) continue;
    // Both are full-sentence quotes (a partial quote in narration sets up no continuing voice).
    const prevInner = doc.text.slice(prev.start + 1, prev.end - 1);
    if (prev.rule !== 'previous-paragraph' && quoteKind(tokens, prev.window, prevInner, true).kind !== 'direct') continue;
    const inner = doc.text.slice(d.start + 1, d.end - 1);
    if (quoteKind(tokens, d.window, inner, true).kind !== 'direct') continue;
    d.attribution = { ...a, rule: 'previous-paragraph' };
    d.rule = 'previous-paragraph';
  }
}
