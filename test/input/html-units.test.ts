/**
 * Unit tables for HTML input: detection, publication dates, metadata sources, JSON-LD, text shape, and the
 * markup pre-pass. Each table has its negatives.
 */
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from '../../src/input/html-date.js';
import { prepareMarkup } from '../../src/input/html-bound.js';
import { readJsonLd } from '../../src/input/html-jsonld.js';
import { declaredCharset, decodeDeclared, extractHtml, HtmlInputError, looksLikeHtml } from '../../src/input/html.js';

/** A page around a body long enough to count as an article. */
function page(head: string, body: string): string {
  const prose = Array.from({ length: 4 }, (_, k) => `<p>Paragraph ${k + 1} of the report says the harbour board met on a wet morning and agreed, after a long debate, to repair the old sea wall before winter.</p>`).join('\n');
  return `<!doctype html><html><head>${head}</head><body><article>${body}${prose}</article></body></html>`;
}

describe('looksLikeHtml', () => {
  const yes: [string, string][] = [
    ['page.html', 'anything'],
    ['PAGE.HTM', ''],
    ['feed.xhtml', ''],
    ['saved', '<!DOCTYPE html><html lang="en">'],
    ['saved', '\ufeff  <!doctype HTML>\n<html>'],
    ['saved', '<html>\n<head>'],
    ['saved', '<head><meta charset="utf-8">'],
    ['saved', '<body class="x">'],
    ['saved', '<article><h1>Title</h1>'],
    ['saved', '<!-- saved from url=(0042)https://example.org/ -->\n<html>'],
    ['saved', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'],
  ];
  const no: [string, string][] = [
    ['story.txt', 'MOSCOW, March 3 (Reuters) - Talks ended.'],
    ['story.txt', 'Use <b> for bold and <i> for italics in the old editor.'],
    ['notes.md', '# Notes\n\nThe <html> element is the root.'],
    ['story.txt', '<b>Breaking:</b> the bridge is closed.'],
    ['story.txt', '<3 from the team'],
    ['story.txt', 'a < b and c > d'],
    ['data.jsonl', '{"id": 1, "text": "<html>"}'],
  ];
  it.each(yes)('%s %j is HTML', (name, head) => expect(looksLikeHtml(name, head)).toBe(true));
  it.each(no)('%s %j is not HTML', (name, head) => expect(looksLikeHtml(name, head)).toBe(false));
});

describe('declaredCharset', () => {
  const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');
  const rows: [string, string][] = [
    ['<meta charset="utf-8">', 'utf-8'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">', 'windows-1252'],
    ["<meta http-equiv='content-type' content='text/html;charset=windows-1252'>", 'windows-1252'],
    ['<meta charset=Shift_JIS>', 'shift_jis'],
  ];
  it.each(rows)('%s -> %s', (head, want) => expect(declaredCharset(bytes(`<html><head>${head}</head>`))).toBe(want));
  it('decodes a windows-1252 page the loader would otherwise garble (curly quotes, dashes, accents)', () => {
    const page = Buffer.concat([bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x80, 0x81])]);
    expect(decodeDeclared(page)).toContain('“Hi” – é€\u0081');
  });
  it('leaves UTF-8 pages and pages without a declaration to the UTF-8 path', () => {
    expect(decodeDeclared(bytes('<meta charset="utf-8"><p>x</p>'))).toBeNull();
    expect(decodeDeclared(bytes('<p>x</p>'))).toBeNull();
  });
  it('decodes other declared encodings with TextDecoder', () => {
    const page = Buffer.concat([bytes('<meta charset="iso-8859-2"><p>'), Buffer.from([0xb1])]);
    expect(decodeDeclared(page)).toContain('ą');
  });
  const negatives = ['<p>no declaration</p>', '<meta charset="no-such-charset">', `${' '.repeat(1100)}<meta charset="utf-8">`, '<p>charset=utf-8 in text</p>'];
  it.each(negatives)('%j declares nothing usable', (head) => expect(declaredCharset(bytes(head))).toBeNull());
});

