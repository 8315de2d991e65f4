/**
 * Memory: peak RSS of `newsx analyze --input-format jsonl --format jsonl` streaming N and then 10N records from
 * stdin to /dev/null, with the default --jobs (workers). In-order streaming with bounded in-flight batches should
 * keep the peak flat: 10x the articles may raise it by less than 10%.
 */
import path from 'node:path';
import { type Corpus, sum, takeArticles, writeJsonl } from './corpus.js';
import { batchLine, machineLoad, type RunResult, runNewsx, tmpDir } from './proc.js';
import { fmtInt, fmtMs, type Row, verdict } from './report.js';

const SECTION = '3 peak RSS';

async function stream(corpus: Corpus, count: number): Promise<{ run: RunResult; words: number }> {
  const articles = takeArticles(corpus, count);
  const file = path.join(tmpDir(), `memory-${count}.jsonl`);
  writeJsonl(file, articles);
  const run = await runNewsx(['analyze', '--input-format', 'jsonl', '--format', 'jsonl'], { stdinFile: file });
  const line = batchLine(run.stderr);
  if (!line || line.articles !== count) throw new Error(`expected ${count} records back, newsx said: ${run.stderr.slice(-300)}`);
  if (!run.usage) throw new Error('the child did not report its resource usage');
  return { run, words: sum(articles) };
}

export async function benchMemory(corpus: Corpus, n: number): Promise<Row[]> {
  const load = machineLoad();
  const small = await stream(corpus, n);
  const large = await stream(corpus, 10 * n);
  const mib = (r: RunResult) => (r.usage?.maxRssKb ?? 0) / 1024;
  const growth = mib(large.run) / mib(small.run) - 1;
  const row = (count: number, m: { run: RunResult; words: number }): Row => ({
    section: SECTION,
    measure: `${count} articles (${fmtInt(m.words)} words, ${fmtMs(m.run.wallMs)})`,
    value: `${mib(m.run).toFixed(1)} MiB`,
  });
  return [
    { section: SECTION, measure: 'analyze --input-format jsonl --format jsonl > /dev/null, default --jobs', value: '', target: load },
    row(n, small),
    row(10 * n, large),
    { section: SECTION, measure: `peak RSS growth, ${n} -> ${10 * n} articles`, value: `${(100 * growth).toFixed(1)}%`, target: '< 10%', verdict: verdict(growth < 0.1) },
  ];
}
