/**
 * `transcript-label`: a transcript puts the speaker as an ALL-CAPS label and a colon at the start of the quoted
 * turn ("HOST: Welcome back."). The label names the speaker of that quote; section labels ("UPDATE:") do not.
 */
import type { Token } from '../../nlp/doc.js';
import type { Draft } from './index.js';
import { NON_SPEAKER_LABELS } from './lexicon.js';
import type { Phrase } from './phrases.js';

/** Most words in a speaker label ("SEN. JOHN DOE:" is three). */
const MAX_LABEL_WORDS = 3;

/** An ALL-CAPS word of two or more letters (names such as O’NEILL or SMITH-JONES included), or an initial with a dot. */
const CAPS_WORD = /^(?:\p{Lu}[\p{Lu}\p{N}'\u2019.-]*\p{Lu}\.?|\p{Lu}\.)$/u;

/** The label phrase at `from` ("WALLACE" before ":"), or null. */
export function transcriptLabel(tokens: readonly Token[], from: number, ceil: number): Phrase | null {
  let k = from;
  let words = 0;
  for (; k < ceil; k++) {
    const t = tokens[k];
    // An abbreviation's dot ("SEN.") attached to the word before it stays in the label.
    if (t.text === '.' && k > from && tokens[k - 1].text !== '.' && tokens[k - 1].end === t.start) continue;
    if (words === MAX_LABEL_WORDS || !CAPS_WORD.test(t.text)) break;
    words++;
  }
  if (k === from || k >= ceil || tokens[k].text !== ':') return null;
  // At least one real word (not only initials), and no section label ("UPDATE", "EDITOR'S NOTE").
  const label = tokens.slice(from, k);
  if (!label.some((t) => /\p{Lu}{2}/u.test(t.text)) || label.some((t) => NON_SPEAKER_LABELS.has(t.norm))) return null;
  return { from, to: k, kind: 'name' };
}

/** Give each still unattributed quote that opens with a speaker label that label as its speaker. */
export function attributeTranscriptLabels(tokens: readonly Token[], drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.attribution) continue;
    const speaker = transcriptLabel(tokens, d.window.quoteFrom + 1, d.window.quoteTo);
    if (!speaker) continue;
    d.attribution = { speaker, cue: null, rule: 'transcript-label' };
    d.rule = 'transcript-label';
  }
}