describe('toCalendarDate', () => {
  const rows: [string, string][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T18:42:00+01:00', '2024-03-05'],
    ['2023-11-17T23:30:00-05:00', '2023-11-17'], // the publisher's local day, not the UTC one
    ['2019/07/14', '2019-07-14'],
    ['20190714', '2019-07-14'],
    ['20190714T101500Z', '2019-07-14'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024 6:42 PM', '2024-03-05'],
    ['Sept. 14, 2025', '2025-09-14'],
    ['2024-02-29', '2024-02-29'],
  ];
  const negatives = ['', 'yesterday', '2023-02-29', '2024-13-01', '2024-00-10', '12/03/2024', '1999', 'Smarch 5, 2024', '0999-01-01', 'posted 2024-03-05'];
  it.each(rows)('%s -> %s', (input, out) => expect(toCalendarDate(input)).toBe(out));
  it.each(negatives)('%j gives no date', (input) => expect(toCalendarDate(input)).toBeNull());
});

describe('readJsonLd', () => {
  it('finds the article in @graph and joins its authors', () => {
    const body = JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'H', datePublished: '2024-01-02', author: [{ name: 'A B' }, { name: 'C D' }, 'E F'], publisher: { name: 'P' } }] });
    expect(readJsonLd([body])).toEqual({ headline: 'H', datePublished: '2024-01-02', author: 'A B, C D and E F', publisher: 'P', inLanguage: undefined });
  });
  it('prefers NewsArticle over a generic Article, in any body', () => {
    const a = JSON.stringify({ '@type': 'Article', headline: 'generic' });
    const b = JSON.stringify([{ '@type': ['NewsArticle'], headline: 'news' }]);
    expect(readJsonLd([a, b]).headline).toBe('news');
  });
  const negatives: [string, string[]][] = [
    ['broken JSON', ['{"@type": "NewsArticle", "headline": ']],
    ['no article type', [JSON.stringify({ '@type': 'Organization', name: 'Org' })]],
    ['not an object', ['"just a string"']],
    ['deep nesting', ['['.repeat(5000) + ']'.repeat(5000)]],
  ];
  it.each(negatives)('%s gives nothing', (_, bodies) => expect(readJsonLd(bodies)).toEqual({}));
  it('skips author URLs', () => {
    expect(readJsonLd([JSON.stringify({ '@type': 'NewsArticle', author: 'https://example.org/staff/x' })]).author).toBeUndefined();
  });
});

describe('metadata sources, in order', () => {
  const rows: [string, string, string, Partial<Record<'headline' | 'byline' | 'date' | 'siteName' | 'lang', string | null>>][] = [
    ['meta published_time beats JSON-LD', '<meta property="article:published_time" content="2024-05-01T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-30"}</script>', '', { date: '2024-05-01' }],
    ['JSON-LD date beats <time>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-30"}</script>', '<time datetime="2020-01-01">then</time>', { date: '2024-04-30' }],
    ['itemprop datePublished', '', '<p>Posted <span itemprop="datePublished" content="2022-08-09">9 Aug</span></p>', { date: '2022-08-09' }],
    ['<time pubdate> beats an earlier <time>', '', '<time datetime="2021-01-01">x</time><time pubdate datetime="2021-02-02">y</time>', { date: '2021-02-02' }],
    ['upper-case META attributes', '<META NAME="date" CONTENT="2019/07/14">', '', { date: '2019-07-14' }],
    ['og:title with site suffix', '<meta property="og:site_name" content="The Post"><meta property="og:title" content="Bridge reopens | The Post">', '', { headline: 'Bridge reopens', siteName: 'The Post' }],
    ['title with site prefix, headline shown in h1', '<title>The Post -- Bridge reopens after repairs</title>', '<h1>Bridge reopens after repairs</h1>', { headline: 'Bridge reopens after repairs' }],
    ['meta author, "By" stripped', '<meta name="author" content="By Jo Bloggs">', '', { byline: 'Jo Bloggs' }],
    ['author URL is no byline', '<meta property="article:author" content="https://facebook.example/jo">', '', { byline: null }],
    ['byline element', '', '<p class="byline">By <a rel="author" href="/jo">Jo Bloggs</a></p>', { byline: 'Jo Bloggs' }],
    ['language from og:locale', '<meta property="og:locale" content="en_GB">', '', { lang: 'en-GB' }],
  ];
  it.each(rows)('%s', (_, head, body, want) => {
    const got = extractHtml(page(head, body));
    expect(got).toMatchObject(want);
  });
  it('no date anywhere gives null (never the clock)', () => {
    expect(extractHtml(page('<title>x</title>', '')).date).toBeNull();
  });
});

