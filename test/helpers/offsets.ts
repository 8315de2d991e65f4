/** The offset invariant of the contract: every located record's text is exactly the analysed text's slice. */
import type { Analysis, Span } from '../../src/model/types.js';

export function locatedSpans(a: Analysis): Array<{ where: string; span: Span }> {
  const out: Array<{ where: string; span: Span }> = [];
  for (const e of a.entities) {
    for (const [i, m] of e.mentions.entries()) out.push({ where: `${e.id}.mentions[${i}]`, span: m });
  }
  for (const q of a.quotes) {
    out.push({ where: q.id, span: q });
    if (q.speaker) out.push({ where: `${q.id}.speaker.mention`, span: q.speaker.mention });
    if (q.cue) out.push({ where: `${q.id}.cue`, span: q.cue });
  }
  for (const d of a.dates) out.push({ where: d.id, span: d });
  for (const [i, s] of a.summary.sentences.entries()) out.push({ where: `summary[${i}]`, span: s });
  return out;
}

/** Every violation as a readable line; empty when the invariant holds. */
export function offsetViolations(a: Analysis, text: string): string[] {
  return locatedSpans(a)
    .filter(({ span }) => !(span.start >= 0 && span.end >= span.start && span.end <= text.length && text.slice(span.start, span.end) === span.text))
    .map(({ where, span }) => `${where}: [${span.start}, ${span.end}) ${JSON.stringify(span.text)} != ${JSON.stringify(text.slice(span.start, span.end))}`);
}
