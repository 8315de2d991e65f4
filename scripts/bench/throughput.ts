/**
 * Throughput, three questions, each its own processes:
 *
 * 1. Per core: `newsx analyze --jobs 1` against compromise alone (nlp(text) + people/places/organizations, one
 *    thread) on the same records, `--words` of the corpus (default 200,000, about all of it).
 * 2. Both cores: `--jobs 2` against `--jobs 1` on a large corpus, `--large-words` (default 6,000,000 words, about
 *    12,500 articles, a quarter of the 50,000-story folder issue 7 starts from; the eval corpus has about 200,000,
 *    so it cycles: repeats are easier on newsx's word cache, for both settings). Every lane pays a fixed cost before
 *    it runs at its warm rate: loading compromise and the model (0.33-0.35 s of CPU) and JIT warm-up (the first
 *    pass over the 415 eval articles costs 1.3-2.4 CPU-s more than later passes). `--jobs 2` pays it twice, and
 *    `--jobs 1` alone has the second core free for V8's own threads (collector, compiler), so over 1.2 million
 *    words the arithmetic caps the ratio at about 1.85x even with no contention at all (less V8's background
 *    work), and over 6 million at about 1.96x (README, Speed). The "time beyond the warm rate" row estimates each
 *    run's fixed cost; the machine's drift within a run moves it by seconds, either way. Runs alternate, `--rounds` times
 *    (default 2), the order of `--jobs 1` and `--jobs 2` swapping each round so drift does not favour one, and the
 *    median ratio is the figure, because this machine's speed drifts by a quarter from minute to minute.
 * 3. The machine's own ceiling for this kind of work: two compromise-alone processes side by side against one, in
 *    the same rounds (this machine's speed drifts). If they do not reach 2x either, no scheduling inside newsx can.
 *    Beside it, the host's share: two register-only loops (spin.mjs) at once against one. They scale 2.0x unless
 *    the host takes CPU time from this VM; compromise's pair falling short of them is the two cores slowing each
 *    other through shared cache and memory.
 * 4. newsx's own ceiling: two `--jobs 1` processes at once, each on half the large corpus, against one `--jobs 1` on
 *    all of it: both cores busy with no scheduling, shared memory or ordering at all, so what `--jobs 2` can at best
 *    hope for on this machine.
 * 5. Warm rate: the same `--jobs 1` and `--jobs 2` runs timed over the second half of their output only (each line's
 *    arrival is noted), so start-up and the workers' JIT warm-up drop out; what a run ten times longer would see.
 *
 * Two clocks per run: "in-run" (newsx's own batch timer, which starts after the CLI's modules are loaded but
 * includes starting the workers; compromise's loop) is the throughput the targets use, because start-up has its own
 * target; "whole process" adds Node boot and module loading. CPU time (all threads) is printed too.
 */
import path from 'node:path';
import { type Article, type Corpus, ROOT, sum, takeWords, writeJsonl } from './corpus.js';
import { batchLine, machineLoad, median, type RunResult, runNewsx, runNode, tmpDir } from './proc.js';
import { fmtInt, type Row, verdict } from './report.js';

const SECTION = '1 throughput';

interface Measured {
  label: string;
  words: number;
  inRunMs: number;
  run: RunResult;
  /** Words/s over the second half of the output (records in input order), when the records' words are known. */
  warm?: number;
}

const perSec = (words: number, ms: number) => (ms > 0 ? (words * 1000) / ms : 0);
const rate = (m: Measured) => perSec(m.words, m.inRunMs);
const cpuRate = (m: Measured) => (m.run.usage ? perSec(m.words, m.run.usage.cpuMs) : Number.NaN);

async function newsxAt(file: string, jobs: number, records?: readonly Article[]): Promise<Measured> {
  const run = await runNewsx(['analyze', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs)], { stdinFile: file, lineTimes: !!records });
  const line = batchLine(run.stderr);
  if (!line) throw new Error(`no batch line on stderr: ${run.stderr.slice(-300)}`);
  if (line.failed > 0) throw new Error(`${line.failed} records failed at --jobs ${jobs}`);
  const warm = records ? warmRate(records, run.lineMs) : undefined;
  return { label: `newsx analyze --jobs ${jobs}`, words: line.words, inRunMs: line.secs * 1000, run, warm };
}

/** Words/s from the arrival of the first half's last record to the last record's. */
function warmRate(records: readonly Article[], lineMs: readonly number[]): number {
  if (lineMs.length !== records.length) throw new Error(`${lineMs.length} output lines for ${records.length} records`);
  const half = Math.floor(records.length / 2);
  const words = sum(records.slice(half));
  return perSec(words, lineMs[records.length - 1] - lineMs[half - 1]);
}

