/**
 * HTML bench: how fast saved pages become articles. The fixtures in fixtures/html are repeated into a corpus
 * (default 200 pages), then measured twice: `extractHtml` alone (pages/s and MB of markup/s), and extraction
 * followed by `analyze` (pages/s). CPU time is printed beside wall time, since the machine is shared.
 *
 * Standalone: `npx tsx scripts/bench/html.ts [--pages N] [--analyze-pages N]`; `npm run bench` calls `run()`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/analyze.js';
import { prepareMarkup } from '../../src/input/html-bound.js';
import { blocksOf } from '../../src/input/html-text.js';
import { extractHtml, HtmlInputError } from '../../src/input/html.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'fixtures/html');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}

interface Page {
  name: string;
  html: string;
}

function loadPages(): Page[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, html: fs.readFileSync(path.join(FIXTURES, f), 'utf8') }));
}

/**
 * A fixture as big news sites save it: the same article inside about 150 KB of inline scripts, JSON state and
 * styles, which is what most of a real page's bytes are. Measures the pre-pass that strips them.
 */
function padded(page: Page): Page {
  const state = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 1500 }, (_, k) => ({ id: k, title: `Story number ${k}`, url: `/news/${k}` })) })};</script>`;
  const css = `<style>${Array.from({ length: 1500 }, (_, k) => `.c${k} { margin: ${k % 7}px; color: #${(k * 4099).toString(16).slice(0, 6).padEnd(6, '0')}; }`).join('\n')}</style>`;
  return { name: `${page.name}+scripts`, html: page.html.replace(/<\/head>/i, `${state}${css}</head>`) };
}

/** The fixtures repeated in order up to `n` pages. */
function corpus(pages: Page[], n: number): Page[] {
  return Array.from({ length: n }, (_, k) => pages[k % pages.length]);
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

/** Extract one page; a page with no article counts as work done (it is part of the input mix). */
function extract(page: Page): ReturnType<typeof extractHtml> | null {
  try {
    return extractHtml(page.html);
  } catch (e) {
    if (e instanceof HtmlInputError) return null;
    throw e;
  }
}

/**
 * Paragraph precision and recall against the reviewed expected text, for two baselines: every block of the page
 * body (no article detection), and Readability's article node without newsx's clean-up (byline, furniture, link
 * lists, <br> marks). newsx itself scores 1.0 by construction (its output was reviewed into the expected files), so
 * these figures say what the clean-up and the article detection buy, on our own pages only.
 */
function quality(pages: Page[]): string[] {
  const lines: string[] = [];
  const methods: Record<string, (html: string) => string[]> = {
    'body blocks': (html) => blocksOf(parseHTML(prepareMarkup(html).html).document.body),
    'Readability alone': (html) => {
      const { document } = parseHTML(prepareMarkup(html).html);
      const node = new Readability<Node>(document as unknown as Document, { serializer: (n) => n }).parse()?.content;
      return node ? blocksOf(node) : [];
    },
  };
  for (const [name, method] of Object.entries(methods)) {
    let hit = 0;
    let predicted = 0;
    let gold = 0;
    for (const p of pages) {
      const expectedFile = path.join(FIXTURES, p.name.replace(/\.html$/, '.expected.txt'));
      const want = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8').split('\n\n') : [];
      const got = method(p.html);
      const wanted = new Set(want);
      hit += got.filter((g) => wanted.has(g)).length;
      predicted += got.length;
      gold += want.length;
    }
    const pr = predicted ? hit / predicted : 0;
    const rc = gold ? hit / gold : 0;
    lines.push(`    ${name.padEnd(18)} paragraphs P ${pr.toFixed(2)} R ${rc.toFixed(2)} (${hit} of ${predicted} predicted, ${gold} expected)`);
  }
  return lines;
}

const rate = (n: number, ms: number): string => (ms > 0 ? ((n * 1000) / ms).toFixed(1) : 'n/a');

/** Run the HTML bench and print its figures. */
export async function run(): Promise<void> {
  const pages = loadPages();
  const n = option('--pages', 200);
  const nAnalyze = option('--analyze-pages', 50);
  const mix = corpus(pages, n);
  const bytes = mix.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
  for (let k = 0; k < 3; k++) for (const p of pages) extract(p); // warm-up: module loading and JIT are not measured

  let refused = 0;
  const ex = timed(() => {
    for (const p of mix) if (!extract(p)) refused++;
  });
  const mb = bytes / 1e6;
  const both = timed(() => {
    for (const p of corpus(pages, nAnalyze)) {
      const a = extract(p);
      if (a) analyze(a.text, { format: 'html', metadata: { headline: a.headline, byline: a.byline, date: a.date } });
    }
  });

  console.log(`html bench: ${pages.length} fixtures (${pages.map((p) => p.name).join(', ')})`);
  console.log(`  extractHtml: ${n} pages, ${mb.toFixed(2)} MB of markup, ${refused} refused (no article)`);
  console.log(`    wall ${ex.wallMs.toFixed(0)} ms: ${rate(n, ex.wallMs)} pages/s, ${rate(mb, ex.wallMs)} MB/s`);
  console.log(`    CPU  ${ex.cpuMs.toFixed(0)} ms: ${rate(n, ex.cpuMs)} pages/s, ${rate(mb, ex.cpuMs)} MB/s`);
  console.log(`  extractHtml + analyze: ${nAnalyze} pages`);
  console.log(`    wall ${both.wallMs.toFixed(0)} ms: ${rate(nAnalyze, both.wallMs)} pages/s`);
  console.log(`    CPU  ${both.cpuMs.toFixed(0)} ms: ${rate(nAnalyze, both.cpuMs)} pages/s`);
  const heavy = corpus(pages.map(padded), Math.max(1, Math.floor(n / 4)));
  const heavyMb = heavy.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / 1e6;
  const hx = timed(() => {
    for (const p of heavy) extract(p);
  });
  console.log(`  extractHtml on the same pages carrying ~150 KB of inline scripts and styles each: ${heavy.length} pages, ${heavyMb.toFixed(2)} MB`);
  console.log(`    wall ${hx.wallMs.toFixed(0)} ms: ${rate(heavy.length, hx.wallMs)} pages/s, ${rate(heavyMb, hx.wallMs)} MB/s`);
  console.log(`    CPU  ${hx.cpuMs.toFixed(0)} ms: ${rate(heavy.length, hx.cpuMs)} pages/s, ${rate(heavyMb, hx.cpuMs)} MB/s`);
  console.log('  paragraph quality of baselines against the expected text (newsx: 1.00 by construction):');
  for (const line of quality(pages)) console.log(line);
  console.log('  per fixture (mean of 5, CPU ms):');
  for (const p of pages) {
    const t = timed(() => {
      for (let k = 0; k < 5; k++) extract(p);
    });
    console.log(`    ${p.name.padEnd(24)} ${(Buffer.byteLength(p.html) / 1e3).toFixed(1).padStart(6)} KB  ${(t.cpuMs / 5).toFixed(1)} ms`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
