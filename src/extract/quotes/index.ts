/** Quotes: PLACEHOLDER until the quote extractor lands. Double-quoted stretches inside one paragraph, no speaker. */
import type { ParsedDoc } from '../../nlp/doc.js';
import type { Entity, Quote } from '../../model/types.js';
import type { ExtractContext } from '../context.js';

export function extractQuotes(doc: ParsedDoc, _entities: readonly Entity[], _ctx: ExtractContext): Quote[] {
  const out: Quote[] = [];
  for (const p of doc.paragraphs) {
    const re = /["\u201c]([^"\u201c\u201d]+)["\u201d]/g;
    for (let m = re.exec(p.text); m !== null; m = re.exec(p.text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      out.push({ id: `q${out.length + 1}`, start, end, text: doc.text.slice(start, end), kind: 'direct', speaker: null, cue: null });
    }
  }
  return out;
}
