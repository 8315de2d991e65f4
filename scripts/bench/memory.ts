/**
 * Memory: peak RSS of `newsx analyze --input-format jsonl --format jsonl` streaming 10N records (default N = 1,000)
 * from stdin to /dev/null, with `--jobs` set to the number of cores (the default for a large input; without it a
 * small one would run on one lane, src/cli/lanes.ts), then with `--jobs 1`. The child notes its peak RSS so far
 * (the kernel's high-water mark) as it writes record 40, N/4, N, 10N/4 and 10N (usage-hook.mjs), so one stream
 * gives the peak after each of those counts. In-order streaming with a bounded number of articles in flight, and a
 * bounded heap (src/cli/v8-tuning.ts), should keep the peak flat: 10x the articles may raise it by less than 10%.
 *
 * Why the target is read from N = 1,000 and not from 250, as the bench did until the sixth session: over the first
 * several hundred articles V8 is still sizing the heap. The per-word caches fill within about 250 articles, but the
 * old generation's collection limit reaches its steady cycle later: RSS sampled through four 10,000-article
 * streams (`--jobs 1`) was 142-145 MiB at 250 records, 144-147 at 500 and 150-155 at 1,000; from there it swung
 * between about 144 and 156 as each full collection freed what the last cycle left, peaking at 158-160 by 10,000
 * (README, Speed). A peak taken at 250 records is a warm-up figure, so growth from it says more about V8's warm-up
 * than about the stream. Both are printed, each against the target.
 */
import os from 'node:os';
import path from 'node:path';
import { type Corpus, sum, takeArticles, writeJsonl } from './corpus.js';
import { batchLine, machineLoad, type RunResult, runNewsx, tmpDir } from './proc.js';
import { fmtInt, fmtMs, type Row, verdict } from './report.js';

const SECTION = '3 peak RSS';

interface Stream {
  run: RunResult;
  /** Peak RSS in MiB after each marked record count. */
  peak: Map<number, number>;
}

async function stream(file: string, count: number, marks: readonly number[], jobs: string): Promise<Stream> {
  const run = await runNewsx(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', jobs], { stdinFile: file, marks });
  const line = batchLine(run.stderr);
  if (!line || line.articles !== count) throw new Error(`expected ${count} records back, newsx said: ${run.stderr.slice(-300)}`);
  if (!run.usage?.marks || run.usage.marks.length !== marks.length) throw new Error('the child did not report its peak RSS at every mark');
  return { run, peak: new Map(run.usage.marks.map((m) => [m.lines, m.maxRssKb / 1024])) };
}

export async function benchMemory(corpus: Corpus, n: number): Promise<Row[]> {
  const load = machineLoad();
  const cores = String(os.availableParallelism());
  const quarter = Math.max(1, Math.round(n / 4));
  const marks = [...new Set([40, quarter, n, 10 * quarter, 10 * n])].sort((a, b) => a - b);
  const articles = takeArticles(corpus, 10 * n);
  const file = path.join(tmpDir(), `memory-${10 * n}.jsonl`);
  writeJsonl(file, articles);
  const words = (count: number) => sum(articles.slice(0, count));
  const rows: Row[] = [];
  for (const jobs of [cores, '1']) {
    const s = await stream(file, 10 * n, marks, jobs);
    const growth = (from: number, to: number) => (s.peak.get(to) ?? 0) / (s.peak.get(from) ?? 1) - 1;
    const pct = (g: number) => `${(100 * g).toFixed(1)}%`;
    const label = jobs === '1' ? '--jobs 1 (one isolate, no worker)' : `--jobs ${jobs} (every core)`;
    rows.push({ section: SECTION, measure: `analyze --input-format jsonl --format jsonl > /dev/null, ${label}: ${fmtInt(10 * n)} articles in ${fmtMs(s.run.wallMs)}`, value: '', target: load });
    for (const m of marks) rows.push({ section: SECTION, measure: `peak RSS by record ${fmtInt(m)} (${fmtInt(words(m))} words)`, value: `${(s.peak.get(m) ?? 0).toFixed(1)} MiB` });
    const warm = growth(quarter, 10 * quarter);
    const steady = growth(n, 10 * n);
    rows.push(
      { section: SECTION, measure: `peak RSS growth, 40 -> ${fmtInt(quarter)} articles (caches filling, JIT warming)`, value: pct(growth(40, quarter)) },
      { section: SECTION, measure: `peak RSS growth, ${fmtInt(quarter)} -> ${fmtInt(10 * quarter)} articles (from inside the heap's warm-up)`, value: pct(warm), target: '< 10%', verdict: verdict(warm < 0.1) },
      { section: SECTION, measure: `peak RSS growth, ${fmtInt(n)} -> ${fmtInt(10 * n)} articles`, value: pct(steady), target: '< 10%', verdict: verdict(steady < 0.1) },
    );
  }
  return rows;
}
