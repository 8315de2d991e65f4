/**
 * Safety of HTML input: scripts never run, nothing is fetched, and hostile pages (deep nesting, megabytes of
 * markup, broken tags) give a result or a one-line HtmlInputError within a bounded time. Times are CPU times of
 * this process (the machine is shared), printed so that a run shows the figures.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractHtml, HtmlInputError, MAX_INPUT_CHARS } from '../../src/input/html.js';

const PROSE = Array.from({ length: 5 }, (_, k) => `<p>Paragraph ${k + 1}: the ferry company said on Monday that crossings would resume once the storm had passed and the harbour had been inspected.</p>`).join('\n');

describe('scripts never run, nothing is fetched', () => {
  let server: http.Server;
  let base = '';
  const requests: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('globalThis.__NEWSX_FETCHED__ = true;');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs no script, handler or javascript: URL, and requests no resource', async () => {
    const g = globalThis as Record<string, unknown>;
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const page = `<!doctype html><html><head>
      <base href="${base}/base/">
      <meta http-equiv="refresh" content="0; url=${base}/refresh">
      <link rel="stylesheet" href="${base}/style.css"><link rel="preload" as="image" href="${base}/preload.png">
      <style>@import url("${base}/import.css"); body { background: url(${base}/bg.png) }</style>
      <script>globalThis.__NEWSX_RAN__ = 'inline';</script>
      <script src="${base}/app.js"></script>
      <script type="module">globalThis.__NEWSX_RAN__ = 'module';</script>
    </head><body onload="globalThis.__NEWSX_RAN__ = 'onload'" background="${base}/body.png">
      <article><h1>Ferry crossings to resume</h1>
      <img src="${base}/photo.jpg" srcset="${base}/photo-2x.jpg 2x" onerror="globalThis.__NEWSX_RAN__ = 'onerror'">
      <picture><source srcset="${base}/pic.webp"><img src="${base}/pic.jpg"></picture>
      <iframe src="${base}/frame.html" onload="globalThis.__NEWSX_RAN__ = 'iframe'"></iframe>
      <video src="${base}/v.mp4" poster="${base}/poster.jpg" autoplay></video><audio src="${base}/a.mp3" autoplay></audio>
      <object data="${base}/obj.swf"></object><embed src="${base}/embed.swf">
      <svg onload="globalThis.__NEWSX_RAN__ = 'svg'"><image href="${base}/svg.png"/></svg>
      <a href="javascript:globalThis.__NEWSX_RAN__='link'">a link</a>
      ${PROSE}
      <script>document.write('<p>INJECTED</p>'); globalThis.__NEWSX_RAN__ = 'late';</script>
      </article></body></html>`;
    const got = extractHtml(page);
    await new Promise((r) => setTimeout(r, 300)); // give any stray request time to arrive
    expect(g.__NEWSX_RAN__).toBeUndefined();
    expect(g.__NEWSX_FETCHED__).toBeUndefined();
    expect(requests).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(got.text).not.toMatch(/INJECTED|globalThis|@import/);
    expect(got.text).toContain('Paragraph 5: the ferry company said on Monday');
    fetchSpy.mockRestore();
  });
});

/** Run one hostile case, print its cost, and return the outcome. */
function measure(name: string, html: string): { ok: boolean; message: string; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let ok = true;
  let message = '';
  try {
    message = `${extractHtml(html).text.length} chars of text`;
  } catch (e) {
    if (!(e instanceof HtmlInputError)) throw e;
    ok = false;
    message = e.message;
    expect(message).not.toContain('\n');
  }
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  console.log(`[html hostile] ${name}: ${(html.length / 1e6).toFixed(2)} MB, ${cpuMs.toFixed(0)} ms CPU, ${(performance.now() - t0).toFixed(0)} ms wall -> ${ok ? 'result' : 'error'}: ${message}`);
  return { ok, message, cpuMs };
}

/** Deterministic tag soup: fragments of tags, quotes, comments and entities in a pseudo-random order. */
function tagSoup(size: number): string {
  const bits = ['<div', '<p class="a>', '</span>', '<<>>', '<b><i>', 'text &amp &#x; &#99999999; &notanentity;', '</div></div>', '<table><td>', '<!--', '-->', '<a href=">', '">x</a>', 'Some words here. ', '</p>', '<li>', '<br/>'];
  const out: string[] = ['<html><body>'];
  let len = 0;
  let k = 7;
  while (len < size) {
    k = (k * 1103515245 + 12345) % 2147483648;
    const b = bits[(k >> 8) % bits.length];
    out.push(b);
    len += b.length;
  }
  return out.join('');
}

/** CPU budget for any hostile page. Measured worst cases are a few seconds on a loaded 2-core machine. */
const BUDGET_MS = 15_000;

describe('hostile pages are bounded', () => {
  const rows: [string, () => string, 'result' | 'error' | 'either'][] = [
    ['100,000 nested divs', () => `<html><body>${'<div>'.repeat(100_000)}${PROSE}${'</div>'.repeat(100_000)}</body></html>`, 'result'],
    ['100,000 unclosed inline tags', () => `<html><body>${'<b><i><span>'.repeat(100_000)}${PROSE}</body></html>`, 'result'],
    ['5 MB of paragraphs', () => `<html><body><article>${PROSE.repeat(Math.ceil(5e6 / PROSE.length))}</article></body></html>`, 'error'],
    ['5 MB of nested tables', () => `<html><body>${'<table><tr><td>cell '.repeat(Math.ceil(5e6 / 20))}</body></html>`, 'error'],
    ['5 MB of tag soup', () => tagSoup(5e6), 'either'],
    ['1 MB of tag soup', () => tagSoup(1e6), 'either'],
    ['5 MB of scripts around a small article', () => `<html><head><script>${'var s = "<div>";\n'.repeat(300_000)}</script></head><body>${PROSE}</body></html>`, 'result'],
    ['an unterminated comment over 5 MB', () => `<html><body>${PROSE}<!--${'x <p>y</p> '.repeat(450_000)}`, 'result'],
    // A tag cut off by the end of the input is dropped, as in a browser, so the article before it stands.
    ['an unterminated attribute quote over 5 MB', () => `<html><body>${PROSE}<div class="${'x>y '.repeat(1_250_000)}`, 'result'],
    // The slowest shape found within the limits: many chains nested just under the depth limit.
    ['1,500 chains of 30 nested divs', () => `<html><body>${Array.from({ length: 1_500 }, (_, k) => `${'<div>'.repeat(30)}text ${k}, more, text. ${'</div>'.repeat(30)}`).join('')}</body></html>`, 'either'],
    ['49,000 empty inline elements', () => `<html><body>${PROSE}${'<i>a</i>'.repeat(49_000)}</body></html>`, 'either'],
    ['a 1 MB attribute value on every paragraph', () => `<html><body>${`<p data-x="${'z'.repeat(200_000)}">Words in the paragraph go on for a while here.</p>`.repeat(6)}${PROSE}</body></html>`, 'result'],
  ];
  it.each(rows)('%s', (name, make, want) => {
    const r = measure(name, make());
    expect(r.cpuMs).toBeLessThan(BUDGET_MS);
    if (want === 'result') expect(r.ok, r.message).toBe(true);
    if (want === 'error') expect(r.message).toMatch(/^page too large/);
  }, 120_000);

  it('refuses input over the size limit before parsing', () => {
    const r = measure('over MAX_INPUT_CHARS', 'x'.repeat(MAX_INPUT_CHARS + 1));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^page too large: \d+ characters/);
    expect(r.cpuMs).toBeLessThan(1_000);
  });
});
