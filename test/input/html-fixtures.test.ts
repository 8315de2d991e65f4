/**
 * The HTML fixtures: realistic but invented pages, each with the exact text and metadata it must give
 * (`NAME.expected.txt`, `NAME.expected.json`; `{ "error": … }` for a page with no article). Each extracted text is
 * then analysed, and every located record must satisfy the offset invariant `text.slice(start, end) === record.text`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis, Span } from '../../src/model/types.js';
import { extractHtml, HtmlInputError } from '../../src/input/html.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/html');
const PAGES = fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).sort().map((f) => f.replace(/\.html$/, ''));

function read(name: string, ext: string): string {
  return fs.readFileSync(path.join(DIR, `${name}${ext}`), 'utf8');
}

/** Every located span of an analysis, with a label saying where it came from. */
function spansOf(a: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  for (const e of a.entities) for (const m of e.mentions) out.push([`entity ${e.id}`, m]);
  for (const q of a.quotes) {
    out.push([`quote ${q.id}`, q]);
    if (q.speaker) out.push([`speaker of ${q.id}`, q.speaker.mention]);
    if (q.cue) out.push([`cue of ${q.id}`, q.cue]);
  }
  for (const d of a.dates) out.push([`date ${d.id}`, d]);
  for (const s of a.summary.sentences) out.push(['summary sentence', s]);
  return out;
}

describe('HTML fixtures: expected text and metadata', () => {
  it('has the pages the issue asks for', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['wire-dateline', 'jsonld-byline', 'liveblog', 'no-article']));
  });

  for (const name of PAGES) {
    const expected = JSON.parse(read(name, '.expected.json'));
    it(`${name}: ${expected.error ? 'refused with a clear error' : 'text and metadata'}`, () => {
      const html = read(name, '.html');
      if (expected.error) {
        expect(() => extractHtml(html)).toThrow(HtmlInputError);
        expect(() => extractHtml(html)).toThrow(expected.error);
        return;
      }
      const { text, ...meta } = extractHtml(html);
      expect(meta).toEqual(expected);
      expect(text).toBe(read(name, '.expected.txt'));
      // The shape the contract promises: paragraphs split by one blank line, no stray whitespace.
      for (const p of text.split('\n\n')) {
        expect(p.length).toBeGreaterThan(0);
        expect(p).toBe(p.trim());
        expect(p).not.toMatch(/\n|\s{2}|&[a-z]+;|&#\d+;|<\/?[a-z]+[\s>]/i);
      }
      expect(text).not.toContain(meta.headline ?? '\u0000none');
    });
  }
});

describe('HTML fixtures through analyze: offsets refer to the extracted text', () => {
  for (const name of PAGES) {
    const expected = JSON.parse(read(name, '.expected.json'));
    if (expected.error) continue;
    it(name, () => {
      const page = extractHtml(read(name, '.html'));
      const a = analyze(page.text, { format: 'html', metadata: { headline: page.headline, byline: page.byline, date: page.date } });
      expect(a.input.format).toBe('html');
      expect(a.input.chars).toBe(page.text.length);
      expect(a.article.headline).toBe(page.headline);
      if (page.date) expect(a.reference).toEqual({ date: page.date, source: 'metadata' });
      const spans = spansOf(a);
      expect(spans.length).toBeGreaterThan(0);
      for (const [label, s] of spans) {
        expect(page.text.slice(s.start, s.end), `${label} at ${s.start}-${s.end}`).toBe(s.text);
      }
    });
  }

  it('--reference-date wins over the page date', () => {
    const page = extractHtml(read('wire-dateline', '.html'));
    const a = analyze(page.text, { format: 'html', referenceDate: '2030-01-01', metadata: { date: page.date } });
    expect(a.reference).toEqual({ date: '2030-01-01', source: 'option' });
  });

  it('is deterministic: the same page gives the same article twice', () => {
    for (const name of PAGES) {
      const html = read(name, '.html');
      const once = (): unknown => {
        try {
          return extractHtml(html);
        } catch (e) {
          return String(e);
        }
      };
      expect(once()).toEqual(once());
    }
  });
});
