/**
 * Quote eval on PolNeAR (brat standoff Source/Cue/Content attributions), scored as ../shared/eval/README.md defines:
 * - a gold quote is each stretch between a pair of quotation marks (outermost pairs, found by `findQuotedStretches`
 *   below, deliberately independent of the extractor's pairing) whose inner text lies inside an attribution's Content
 *   (at least half of it covered; the smallest such Content wins, so a nested attribution beats its host), with that
 *   attribution's Source;
 * - a predicted quote matches a gold quote when it covers at least half of it (one-to-one, in text order);
 * - its speaker is right when `speaker.mention` overlaps a Source span, or both are absent;
 * - a quoted stretch no attribution covers (scare quote, title) counts against newsx only if newsx gives it a speaker;
 * - one annotator file per article (the first in name order).
 * Usage: tsx scripts/eval/quotes.ts [--data DIR] [--errors N] [--file SUBSTRING] [--no-entities]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { type TracedQuote, traceQuotes } from '../../src/extract/quotes/index.js';
import type { Quote } from '../../src/model/types.js';
import { parse } from '../../src/nlp/compromise.js';
import { type Counts, evalDir, fmtPrf, prf } from './score.js';

type Range = [number, number];

interface GoldQuote {
  start: number;
  end: number;
  /** Source spans of the covering attribution; empty when it has no source. */
  sources: Range[];
}

interface Article {
  name: string;
  text: string;
  date: string | null;
  gold: GoldQuote[];
  /** Quoted stretches no attribution covers. */
  uncovered: Range[];
}

interface RuleCount {
  right: number;
  wrong: number;
}

interface Errors {
  missed: string[];
  spurious: string[];
  speakerMissing: string[];
  speakerSpurious: string[];
  speakerWrong: string[];
  scareWithSpeaker: string[];
}

/** Code-point offsets (brat) -> UTF-16 indices: table indexed by code point. */
function codePointTable(text: string): number[] {
  const table: number[] = [];
  let i = 0;
  for (const ch of text) {
    table.push(i);
    i += ch.length;
  }
  table.push(i);
  return table;
}

interface AnnSpan {
  type: string;
  ranges: Range[];
}

function parseAnn(ann: string, cp: number[]): { spans: Map<string, AnnSpan>; attributions: Array<Record<string, string>> } {
  const spans = new Map<string, AnnSpan>();
  const attributions: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const [type, ...rest] = cols[1].split(' ');
      const ranges = rest
        .join(' ')
        .split(';')
        .map((r) => r.split(' ').map(Number))
        .map(([s, e]) => [cp[s], cp[e]] as Range);
      spans.set(cols[0], { type, ranges });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) {
      const roles: Record<string, string> = {};
      for (const part of cols[1].split(' ')) {
        const [role, id] = part.split(':');
        if (role && id) roles[role] = id;
      }
      attributions.push(roles);
    }
  }
  return { spans, attributions };
}

function coveredLength(ranges: readonly Range[], s: number, e: number): number {
  let n = 0;
  for (const [a, b] of ranges) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}

function rangesLength(ranges: readonly Range[]): number {
  return ranges.reduce((n, [a, b]) => n + b - a, 0);
}