/** `--jobs 1` and `--jobs 2` on the same records, one after the other in the order asked; [--jobs 1, --jobs 2]. */
async function bothSettings(file: string, records: readonly Article[], twoFirst: boolean): Promise<[Measured, Measured]> {
  if (!twoFirst) {
    const one = await newsxAt(file, 1, records);
    return [one, await newsxAt(file, 2, records)];
  }
  const two = await newsxAt(file, 2, records);
  return [await newsxAt(file, 1, records), two];
}

/** In-run seconds beyond what the run's warm rate would have taken for all its words: start-up and warm-up. */
const fixedSecs = (m: Measured) => (m.inRunMs - (m.words * 1000) / (m.warm as number)) / 1000;

/** Two `--jobs 1` processes at once, one per half: words of both over the slower one's in-run time. */
async function newsxPair(halves: readonly [string, string]): Promise<number> {
  const [a, b] = await Promise.all(halves.map((f) => newsxAt(f, 1)));
  return perSec(a.words + b.words, Math.max(a.inRunMs, b.inRunMs));
}

/** Milliseconds of spin.mjs's register-only loop. */
async function spin(): Promise<number> {
  const run = await runNode(path.join(ROOT, 'scripts/bench/spin.mjs'), ['200000000'], { captureStdout: true });
  if (run.code !== 0) throw new Error(`spin.mjs exited ${run.code}: ${run.stderr.slice(-300)}`);
  return (JSON.parse(run.stdout) as { ms: number }).ms;
}

async function compromiseAlone(file: string): Promise<Measured> {
  const run = await runNode(path.join(ROOT, 'scripts/bench/compromise-alone.mjs'), ['--jsonl', file], { captureStdout: true });
  if (run.code !== 0) throw new Error(`compromise-alone exited ${run.code}: ${run.stderr.slice(-300)}`);
  const r = JSON.parse(run.stdout) as { words: number; ms: number };
  return { label: 'compromise alone (1 thread)', words: r.words, inRunMs: r.ms, run };
}

function rows(m: Measured, note = ''): Row[] {
  const cpu = m.run.usage ? `${fmtInt(cpuRate(m))} words/CPU-s` : 'CPU n/a';
  return [
    { section: SECTION, measure: `${m.label}${note}: words/s in-run`, value: fmtInt(rate(m)) },
    { section: SECTION, measure: `${m.label}${note}: words/s whole process; ${cpu}`, value: fmtInt(perSec(m.words, m.run.wallMs)) },
  ];
}

export interface ThroughputOptions {
  words: number;
  largeWords: number;
  rounds: number;
}