describe('text shape', () => {
  it('decodes entities, collapses whitespace, splits paragraphs on blocks and <br>', () => {
    const got = extractHtml(page('', '<p>Caf&eacute;   &amp;\n bar&nbsp;&#8217;s&#x2019; <b>bold</b><i>it</i></p><div>line one<br>line two<br><br>line three</div>'));
    const paras = got.text.split('\n\n');
    expect(paras.slice(0, 4)).toEqual(['Café & bar ’s’ boldit', 'line one', 'line two', 'line three']);
  });
  it('drops furniture lines: advertising labels, story tools, copyright', () => {
    const got = extractHtml(page('', '<p>Advertisement</p><p>Story continues below advertisement</p><p><a href="/e">E-mail this story</a> | <a href="/p">Print</a></p><p>© 2024 The Post. All rights reserved.</p>'));
    expect(got.text).not.toMatch(/Advertisement|E-mail|All rights/);
  });
  it('removes advertising slots but never an article container whose class mentions ads', () => {
    const got = extractHtml(`<html><body><div class="story has-ads"><div class="ad-slot"><span>Sponsored by Acme Widgets</span></div>${'<p>The harbour board met on a wet morning and agreed, after a long debate, to repair the old sea wall before winter.</p>'.repeat(4)}</div></body></html>`);
    expect(got.text).not.toContain('Acme');
    expect(got.text.split('\n\n')).toHaveLength(4);
  });
  it('leaves out hidden text and text only for screen readers', () => {
    const got = extractHtml(page('', '<p style="display:none">HIDDEN-A</p><p hidden>HIDDEN-B</p><figure><figcaption><span class="visually-hidden">Image caption, </span>The wall in March</figcaption></figure>'));
    expect(got.text).not.toMatch(/HIDDEN|Image caption/);
  });
  it('keeps a paragraph that merely contains a link', () => {
    const got = extractHtml(page('', '<p>The board published <a href="/r">its report</a> on Monday.</p>'));
    expect(got.text).toContain('The board published its report on Monday.');
  });
  it('does not drop a real sentence that starts with "By"', () => {
    const got = extractHtml(page('', '<p>By Friday the wall had been repaired.</p>'));
    expect(got.text.startsWith('By Friday the wall had been repaired.')).toBe(true);
  });
});

describe('fragments and pages with omitted tags', () => {
  const para = '<p>The harbour board met on a wet morning and agreed, after a long debate, to repair the old sea wall before winter.</p>';
  const rows: [string, string, string | null][] = [
    ['bare paragraphs', para.repeat(4), null],
    ['an article element with an h1 and no <title>', `<article><h1>Wall to be repaired</h1>${para.repeat(4)}</article>`, 'Wall to be repaired'],
    ['doctype and title, no html/head/body tags', `<!doctype html><title>Sea wall</title><meta name="author" content="Jo Bloggs">${para.repeat(4)}`, 'Sea wall'],
    ['head and body without <html>', `<head><title>Sea wall</title></head><body>${para.repeat(4)}</body>`, 'Sea wall'],
  ];
  it.each(rows)('%s', (_, html, headline) => {
    const got = extractHtml(html);
    expect(got.headline).toBe(headline);
    expect(got.text.split('\n\n')).toHaveLength(4);
  });
  it('keeps the <html lang> of a page without <body>', () => {
    expect(extractHtml(`<html lang="en-GB"><title>Sea wall</title>${para.repeat(4)}`).lang).toBe('en-GB');
  });
});

