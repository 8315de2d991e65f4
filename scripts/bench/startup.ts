/**
 * Start-up: whole-process wall time of `newsx entities ARTICLE` against a bare Node process that loads compromise
 * and tags the same article (compromise-alone.mjs). Runs alternate between the two so a change in the machine's
 * load hits both alike; one warm-up run each fills the file cache; the median of `runs` is compared.
 */
import path from 'node:path';
import { ROOT } from './corpus.js';
import { machineLoad, median, type RunResult, runNewsx, runNode } from './proc.js';
import { fmtMs, type Row, verdict } from './report.js';

const SECTION = '2 start-up';
export const STARTUP_ARTICLE = 'fixtures/lavrov-wang-beijing.txt';

function describe(label: string, runs: readonly RunResult[]): Row {
  const cpu = runs.map((r) => r.usage?.cpuMs ?? Number.NaN);
  const peak = runs.map((r) => r.usage?.maxRssKb ?? Number.NaN);
  return {
    section: SECTION,
    measure: `${label}: median wall (CPU ${fmtMs(median(cpu))}, RSS ${Math.round(median(peak) / 1024)} MiB)`,
    value: fmtMs(median(runs.map((r) => r.wallMs))),
  };
}

export async function benchStartup(runs: number): Promise<Row[]> {
  const article = path.join(ROOT, STARTUP_ARTICLE);
  const newsx = () => runNewsx(['entities', STARTUP_ARTICLE]);
  const bare = () => runNode(path.join(ROOT, 'scripts/bench/compromise-alone.mjs'), [article], { captureStdout: true });
  await newsx();
  await bare();
  const load = machineLoad();
  const a: RunResult[] = [];
  const b: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always follows the other.
    if (i % 2 === 0) {
      a.push(await newsx());
      b.push(await bare());
    } else {
      b.push(await bare());
      a.push(await newsx());
    }
  }
  if (b.some((r) => r.code !== 0)) throw new Error(`compromise-alone failed: ${b.find((r) => r.code !== 0)?.stderr.slice(-300)}`);
  const ratio = median(a.map((r) => r.wallMs)) / median(b.map((r) => r.wallMs));
  const cpu = (rs: readonly RunResult[]) => median(rs.map((r) => r.usage?.cpuMs ?? Number.NaN));
  return [
    { section: SECTION, measure: `article ${STARTUP_ARTICLE}, ${runs} runs each, alternating`, value: '', target: load },
    describe('newsx entities ARTICLE', a),
    describe('node + compromise, nlp(ARTICLE)', b),
    { section: SECTION, measure: 'newsx / bare compromise (median wall)', value: `${ratio.toFixed(2)}x`, target: '<= 1.30x', verdict: verdict(ratio <= 1.3) },
    // CPU time moves far less with the machine's load than the wall clock: a cross-check for the ratio above.
    { section: SECTION, measure: 'newsx / bare compromise (median CPU time)', value: `${(cpu(a) / cpu(b)).toFixed(2)}x` },
  ];
}
