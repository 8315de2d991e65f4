/**
 * `npm run eval`: every accuracy figure newsx reports, on the development sets in ../shared/eval (or --data DIR,
 * or $NEWSX_EVAL_DIR). `npm run eval -- --only entities,dates` runs a subset.
 */
import fs from 'node:fs';
import { evalDir } from './score.js';

const TASKS = ['entities', 'quotes', 'dates', 'summary'] as const;

async function main(): Promise<void> {
  const dir = evalDir();
  if (!fs.existsSync(dir)) {
    console.error(`eval: no evaluation data at ${dir} (give --data DIR or set NEWSX_EVAL_DIR)`);
    process.exit(2);
  }
  const i = process.argv.indexOf('--only');
  const only = i >= 0 ? new Set(process.argv[i + 1]?.split(',')) : null;
  console.log(`newsx eval on ${dir}`);
  for (const task of TASKS) {
    if (only && !only.has(task)) continue;
    console.log(`\n== ${task} ==`);
    const began = performance.now();
    const mod = (await import(`./${task}.js`)) as { run(dataDir: string): Promise<void> };
    await mod.run(dir);
    console.log(`(${task}: ${((performance.now() - began) / 1000).toFixed(1)} s)`);
  }
}

main().catch((e) => {
  console.error(`eval: ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
});
