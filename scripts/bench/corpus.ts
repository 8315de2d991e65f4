/**
 * The benchmark corpus: real news text from the eval folder when it is there (CNN/DM `article_lines`, PolNeAR texts,
 * TimeBank/AQUAINT `<TEXT>`), else the repository's own fixtures repeated. Only the bench reads ../shared/eval.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords } from '../../src/analyze.js';
import { evalDir } from '../eval/score.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One article of the corpus; `words` counted the way newsx counts them (`input.words`). */
export interface Article {
  id: string;
  text: string;
  words: number;
  /** `YYYY-MM-DD` when the source gives one. */
  date?: string;
}

export interface Corpus {
  /** Where the text came from, for the report. */
  source: string;
  articles: Article[];
  words: number;
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function article(id: string, text: string, date?: string): Article {
  return { id, text, words: countWords(text), ...(date ? { date } : {}) };
}

function files(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

function cnndm(dir: string): Article[] {
  return files(path.join(dir, 'cnndm-dev/articles'), '.json').map((f) => {
    const j = JSON.parse(fs.readFileSync(f, 'utf8')) as { hash: string; article_lines: string[] };
    return article(`cnndm:${j.hash.slice(0, 10)}`, j.article_lines.join('\n'));
  });
}

function polnear(dir: string): Article[] {
  return files(path.join(dir, 'polnear-dev/text'), '.txt').map((f) => article(`polnear:${path.basename(f, '.txt')}`, fs.readFileSync(f, 'utf8')));
}

/** The text inside `<TEXT>` with the TimeML tags removed, and the `<DCT>` date. */
function timebank(dir: string): Article[] {
  const out: Article[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    for (const f of files(path.join(dir, 'timebank', sub), '.tml')) {
      const xml = fs.readFileSync(f, 'utf8');
      const open = xml.indexOf('<TEXT>');
      const close = xml.indexOf('</TEXT>');
      if (open < 0 || close < open) continue;
      const text = xml
        .slice(open + 6, close)
        .replace(/<[^>]*>/g, '')
        .replace(/&[a-z]+;/g, (e) => XML_ENTITIES[e] ?? e)
        .trim();
      const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
      out.push(article(`timebank:${path.basename(f, '.tml')}`, text, dct));
    }
  }
  return out;
}

/** The repository's text fixtures (non-empty ones), repeated `times` times with distinct ids. */
function fixtures(times: number): Article[] {
  const list = [path.join(ROOT, 'fixtures/lavrov-wang-beijing.txt'), ...files(path.join(ROOT, 'fixtures/text'), '.txt'), ...files(path.join(ROOT, 'fixtures/check'), '.txt')];
  const base = list.map((f) => article(path.relative(ROOT, f), fs.readFileSync(f, 'utf8'))).filter((a) => a.words > 0);
  const out: Article[] = [];
  for (let i = 0; i < times; i++) for (const a of base) out.push({ ...a, id: `${a.id}#${i}` });
  return out;
}

/** The corpus: the eval folder's news text if present, else fixtures repeated to a comparable size. */
export function loadCorpus(argv: readonly string[] = process.argv): Corpus {
  const dir = evalDir(argv);
  const real = [...cnndm(dir), ...polnear(dir), ...timebank(dir)].filter((a) => a.words > 0);
  if (real.length > 0) {
    const kinds = ['cnndm', 'polnear', 'timebank'].map((k) => `${real.filter((a) => a.id.startsWith(`${k}:`)).length} ${k}`);
    return { source: `${dir} (${kinds.join(', ')})`, articles: real, words: sum(real) };
  }
  const base = fixtures(1);
  const times = Math.max(1, Math.ceil(150_000 / Math.max(1, sum(base))));
  const articles = fixtures(times);
  return { source: `repo fixtures repeated ${times}x (no eval data at ${dir})`, articles, words: sum(articles) };
}

export function sum(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + a.words, 0);
}

/** The first articles of the corpus (cycling when needed) up to about `words` words. */
export function takeWords(corpus: Corpus, words: number): Article[] {
  const out: Article[] = [];
  let n = 0;
  for (let i = 0; n < words && corpus.articles.length > 0; i++) {
    const a = corpus.articles[i % corpus.articles.length];
    out.push(i < corpus.articles.length ? a : { ...a, id: `${a.id}#${Math.floor(i / corpus.articles.length)}` });
    n += a.words;
  }
  return out;
}

/** `count` articles cycling through the corpus, each with a distinct id. */
export function takeArticles(corpus: Corpus, count: number): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const a = corpus.articles[i % corpus.articles.length];
    return { ...a, id: `${a.id}#${i}` };
  });
}

/** One text of at least `chars` characters: whole articles joined by blank lines (the way a long feed dump looks). */
export function textOfSize(corpus: Corpus, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const t = corpus.articles[i % corpus.articles.length].text;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Write articles as JSON Lines records `{"id","text","date"?}`. */
export function writeJsonl(file: string, articles: readonly Article[]): void {
  fs.writeFileSync(file, articles.map((a) => JSON.stringify(a.date ? { id: a.id, text: a.text, date: a.date } : { id: a.id, text: a.text })).join('\n') + '\n');
}