function loadArticles(dir: string): Article[] {
  const root = path.join(dir, 'polnear-dev');
  const dates = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(root, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols[1] && /^\d{4}-\d\d-\d\d$/.test(cols[5])) dates.set(cols[1], cols[5]);
  }
  const annFiles = fs.readdirSync(path.join(root, 'attributions')).sort();
  const out: Article[] = [];
  for (const file of fs.readdirSync(path.join(root, 'text')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const annFile = annFiles.find((f) => f.startsWith(`${name}_`));
    if (!annFile) continue;
    const text = fs.readFileSync(path.join(root, 'text', file), 'utf8');
    const { spans, attributions } = parseAnn(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8'), codePointTable(text));
    const gold: GoldQuote[] = [];
    const uncovered: Range[] = [];
    for (const [s, e] of findQuotedStretches(text)) {
      const innerS = s + 1;
      const innerE = Math.max(innerS + 1, e - 1);
      let best: { len: number; sources: Range[] } | null = null;
      for (const att of attributions) {
        const content = spans.get(att.Content ?? '');
        if (!content) continue;
        if (coveredLength(content.ranges, innerS, innerE) * 2 < innerE - innerS) continue;
        const len = rangesLength(content.ranges);
        if (best && best.len <= len) continue;
        best = { len, sources: spans.get(att.Source ?? '')?.ranges ?? [] };
      }
      if (best) gold.push({ start: s, end: e, sources: best.sources });
      else uncovered.push([s, e]);
    }
    out.push({ name, text, date: dates.get(name) ?? null, gold, uncovered });
  }
  return out;
}

const OPEN_DOUBLE = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE_DOUBLE = new Set(['\u201d', '\u00bb']);

/**
 * The gold side's quotation-mark pairing, kept simple on purpose: double marks (curly, guillemets, straight ones read
 * as opening after a space or the paragraph start) pair within a paragraph, or across paragraphs when the next one
 * opens with a mark (the continuation convention); an unclosed mark is dropped. Single marks (curly or straight) pair
 * outside double quotes: an opening ‘ or ' at a word start before a letter and a closing ’ or ' not followed by a letter
 * (so O’Brien and don't never count, and voters’ only when it closes a pair). Returns [start, end) ranges including
 * the marks.
 */
function findQuotedStretches(text: string): Range[] {
  const out: Range[] = [];
  const paras = [...text.matchAll(/[^\n]+/g)].map((m) => [m.index, m.index + m[0].length] as Range);
  let open = -1;
  let skipAt = -1;
  paras.forEach(([ps, pe], k) => {
    const singles: Range[] = [];
    let single = -1;
    for (let i = ps; i < pe; i++) {
      if (i === skipAt) continue;
      const ch = text[i];
      const prev = i > ps ? text[i - 1] : ' ';
      const next = i + 1 < pe ? text[i + 1] : ' ';
      const isOpen = OPEN_DOUBLE.has(ch) || (ch === '"' && (open < 0 || /[\s([{\u2014-]/.test(prev)) && /\S/.test(next));
      const isClose = CLOSE_DOUBLE.has(ch) || ch === '"';
      if (open < 0 && isOpen) {
        open = i;
        single = -1;
      } else if (open >= 0 && isClose && !(ch === '"' && isOpen && i === open + 1)) {
        out.push([open, i + 1]);
        open = -1;
      } else if (open < 0 && (ch === '\u2018' || (ch === "'" && /[\s("\u201c]/.test(prev))) && !/\p{L}/u.test(prev) && /\p{L}/u.test(next)) {
        single = i;
      } else if (open < 0 && single >= 0 && (ch === '\u2019' || ch === "'") && /\S/.test(prev) && !/\p{L}/u.test(next)) {
        singles.push([single, i + 1]);
        single = -1;
      }
    }
    out.push(...singles);
    if (open >= 0) {
      const nextPara = paras[k + 1];
      const continues = nextPara && (OPEN_DOUBLE.has(text[nextPara[0]]) || text[nextPara[0]] === '"');
      // A continued quote reopens at the next paragraph's mark: skip that mark.
      if (continues) skipAt = nextPara[0];
      else open = -1;
    }
  });
  return out.sort((a, b) => a[0] - b[0]);
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

function show(text: string, s: number, e: number): string {
  const t = text.slice(s, e).replace(/\s+/g, ' ');
  return t.length > 90 ? `${t.slice(0, 60)} … ${t.slice(-25)}` : t;
}

/** Score one article into the running counts; push error examples. */
function scoreArticle(a: Article, quotes: Quote[], rules: ReadonlyMap<number, string>, q: Counts, qs: Counts, err: Errors, byRule: Map<string, RuleCount>): void {
  const used = new Set<number>();
  const ruleOf = (p: Quote) => rules.get(p.start) ?? '?';
  const count = (p: Quote, right: boolean) => {
    const c = byRule.get(ruleOf(p)) ?? { right: 0, wrong: 0 };
    c[right ? 'right' : 'wrong']++;
    byRule.set(ruleOf(p), c);
  };
  const tag = a.name.slice(0, 40);
  for (const g of a.gold) {
    const k = quotes.findIndex((p, i) => !used.has(i) && overlap(p.start, p.end, g.start, g.end) * 2 >= g.end - g.start);
    if (k < 0) {
      q.fn++;
      qs.fn++;
      err.missed.push(`${tag}: ${show(a.text, g.start, g.end)}`);
      continue;
    }
    used.add(k);
    q.tp++;
    const p = quotes[k];
    const m = p.speaker?.mention ?? null;
    const goldSrc = g.sources.map(([s, e]) => a.text.slice(s, e)).join(' … ');
    const right = m === null ? g.sources.length === 0 : g.sources.some(([s, e]) => overlap(m.start, m.end, s, e) > 0);
    count(p, right);
    if (right) {
      qs.tp++;
      continue;
    }
    qs.fp++;
    qs.fn++;
    const line = `${tag}: [${ruleOf(p)}] ${show(a.text, p.start, p.end)}  pred=${m ? m.text : 'null'}  gold=${goldSrc || 'null'}`;
    if (!m) err.speakerMissing.push(line);
    else if (g.sources.length === 0) err.speakerSpurious.push(line);
    else err.speakerWrong.push(line);
  }
  quotes.forEach((p, i) => {
    if (used.has(i)) return;
    const scare = a.uncovered.some(([s, e]) => overlap(p.start, p.end, s, e) * 2 >= e - s);
    if (scare && !p.speaker) return;
    q.fp++;
    qs.fp++;
    count(p, false);
    const line = `${tag}: [${p.kind} ${ruleOf(p)}] ${show(a.text, p.start, p.end)}  pred=${p.speaker?.mention.text ?? 'null'}`;
    (scare ? err.scareWithSpeaker : err.spurious).push(line);
  });
}

/** Print quote P/R/F1, quote+speaker P/R/F1 and an error breakdown for the PolNeAR dev set under `dataDir`. */
export async function run(dataDir: string, options: { errors?: number; file?: string; noEntities?: boolean } = {}): Promise<void> {
  const articles = loadArticles(dataDir).filter((a) => !options.file || a.name.includes(options.file));
  const q: Counts = { tp: 0, fp: 0, fn: 0 };
  const qs: Counts = { tp: 0, fp: 0, fn: 0 };
  const err: Errors = { missed: [], spurious: [], speakerMissing: [], speakerSpurious: [], speakerWrong: [], scareWithSpeaker: [] };
  const byRule = new Map<string, RuleCount>();
  let goldCount = 0;
  for (const a of articles) {
    // The rules behind each quote, for the breakdown; they do not depend on entities, so a run without them tells.
    const traced: TracedQuote[] = traceQuotes(parse(a.text), []);
    const rules = new Map(traced.map((t) => [t.quote.start, t.rule] as const));
    // --no-entities: score those quotes alone, without the entity extractor (speaker mentions do not depend on it).
    const quotes = options.noEntities ? traced.map((t) => t.quote) : analyze(a.text, { sections: ['quotes'], referenceDate: a.date }).quotes;
    scoreArticle(a, quotes, rules, q, qs, err, byRule);
    goldCount += a.gold.length;
  }
  console.log(`Quotes (PolNeAR dev): ${articles.length} articles, ${goldCount} gold quotes`);
  console.log(`  quote          ${fmtPrf(prf(q))}`);
  console.log(`  quote+speaker  ${fmtPrf(prf(qs))}`);
  const rows = [...byRule.entries()].sort((x, y) => y[1].right + y[1].wrong - (x[1].right + x[1].wrong));
  console.log(`  by rule (scored quotes: speaker right / wrong): ${rows.map(([r, c]) => `${r} ${c.right}/${c.wrong}`).join(', ')}`);
  const n = options.errors ?? 5;
  for (const [label, list] of Object.entries(err)) {
    console.log(`  ${label}: ${list.length}`);
    for (const line of list.slice(0, n)) console.log(`    ${line}`);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv;
  const at = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  await run(evalDir(argv), { errors: Number(at('--errors') ?? 5), file: at('--file'), noEntities: argv.includes('--no-entities') });
}
