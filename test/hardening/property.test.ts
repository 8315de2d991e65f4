/**
 * Property tests (fast-check) over random and adversarial texts: the pipeline never throws, every located record
 * keeps the offset invariant and never cuts a surrogate pair, and the same text gives the same analysis. Plus the
 * input layer: decoding any bytes and reading any JSON Lines never throws unexpectedly and loses no record.
 * A failure prints the seed and the shrunk counterexample; rerun with `fc.assert(..., { seed, path })`.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { NewsxError } from '../../src/errors.js';
import { decodeBytes } from '../../src/input/decode.js';
import { loadArticles } from '../../src/input/load.js';
import type { Analysis } from '../../src/model/types.js';
import { locatedSpans, offsetViolations } from '../helpers/offsets.js';

const OPTIONS = { referenceDate: '2024-04-07' };
/** NEWSX_FC_RUNS=20 multiplies every property's runs, for a longer bug hunt than `npm test` can afford. */
const SCALE = Math.max(1, Number(process.env.NEWSX_FC_RUNS) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

/** Pieces news text is made of, and the odd things real files contain. */
const PIECES = [
  'Anna', 'Okafor', 'Boris', 'Lindqvist', 'said', 'says', 'told', 'reporters', 'on', 'the', 'of', 'a', 'he', 'she', 'according to',
  'Monday', 'March 3, 2021', 'next week', 'last year', 'in 1998', 'Q3', '10:30 p.m.', 'two days ago', '2024-04-07',
  'Mr.', 'Dr', 'U.S.', "O'Brien", "Okafor's", "Lindqvists'", 'Northfield Water Board', 'WASHINGTON (Reuters) -', 'By Anna Okafor',
  '"', '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', '\u2014', '\u2013', '-', '(', ')', '[', ']',
  '.', '.', ',', ',', ':', ';', '!', '?', '...', '\u2026', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0',
  '\u{1F600}', '\u{1F1FA}\u{1F1E6}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1D400}', '\u{20BB7}', 'caf\u00e9', 'e\u0301',
  '\u0642\u0627\u0644', '\u05E9\u05DC\u05D5\u05DD', '\u202E', '\u200F', '\u200B', '\uFEFF', '\uFFFD',
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\uD800', '\uDC00',
];

const newsish = fc.array(fc.constantFrom(...PIECES), { maxLength: 150 }).chain((parts) =>
  fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }).map((spaces) => parts.map((p, i) => (spaces[i] ? `${p} ` : p)).join('')),
);
const anyUnicode = fc.string({ unit: 'binary', maxLength: 400 });
const oddChars = fc.string({ unit: fc.constantFrom('"', '\u201c', '\u201d', "'", '.', ' ', '\n', '\r', 'A', 'a', '\uD83D', '\uDE00', '\u0000', '-'), maxLength: 400 });

/** A span boundary between the two halves of a surrogate pair. */
function cutsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);
}

function checkText(text: string): void {
  let a: Analysis;
  try {
    a = analyze(text, OPTIONS);
  } catch (e) {
    throw new Error(`analyze threw: ${(e as Error).stack}`);
  }
  expect(a.input.chars).toBe(text.length);
  expect(offsetViolations(a, text)).toEqual([]);
  expect(locatedSpans(a).filter(({ span }) => cutsPair(text, span.start) || cutsPair(text, span.end))).toEqual([]);
  expect(JSON.stringify(analyze(text, OPTIONS))).toBe(JSON.stringify(a));
}

describe('the pipeline on random texts', () => {
  analyze('Warm-up: Anna Okafor said on Monday that "all is well."', OPTIONS);

  it('news-like texts with odd pieces: no exception, offsets hold, no cut surrogate pair, deterministic', () => {
    fc.assert(fc.property(newsish, checkText), runs(120));
  });

  it('any Unicode string: the same', () => {
    fc.assert(fc.property(anyUnicode, checkText), runs(60));
  });

  it('quote marks, lone surrogates, NULs and line ends only: the same', () => {
    fc.assert(fc.property(oddChars, checkText), runs(60));
  });
});

describe('the input layer on random bytes and records', () => {
  it('decodeBytes: any bytes decode or are refused as binary (NUL in the first 8 KB), nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const d = decodeBytes(bytes, 'x');
          expect(typeof d.text).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(NewsxError);
          expect((e as Error).message).toBe('x: binary data (NUL bytes), not text');
        }
      }),
      runs(300),
    );
  });

  it('decodeBytes: any text without NUL round-trips through UTF-8, UTF-8 with BOM and UTF-16 LE/BE with BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\u0000') && !s.startsWith('\uFEFF')), (text) => {
        const le = Buffer.from(text, 'utf16le');
        for (const bytes of [
          Buffer.from(text),
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
          Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
          Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]),
        ]) {
          expect(decodeBytes(bytes, 'x')).toEqual({ text, warnings: [] });
        }
      }),
      runs(150),
    );
  });

  it('--input-format jsonl: every non-blank line yields exactly one article or one error, in order, never a throw', async () => {
    const line = fc.oneof(
      fc.record({ id: fc.oneof(fc.integer(), fc.string()), text: fc.string() }).map((r) => JSON.stringify(r)),
      fc.record({ id: fc.integer(), date: fc.string(), text: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }).map((r) => JSON.stringify(r)),
      fc.json(),
      fc.string().filter((s) => !/[\r\n]/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), async (lines) => {
        const input = lines.join('\n');
        const results = [];
        for await (const r of loadArticles([{ path: '-' }], { inputFormat: 'jsonl', cwd: '/', stdin: Readable.from([Buffer.from(input)]) })) results.push(r);
        // readline splits on \n, \r\n and lone \r; JSON.stringify escapes line ends inside strings.
        const expected = input.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').length;
        expect(results).toHaveLength(expected);
      }),
      runs(150),
    );
  });
});
