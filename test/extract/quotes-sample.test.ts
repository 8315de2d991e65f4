/**
 * The sample article through the whole pipeline (`analyze`), checking only the quote side: spans, kinds, speaker
 * mentions and cues. Entity ids and names are left to the entity extractor's own tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const text = fs.readFileSync(path.join(ROOT, 'fixtures/lavrov-wang-beijing.txt'), 'utf8');

describe('quotes of fixtures/lavrov-wang-beijing.txt', () => {
  const quotes = analyze(text, { sections: ['quotes'] }).quotes;

  it('finds the four quotations with their kind, speaker mention and cue', () => {
    const got = quotes.map((q) => ({
      id: q.id,
      start: q.text.slice(0, 24),
      kind: q.kind,
      mention: q.speaker?.mention.text ?? null,
      cue: q.cue?.text ?? null,
    }));
    expect(got).toEqual([
      { id: 'q1', start: '“emphasised the importan', kind: 'partial', mention: 'Russia’s foreign ministry', cue: 'said in a statement' },
      { id: 'q2', start: '“discussed relations wit', kind: 'partial', mention: 'the ministry', cue: 'according to' },
      { id: 'q3', start: '“no-limits”', kind: 'scare', mention: null, cue: null },
      { id: 'q4', start: '“Beijing gains leverage ', kind: 'direct', mention: 'Alexander Gabuev', cue: 'said' },
    ]);
  });

  it('keeps the offset invariant and includes the quotation marks in each span', () => {
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).toMatch(/^“[\s\S]*”$/);
      if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    }
  });
});