export async function benchThroughput(corpus: Corpus, o: ThroughputOptions): Promise<Row[]> {
  const small = takeWords(corpus, o.words);
  const smallFile = path.join(tmpDir(), 'throughput.jsonl');
  writeJsonl(smallFile, small);
  const large = takeWords(corpus, o.largeWords);
  const largeFile = path.join(tmpDir(), 'throughput-large.jsonl');
  writeJsonl(largeFile, large);
  const cut = Math.floor(large.length / 2);
  const halves: [string, string] = [path.join(tmpDir(), 'throughput-half-1.jsonl'), path.join(tmpDir(), 'throughput-half-2.jsonl')];
  writeJsonl(halves[0], large.slice(0, cut));
  writeJsonl(halves[1], large.slice(cut));
  const load = machineLoad();

  // 1. Per core.
  const alone = await compromiseAlone(smallFile);
  const j1 = await newsxAt(smallFile, 1);

  // 2 to 5 alternate within each round, so all see the same machine: --jobs 1 and --jobs 2 on the large corpus (with
  // their warm rates), two --jobs 1 on its halves at once, then compromise alone once and twice side by side on the
  // per-core corpus.
  const ratios: number[] = [];
  const warmRatios: number[] = [];
  const pairRatios: number[] = [];
  const ceilings: number[] = [];
  const hostShares: number[] = [];
  const runs: Array<{ j1: Measured; j2: Measured }> = [];
  for (let r = 0; r < o.rounds; r++) {
    // Every other round runs --jobs 2 first, so a machine slowing down (or speeding up) cannot favour one side.
    const [a, b] = await bothSettings(largeFile, large, r % 2 === 1);
    runs.push({ j1: a, j2: b });
    ratios.push(rate(b) / rate(a));
    warmRatios.push((b.warm as number) / (a.warm as number));
    pairRatios.push((await newsxPair(halves)) / rate(a));
    const solo = await compromiseAlone(smallFile);
    const pair = await Promise.all([compromiseAlone(smallFile), compromiseAlone(smallFile)]);
    ceilings.push((rate(pair[0]) + rate(pair[1])) / rate(solo));
    const spinSolo = await spin();
    const spinPair = await Promise.all([spin(), spin()]);
    hostShares.push(spinSolo / spinPair[0] + spinSolo / spinPair[1]);
  }
  const ratio = median(ratios);
  const ceiling = median(ceilings);

  return [
    { section: SECTION, measure: 'per-core corpus', value: `${small.length} articles, ${fmtInt(sum(small))} words`, target: load },
    ...rows(alone),
    ...rows(j1),
    {
      section: SECTION,
      measure: 'newsx --jobs 1 / compromise alone (in-run)',
      value: `${(rate(j1) / rate(alone)).toFixed(2)}x`,
      target: '>= 1.00x',
      verdict: verdict(rate(j1) >= rate(alone)),
    },
    { section: SECTION, measure: 'words per CPU-s, --jobs 1 / compromise alone (whole process)', value: `${(cpuRate(j1) / cpuRate(alone)).toFixed(2)}x` },
    { section: SECTION, measure: 'large corpus', value: `${large.length} articles, ${fmtInt(sum(large))} words`, target: machineLoad() },
    ...runs.flatMap((r, i) => [...rows(r.j1, ` (round ${i + 1})`), ...rows(r.j2, ` (round ${i + 1})`)]),
    { section: SECTION, measure: '--jobs 2 / --jobs 1 per round (in-run)', value: ratios.map((x) => `${x.toFixed(2)}x`).join(', ') },
    {
      section: SECTION,
      measure: `newsx --jobs 2 / --jobs 1 (in-run, median of ${o.rounds})`,
      value: `${ratio.toFixed(2)}x`,
      target: '>= 1.80x',
      verdict: verdict(ratio >= 1.8),
    },
    {
      section: SECTION,
      measure: 'newsx ceiling: two --jobs 1 processes at once on the halves / one --jobs 1 on all, per round',
      value: pairRatios.map((x) => `${x.toFixed(2)}x`).join(', '),
    },
    {
      section: SECTION,
      measure: `newsx ceiling (median of ${o.rounds}); --jobs 2 / this ceiling`,
      value: `${median(pairRatios).toFixed(2)}x`,
      target: `${((100 * ratio) / Math.max(1e-9, median(pairRatios))).toFixed(0)}%`,
    },
    {
      section: SECTION,
      measure: 'warm (second half of each run): --jobs 1, --jobs 2 words/s in round 1',
      value: `${fmtInt(runs[0].j1.warm as number)}, ${fmtInt(runs[0].j2.warm as number)}`,
    },
    {
      section: SECTION,
      measure: 'warm --jobs 2 / --jobs 1 per round',
      value: warmRatios.map((x) => `${x.toFixed(2)}x`).join(', '),
    },
    {
      section: SECTION,
      measure: `warm --jobs 2 / --jobs 1 (median of ${o.rounds})`,
      value: `${median(warmRatios).toFixed(2)}x`,
      target: '>= 1.80x',
      verdict: verdict(median(warmRatios) >= 1.8),
    },
    {
      section: SECTION,
      measure: 'time beyond the warm rate (start-up, JIT warm-up, last lane finishing): --jobs 1, --jobs 2 per round',
      value: runs.map((r) => `${fixedSecs(r.j1).toFixed(1)} s, ${fixedSecs(r.j2).toFixed(1)} s`).join('; '),
    },
    {
      section: SECTION,
      measure: 'CPU time per word, --jobs 2 / --jobs 1 (round 1, all threads)',
      value: `${(cpuRate(runs[0].j1) / cpuRate(runs[0].j2)).toFixed(2)}x`,
    },
    {
      section: SECTION,
      measure: 'machine ceiling: 2 compromise-alone processes at once / 1, per round (words/s)',
      value: ceilings.map((x) => `${x.toFixed(2)}x`).join(', '),
    },
    {
      section: SECTION,
      measure: `machine ceiling (median of ${o.rounds}); newsx --jobs 2 reached this share of its gain`,
      value: `${ceiling.toFixed(2)}x`,
      target: `${((100 * (ratio - 1)) / Math.max(1e-9, ceiling - 1)).toFixed(0)}%`,
    },
    {
      section: SECTION,
      measure: "host's share: 2 register-only loops at once / 1, per round (2.00x = both cores wholly this VM's)",
      value: hostShares.map((x) => `${x.toFixed(2)}x`).join(', '),
    },
  ];
}