describe('prepareMarkup', () => {
  it('drops scripts, styles and comments and keeps JSON-LD bodies aside', () => {
    const p = prepareMarkup('<head><script type="application/ld+json">{"a":1}</script><script>x="</script>"</script><style>p{}</style></head><!-- c --><p>t</p>');
    expect(p.jsonLd).toEqual(['{"a":1}']);
    // A script ends at its first </script>; the stray end tag after it is left to the parser.
    expect(p.html).toBe('<head>"</script></head><p>t</p>');
  });
  it('drops a tag cut off by the end of the input', () => {
    expect(prepareMarkup('<p>kept</p><div class="never closed>').html).toBe('<p>kept</p>');
  });
  it('keeps a ">" inside a quoted attribute inside the tag', () => {
    expect(prepareMarkup('<a title="a>b">x</a>').html).toBe('<a title="a>b">x</a>');
  });
  it('flattens nesting past the limit, keeping breaks as <p>', () => {
    const p = prepareMarkup('<div><div><div><p>a</p><p>b</p></div></div></div>', { maxDepth: 2, maxJsonLd: 100 });
    expect(p.html).toBe('<div><div>a<p>b<p></div></div>');
    expect(p.flattened).toBe(6);
  });
  it('counts unclosed <p>, <li> and <td> as siblings, as the parser does', () => {
    const p = prepareMarkup(`<ul>${'<li>x'.repeat(500)}</ul>${'<p>y'.repeat(500)}<table><tr>${'<td>z'.repeat(500)}</table>`, { maxDepth: 8, maxJsonLd: 100 });
    expect(p.flattened).toBe(0);
  });
  it('mirrors the parser where it nests: <li> inside an open <p> is not closed', () => {
    // htmlparser2 closes an open <li> only when it is on top of the stack; here a <p> is.
    const p = prepareMarkup(`<ul>${'<li><p>x'.repeat(500)}</ul>`, { maxDepth: 8, maxJsonLd: 100 });
    expect(p.flattened).toBeGreaterThan(900);
  });
  const negatives = ['plain text, no tags', 'a < b > c', '<<>>', '</stray></tags>', '<!-- unterminated', '<div class="unterminated'];
  it.each(negatives)('%j passes without error', (s) => expect(() => prepareMarkup(s)).not.toThrow());
});

describe('errors', () => {
  it('a page with no article text is refused with a one-line HtmlInputError', () => {
    const e = (() => {
      try {
        extractHtml('<html><body><nav><a href="/">Home</a></nav><p>Page not found.</p></body></html>');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(HtmlInputError);
    expect((e as Error).message).not.toContain('\n');
  });
  it('a section front of headlines and one-line teasers is refused as mostly links', () => {
    const card = (k: number): string => `<div class="card"><h3><a href="/s${k}">Story headline number ${k} about the budget vote</a></h3><p>A short teaser for story ${k}.</p></div>`;
    const html = `<html><body><main>${Array.from({ length: 12 }, (_, k) => card(k)).join('')}</main></body></html>`;
    expect(() => extractHtml(html)).toThrow(/mostly links/);
  });
  it('an article of ordinary length that carries a long block of related links is kept', () => {
    const more = Array.from({ length: 4 }, (_, k) => `<p>Further detail ${k}: engineers said the work would take six weeks and cost less than the board had feared last year.</p>`).join('');
    const related = Array.from({ length: 10 }, (_, k) => `<p><a href="/r${k}">Related story number ${k} with a long linked headline about harbours</a></p>`).join('');
    const got = extractHtml(page('', more + related));
    expect(got.text).not.toContain('Related story');
    expect(got.text.split('\n\n')).toHaveLength(8);
  });
  it.skip('known gap: a short article (under 150 words) inside a larger block of related links is refused', () => {
    const related = Array.from({ length: 10 }, (_, k) => `<p><a href="/r${k}">Related story number ${k} with a long linked headline about harbours</a></p>`).join('');
    expect(() => extractHtml(page('', related))).not.toThrow();
  });
  it.each(['', '   ', 'not html at all', '<html></html>'])('%j is refused', (s) => {
    expect(() => extractHtml(s)).toThrow(HtmlInputError);
  });
});
