/**
 * Stage costs, in-process: the extractors imported from src/ and timed one by one over the corpus, as ms per 10k
 * words (the same order and inputs as `analyze`). Then linear growth: the date stage and the whole `analyze` on one
 * 100 KB text and one 1 MB text; each ratio should be about 10 (no stage may grow faster than the text).
 * Both clocks are kept: CPU time (process.cpuUsage, so it includes GC threads) is what the figures and verdicts use,
 * because on a shared machine the wall clock mostly measures waiting for a core.
 */
import { analyze } from '../../src/analyze.js';
import type { ExtractContext } from '../../src/extract/context.js';
import { extractDates, findDatelineDate } from '../../src/extract/dates/index.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { extractHeader } from '../../src/extract/header.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { summarize } from '../../src/extract/summary/index.js';
import type { Reference } from '../../src/model/types.js';
import { parse } from '../../src/nlp/compromise.js';
import { type Article, type Corpus, sum, takeWords, textOfSize } from './corpus.js';
import { machineLoad, median } from './proc.js';
import { fmtInt, fmtMs, type Row, verdict } from './report.js';

const STAGES = ['parse', 'entities', 'quotes', 'dates', 'summary'] as const;
type Stage = (typeof STAGES)[number];

function context(date: string | undefined, fallback: () => string | null): ExtractContext {
  const d = date ?? fallback();
  const reference: Reference = date ? { date, source: 'option' } : d ? { date: d, source: 'dateline' } : { date: null, source: null };
  return { reference, lexicon: new Map(), summarySentences: 3 };
}

/** Wall and CPU milliseconds since some origin. */
interface Clock {
  wall: number;
  cpu: number;
}

function now(): Clock {
  const c = process.cpuUsage();
  return { wall: performance.now(), cpu: (c.user + c.system) / 1000 };
}

type Totals = Record<Stage, Clock>;
const zero = (): Totals => Object.fromEntries(STAGES.map((s) => [s, { wall: 0, cpu: 0 }])) as Totals;

/** One article through the pipeline, adding each stage's time to `ms`. */
function timeArticle(a: Article, ms: Totals): void {
  let t = now();
  const doc = parse(a.text);
  const header = extractHeader(doc);
  const ctx = context(a.date, () => findDatelineDate(doc));
  const lap = (stage: Stage) => {
    const at = now();
    ms[stage].wall += at.wall - t.wall;
    ms[stage].cpu += at.cpu - t.cpu;
    t = at;
  };
  lap('parse');
  const entities = extractEntities(doc, ctx);
  lap('entities');
  const quotes = extractQuotes(doc, entities, ctx);
  lap('quotes');
  extractDates(doc, ctx);
  lap('dates');
  summarize(doc, { header, entities, quotes }, ctx);
  lap('summary');
}

export async function benchStages(corpus: Corpus, words: number): Promise<Row[]> {
  const section = '4 stage cost';
  const articles = takeWords(corpus, words);
  const n = sum(articles);
  // Warm-up: load the entity model and let the JIT settle before anything is timed.
  for (const a of articles.slice(0, 5)) timeArticle(a, zero());
  const ms = zero();
  for (const a of articles) timeArticle(a, ms);
  const total = (k: keyof Clock) => STAGES.reduce((t, s) => t + ms[s][k], 0);
  const per10k = (x: number) => `${((x * 10_000) / n).toFixed(0)} ms`;
  return [
    { section, measure: `${articles.length} articles, ${fmtInt(n)} words, in-process: CPU ms per 10k words`, value: '', target: machineLoad() },
    ...STAGES.map((s) => ({
      section,
      measure: `${s === 'parse' ? 'parse (+ header, reference)' : s} (wall ${per10k(ms[s].wall)})`,
      value: per10k(ms[s].cpu),
      target: `${((100 * ms[s].cpu) / total('cpu')).toFixed(0)}% of total`,
    })),
    { section, measure: `all stages: ${fmtInt((n * 1000) / total('cpu'))} words/CPU-s (wall ${per10k(total('wall'))})`, value: per10k(total('cpu')) },
  ];
}

function timed<T>(f: () => T): { value: T; ms: Clock } {
  const t = now();
  const value = f();
  const end = now();
  return { value, ms: { wall: end.wall - t.wall, cpu: end.cpu - t.cpu } };
}

