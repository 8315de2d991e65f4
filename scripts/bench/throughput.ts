/**
 * Throughput: words per second of `newsx analyze --input-format jsonl` at --jobs 1 and --jobs 2, beside compromise
 * alone (nlp(text) + people/places/organizations, one thread) on the same records. Each runs as its own process.
 *
 * Two clocks per run: "in-run" (newsx's own batch timer, which starts after the CLI's modules are loaded but
 * includes starting the workers; compromise's loop) is the throughput the targets use, because start-up has its own
 * target; "whole process" adds Node boot and module loading. CPU time (all threads) is printed too: on a busy
 * machine it moves much less than the wall clock. Each worker loads its own compromise and model (about a second of
 * CPU), so --jobs 2 needs a large corpus to show its speed-up.
 */
import path from 'node:path';
import { type Corpus, ROOT, sum, takeWords, writeJsonl } from './corpus.js';
import { batchLine, machineLoad, type RunResult, runNewsx, runNode, tmpDir } from './proc.js';
import { fmtInt, type Row, verdict } from './report.js';

const SECTION = '1 throughput';

interface Measured {
  label: string;
  words: number;
  inRunMs: number;
  run: RunResult;
}

const perSec = (words: number, ms: number) => (ms > 0 ? (words * 1000) / ms : 0);

async function newsxAt(file: string, jobs: number, words: number): Promise<Measured> {
  const run = await runNewsx(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs)], { stdinFile: file });
  const line = batchLine(run.stderr);
  if (!line) throw new Error(`no batch line on stderr: ${run.stderr.slice(-300)}`);
  if (line.failed > 0) throw new Error(`${line.failed} records failed at --jobs ${jobs}`);
  return { label: `newsx analyze --jobs ${jobs}`, words: line.words || words, inRunMs: line.secs * 1000, run };
}

async function compromiseAlone(file: string): Promise<Measured> {
  const run = await runNode(path.join(ROOT, 'scripts/bench/compromise-alone.mjs'), ['--jsonl', file], { captureStdout: true });
  if (run.code !== 0) throw new Error(`compromise-alone exited ${run.code}: ${run.stderr.slice(-300)}`);
  const r = JSON.parse(run.stdout) as { words: number; ms: number };
  return { label: 'compromise alone (1 thread)', words: r.words, inRunMs: r.ms, run };
}

function rows(m: Measured): Row[] {
  const cpu = m.run.usage ? `${fmtInt(perSec(m.words, m.run.usage.cpuMs))} words/CPU-s` : 'CPU n/a';
  return [
    { section: SECTION, measure: `${m.label}: words/s in-run`, value: fmtInt(perSec(m.words, m.inRunMs)) },
    { section: SECTION, measure: `${m.label}: words/s whole process; ${cpu}`, value: fmtInt(perSec(m.words, m.run.wallMs)) },
  ];
}

export async function benchThroughput(corpus: Corpus, words: number): Promise<Row[]> {
  const articles = takeWords(corpus, words);
  const file = path.join(tmpDir(), 'throughput.jsonl');
  writeJsonl(file, articles);
  const load = machineLoad();
  const alone = await compromiseAlone(file);
  const j1 = await newsxAt(file, 1, sum(articles));
  const j2 = await newsxAt(file, 2, sum(articles));
  const rate = (m: Measured) => perSec(m.words, m.inRunMs);
  const cpuRate = (m: Measured) => (m.run.usage ? perSec(m.words, m.run.usage.cpuMs) : Number.NaN);
  return [
    { section: SECTION, measure: 'corpus', value: `${articles.length} articles, ${fmtInt(sum(articles))} words`, target: load },
    ...rows(alone),
    ...rows(j1),
    ...rows(j2),
    {
      section: SECTION,
      measure: 'newsx --jobs 1 / compromise alone (in-run)',
      value: `${(rate(j1) / rate(alone)).toFixed(2)}x`,
      target: '>= 1.00x',
      verdict: verdict(rate(j1) >= rate(alone)),
    },
    {
      section: SECTION,
      measure: 'newsx --jobs 2 / --jobs 1 (in-run)',
      value: `${(rate(j2) / rate(j1)).toFixed(2)}x`,
      target: '>= 1.80x',
      verdict: verdict(rate(j2) >= 1.8 * rate(j1)),
    },
    // Whole-process CPU time barely depends on how busy the machine is: a cross-check for the wall-clock ratios.
    { section: SECTION, measure: 'words per CPU-s, --jobs 1 / compromise alone (whole process)', value: `${(cpuRate(j1) / cpuRate(alone)).toFixed(2)}x` },
    { section: SECTION, measure: 'CPU time per word, --jobs 2 / --jobs 1 (worker overhead)', value: `${(cpuRate(j1) / cpuRate(j2)).toFixed(2)}x` },
  ];
}
