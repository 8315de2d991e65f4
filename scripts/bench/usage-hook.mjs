// Loaded with `node --import` into a benchmarked child: at exit, write the process's own resource usage (peak RSS
// and CPU time, covering all its threads) to the file named by NEWSX_BENCH_USAGE. Works without /usr/bin/time.
import fs from 'node:fs';

const out = process.env.NEWSX_BENCH_USAGE;
if (out) {
  const began = performance.now();
  process.on('exit', () => {
    const u = process.resourceUsage();
    const usage = { maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, aliveMs: performance.now() - began };
    fs.writeFileSync(out, JSON.stringify(usage));
  });
}