interface TextTimes {
  words: number;
  parseMs: Clock;
  datesMs: Clock;
  analyzeMs: Clock;
}
type Key = 'parseMs' | 'datesMs' | 'analyzeMs';

/** Time parsing, the date stage (on the parsed doc) and the whole analysis of one text. */
function onText(text: string): TextTimes {
  const ctx = context('2016-09-15', () => null);
  const parsed = timed(() => parse(text));
  const dates = timed(() => extractDates(parsed.value, ctx));
  const whole = timed(() => analyze(text, { referenceDate: '2016-09-15' }));
  return { words: whole.value.input.words, parseMs: parsed.ms, datesMs: dates.ms, analyzeMs: whole.ms };
}

/** `text` cut into `k` consecutive pieces of about equal length, each cut at a line break. */
function pieces(text: string, k: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= k; i++) {
    let to = i === k ? text.length : text.lastIndexOf('\n', Math.round((i * text.length) / k));
    if (to <= from) to = Math.round((i * text.length) / k);
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

/** Rounds of the linear-growth comparison. */
const LINEAR_ROUNDS = 3;

/** The median over rounds of each timing, wall and CPU apart (word counts are the same in every round). */
function medianTimes(all: readonly TextTimes[]): TextTimes {
  const mid = (k: Key): Clock => ({ wall: median(all.map((x) => x[k].wall)), cpu: median(all.map((x) => x[k].cpu)) });
  return { words: all[0].words, parseMs: mid('parseMs'), datesMs: mid('datesMs'), analyzeMs: mid('analyzeMs') };
}

/** The mean over texts of each timing (and their mean word count). */
function mean(all: readonly TextTimes[]): TextTimes {
  const avg = (k: Key): Clock => ({ wall: all.reduce((t, x) => t + x[k].wall, 0) / all.length, cpu: all.reduce((t, x) => t + x[k].cpu, 0) / all.length });
  return { words: all.reduce((t, x) => t + x.words, 0) / all.length, parseMs: avg('parseMs'), datesMs: avg('datesMs'), analyzeMs: avg('analyzeMs') };
}

/**
 * 1 MB as one text against the same 1 MB cut into ten 100 KB texts: the same words either way, so the ratio of the
 * one big text to the mean piece isolates growth with length, and ten small runs average out a shared machine.
 */
export async function benchLinear(corpus: Corpus): Promise<Row[]> {
  const section = '5 linear growth';
  const text = textOfSize(corpus, 1_000_000);
  const cut = pieces(text, 10);
  // Warm-up over the same words (model load, JIT, per-word caches), so neither side is charged for filling them.
  for (const p of cut) analyze(p);
  // Three alternating rounds, each side's median taken: one round of the one big text moved from 8.4x to 13.3x
  // between runs of the same code on this machine (sixth session), more than any change it was meant to show.
  const smalls: TextTimes[] = [];
  const larges: TextTimes[] = [];
  for (let r = 0; r < LINEAR_ROUNDS; r++) {
    smalls.push(mean(cut.map(onText)));
    larges.push(onText(text));
  }
  const small = medianTimes(smalls);
  const large = medianTimes(larges);
  const ratio = (k: Key) => large[k].cpu / small[k].cpu;
  const row = (label: string, k: Key, judged: boolean): Row => ({
    section,
    measure: `${label}: CPU ${fmtMs(small[k].cpu)} -> ${fmtMs(large[k].cpu)} (wall ${(large[k].wall / small[k].wall).toFixed(1)}x)`,
    value: `${ratio(k).toFixed(1)}x`,
    ...(judged ? { target: '~10x (<= 13x)', verdict: verdict(ratio(k) <= 13) } : {}),
  });
  return [
    {
      section,
      measure: `1 MB text (${fmtInt(large.words)} words) vs mean of its ten 100 KB pieces (${fmtInt(small.words)} words), median of ${LINEAR_ROUNDS} alternating rounds`,
      value: '',
      target: machineLoad(),
    },
    row('parse', 'parseMs', false),
    row('date stage', 'datesMs', true),
    row('whole analyze()', 'analyzeMs', true),
  ];
}
