// Loaded with `node --import` into a benchmarked child: at exit, write the process's own resource usage (peak RSS
// and CPU time, covering all its threads) to the file named by NEWSX_BENCH_USAGE. Works without /usr/bin/time.
//
// With NEWSX_BENCH_MARKS (record counts, "250,1000,…") it also notes the peak RSS so far when the child has written
// that many lines to stdout: one long stream then gives the peak after 250, 1,000 … records, exactly (the kernel's
// high-water mark, not a sample), without a separate run per size.
import fs from 'node:fs';

const out = process.env.NEWSX_BENCH_USAGE;
if (out) {
  const began = performance.now();
  const marks = watchLines(process.env.NEWSX_BENCH_MARKS);
  process.on('exit', () => {
    const u = process.resourceUsage();
    const usage = { maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, aliveMs: performance.now() - began, marks };
    fs.writeFileSync(out, JSON.stringify(usage));
  });
}

/** Count the lines written to stdout and note the peak RSS as each mark is reached; the notes fill in as it runs. */
function watchLines(spec) {
  const wanted = [...new Set((spec ?? '').split(',').map(Number))].filter((n) => n > 0).sort((a, b) => a - b);
  const notes = [];
  if (wanted.length === 0) return notes;
  let lines = 0;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      lines++;
      if (lines === wanted[notes.length]) notes.push({ lines, maxRssKb: process.resourceUsage().maxRSS });
    }
    return write(chunk, ...rest);
  };
  return notes;
}
