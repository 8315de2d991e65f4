/**
 * Nothing lost when worker threads die. Run in-process from src/, the pool's workers cannot load (there is no
 * src/cli/worker.js), which stands in for any worker crash (a broken install, a crash outside runJob).
 *
 * Fixed: a dead worker used to leave its slot busy, so once every slot was dead WorkerPool.run waited forever (40
 * JSON Lines records with --jobs 2 wrote 16 error records, then hung). The pool now replaces a dead worker a few
 * times and then fails every later batch at once: every input gets an error record ("worker failed: …"), exit 2.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from './support.js';

describe('worker threads that die', () => {
  const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: 'Anna Okafor said so on Monday.' })).join('\n');

  it('a few records: each gets an error record, exit 2', async () => {
    const r = await runInProcess(['analyze', '--input-format', 'jsonl', '--jobs', '2', '--format', 'jsonl', '--quiet', '-'], {
      cwd: process.cwd(),
      stdin: records.split('\n').slice(0, 4).join('\n'),
    });
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).error)).toEqual(Array(4).fill(expect.stringContaining('worker failed')));
  });

  it('many records: the run still ends, one record per input', async () => {
    const hang = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000).unref());
    const run = runInProcess(['analyze', '--input-format', 'jsonl', '--jobs', '2', '--format', 'jsonl', '--quiet', '-'], { cwd: process.cwd(), stdin: records });
    const r = await Promise.race([run, hang]);
    expect(r).not.toBe('hung');
    if (r !== 'hung') expect(r.stdout.trimEnd().split('\n')).toHaveLength(40);
  }, 10_000);
});
