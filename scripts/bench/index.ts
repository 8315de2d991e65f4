/**
 * `npm run bench` (issue 7): one run measures throughput against compromise alone, start-up, peak RSS while
 * streaming, per-stage cost and linear growth, plus the HTML bench (scripts/bench/html.ts) when it exists, and
 * prints one table. The CLI figures use the compiled dist/ (the script builds first).
 *
 * Options: --words N (per-core throughput corpus; default 200000, about the whole eval corpus), --large-words N
 * (the --jobs 2 / --jobs 1 corpus, default 6000000, cycling the eval corpus), --rounds N (alternating --jobs 1/2
 * runs, default 2), --stage-words N (default 40000), --rss-n N (default 1000: streams 10N articles, peak RSS noted at 40, N/4, N, 10N/4 and 10N),
 * --runs N (start-up runs each, default 7), --only 1,2,… (sections), --data DIR (eval folder; default
 * ../shared/eval, else the repo fixtures repeated).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Corpus, loadCorpus, ROOT } from './corpus.js';
import { benchMemory } from './memory.js';
import { cleanup, machineLoad } from './proc.js';
import { fmtInt, renderTable, type Row } from './report.js';
import { benchLinear, benchStages } from './stages.js';
import { benchStartup } from './startup.js';
import { benchThroughput } from './throughput.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i >= 0 ? new Set((process.argv[i + 1] ?? '').split(',')) : null;
})();

/** Run the HTML bench another module owns, if it is there; its rows join the table when it returns some. */
async function benchHtml(): Promise<Row[]> {
  const section = '6 html';
  const file = path.join(ROOT, 'scripts/bench/html.ts');
  if (!fs.existsSync(file)) return [{ section, measure: 'skipped: scripts/bench/html.ts does not exist yet', value: '' }];
  const mod = (await import(pathToFileURL(file).href)) as { run?: () => unknown };
  if (typeof mod.run !== 'function') return [{ section, measure: 'skipped: scripts/bench/html.ts exports no run()', value: '' }];
  const result = await mod.run();
  if (Array.isArray(result) && result.every((r) => r && typeof r === 'object' && 'measure' in r && 'value' in r)) {
    return (result as Array<Omit<Row, 'section'>>).map((r) => ({ ...r, section, value: String(r.value) }));
  }
  if (result !== undefined) console.log(`html bench result:\n${typeof result === 'string' ? result : JSON.stringify(result, null, 2)}`);
  return [{ section, measure: 'ran scripts/bench/html.ts run() (its own output above)', value: '' }];
}

const SECTIONS: Array<{ key: string; name: string; run: (c: Corpus) => Promise<Row[]> }> = [
  {
    key: '1',
    name: 'throughput',
    run: (c) => benchThroughput(c, { words: option('--words', 200_000), largeWords: option('--large-words', 6_000_000), rounds: option('--rounds', 2) }),
  },
  { key: '2', name: 'start-up', run: () => benchStartup(option('--runs', 7)) },
  { key: '3', name: 'peak RSS', run: (c) => benchMemory(c, option('--rss-n', 1000)) },
  { key: '4', name: 'stage cost', run: (c) => benchStages(c, option('--stage-words', 40_000)) },
  { key: '5', name: 'linear growth', run: (c) => benchLinear(c) },
  { key: '6', name: 'html', run: () => benchHtml() },
];

async function main(): Promise<void> {
  const began = performance.now();
  const corpus = loadCorpus();
  console.log(`newsx bench: corpus ${corpus.source}: ${corpus.articles.length} articles, ${fmtInt(corpus.words)} words`);
  console.log(`machine: ${machineLoad()} at start (wall-clock figures move with the load; CPU figures much less)`);
  const rows: Row[] = [];
  for (const s of SECTIONS) {
    if (only && !only.has(s.key)) continue;
    const t = performance.now();
    process.stderr.write(`bench: ${s.key} ${s.name}…\n`);
    try {
      rows.push(...(await s.run(corpus)));
    } catch (e) {
      // One broken section (e.g. dist/ mid-rebuild) must not hide the others' figures.
      rows.push({ section: `${s.key} ${s.name}`, measure: `FAILED: ${(e as Error).message.split('\n')[0].slice(0, 160)}`, value: '' });
    }
    process.stderr.write(`bench: ${s.key} ${s.name} took ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  cleanup();
  console.log(`\n${renderTable(rows)}\n`);
  console.log(`bench took ${((performance.now() - began) / 1000).toFixed(0)} s; ${machineLoad()} at end`);
  if (rows.some((r) => r.measure.startsWith('FAILED'))) process.exitCode = 1;
}

main().catch((e) => {
  cleanup();
  console.error(e);
  process.exitCode = 1;
});
