/**
 * Memory: peak RSS of `newsx analyze --input-format jsonl --format jsonl` streaming 40, N and 10N records from
 * stdin to /dev/null, with `--jobs` set to the number of cores (the default for a large input; without it a small
 * one would run on one lane, src/cli/lanes.ts, and the sizes would not compare), then with `--jobs 1`. In-order
 * streaming with a bounded number of articles in flight, and a bounded heap (src/cli/v8-tuning.ts), should keep the
 * peak flat: 10x the articles may raise it by less than 10%.
 *
 * The target is held from N (default 250) to 10N, not from 40: over the first few hundred articles the peak rises
 * while the per-word caches fill (bounded at 8,000 word forms) and the workers' JIT warms up, which is a one-off cost,
 * not growth with the stream. The 40-article figure is printed so that step is seen too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Corpus, sum, takeArticles, writeJsonl } from './corpus.js';
import { batchLine, machineLoad, type RunResult, runNewsx, tmpDir } from './proc.js';
import { fmtInt, fmtMs, type Row, verdict } from './report.js';

const SECTION = '3 peak RSS';

async function stream(corpus: Corpus, count: number, jobs: string[]): Promise<{ run: RunResult; words: number }> {
  const articles = takeArticles(corpus, count);
  const file = path.join(tmpDir(), `memory-${count}.jsonl`);
  // Each size streams twice (every core, then --jobs 1): written once per bench run.
  if (!fs.existsSync(file)) writeJsonl(file, articles);
  const run = await runNewsx(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', ...jobs], { stdinFile: file });
  const line = batchLine(run.stderr);
  if (!line || line.articles !== count) throw new Error(`expected ${count} records back, newsx said: ${run.stderr.slice(-300)}`);
  if (!run.usage) throw new Error('the child did not report its resource usage');
  return { run, words: sum(articles) };
}

export async function benchMemory(corpus: Corpus, n: number): Promise<Row[]> {
  const load = machineLoad();
  const cores = ['--jobs', String(os.availableParallelism())];
  const first = await stream(corpus, 40, cores);
  const small = await stream(corpus, n, cores);
  const large = await stream(corpus, 10 * n, cores);
  const small1 = await stream(corpus, n, ['--jobs', '1']);
  const large1 = await stream(corpus, 10 * n, ['--jobs', '1']);
  const mib = (r: RunResult) => (r.usage?.maxRssKb ?? 0) / 1024;
  const growth = mib(large.run) / mib(small.run) - 1;
  const growth1 = mib(large1.run) / mib(small1.run) - 1;
  const row = (count: number, m: { run: RunResult; words: number }): Row => ({
    section: SECTION,
    measure: `${count} articles (${fmtInt(m.words)} words, ${fmtMs(m.run.wallMs)})`,
    value: `${mib(m.run).toFixed(1)} MiB`,
  });
  return [
    { section: SECTION, measure: `analyze --input-format jsonl --format jsonl > /dev/null, --jobs ${cores[1]} (every core)`, value: '', target: load },
    row(40, first),
    row(n, small),
    row(10 * n, large),
    { section: SECTION, measure: `peak RSS growth, 40 -> ${n} articles (caches filling, JIT warming)`, value: `${(100 * (mib(small.run) / mib(first.run) - 1)).toFixed(1)}%` },
    { section: SECTION, measure: `peak RSS growth, ${n} -> ${10 * n} articles`, value: `${(100 * growth).toFixed(1)}%`, target: '< 10%', verdict: verdict(growth < 0.1) },
    { section: SECTION, measure: 'the same with --jobs 1 (one isolate, no worker)', value: '' },
    row(n, small1),
    row(10 * n, large1),
    { section: SECTION, measure: `peak RSS growth, ${n} -> ${10 * n} articles, --jobs 1`, value: `${(100 * growth1).toFixed(1)}%`, target: '< 10%', verdict: verdict(growth1 < 0.1) },
  ];
}
