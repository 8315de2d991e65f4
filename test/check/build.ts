/**
 * Hand-built analyses for the check tests, so rule expectations do not move when the extractors change. Every span is
 * located in the given text, keeping the model's `text === source.slice(start, end)` invariant.
 */
import { SCHEMA_VERSION, type Analysis, type DateMention, type Entity, type EntityType, type Quote, type Span } from '../../src/model/types.js';

/** The `nth` (0-based) occurrence of `needle` in `text`, as a span; throws if there is none. */
export function at(text: string, needle: string, nth = 0): Span {
  let from = 0;
  for (let k = 0; ; k++) {
    const i = text.indexOf(needle, from);
    if (i < 0) throw new Error(`"${needle}" #${nth} not in text`);
    if (k === nth) return { start: i, end: i + needle.length, text: needle };
    from = i + 1;
  }
}

/**
 * An entity whose mentions are every whole-word occurrence of its surfaces, leaving out an occurrence inside a longer
 * surface's occurrence ("Gabuev" inside "Alexander Gabuev").
 */
export function entity(text: string, id: string, type: EntityType, name: string, surfaces: string[]): Entity {
  const found: Span[] = [];
  for (const s of [...surfaces].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + s.length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: s });
    }
  }
  if (!found.length) throw new Error(`no mention of ${name}`);
  found.sort((a, b) => a.start - b.start);
  const aliases = [...new Set(found.map((f) => f.text))].filter((t) => t !== name).sort();
  return { id, type, name, aliases, title: null, count: found.length, firstMention: found[0].start, mentions: found };
}

/** A quote located at `quoted` (the marks included), with a speaker span or none. */
export function quote(
  text: string,
  id: string,
  quoted: string,
  speaker: { name: string; entityId: string | null; mention: Span } | null,
  kind: Quote['kind'] = 'direct',
  nth = 0,
): Quote {
  return { id, ...at(text, quoted, nth), kind, speaker, cue: null };
}

/** A date record at `surface`. */
export function date(text: string, id: string, surface: string, value: string, resolved: boolean, nth = 0): DateMention {
  return { id, ...at(text, surface, nth), type: 'date', value, mod: null, resolved };
}

/** A full Analysis around the given records; empty sections and no reference date unless given. */
export function analysisOf(
  text: string,
  parts: { entities?: Entity[]; quotes?: Quote[]; dates?: DateMention[]; referenceDate?: string | null; path?: string },
): Analysis {
  const referenceDate = parts.referenceDate ?? null;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'newsx', version: '0.0.0-test' },
    input: { path: parts.path ?? 'story.txt', format: 'text', chars: text.length, words: 0 },
    reference: { date: referenceDate, source: referenceDate ? 'option' : null },
    article: { headline: null, dateline: null, byline: null },
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    dates: parts.dates ?? [],
    summary: { sentences: [] },
  };
}
