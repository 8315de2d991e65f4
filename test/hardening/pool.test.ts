/**
 * Nothing lost when worker threads fail, with the main thread as one of the lanes (schedule.ts).
 *
 * - A worker that never starts (broken install; here also every in-process run from src/, which has no compiled
 *   worker) ran nothing: its articles are analysed on the main thread, and the run succeeds.
 * - A worker that dies on an article may have died of it: that article gets an error record ("worker failed"),
 *   exit 2; the others are analysed, and the run ends.
 *
 * Fixed before the main thread became a lane: a dead worker left its slot busy, so WorkerPool.run waited forever
 * once every slot was dead (40 JSON Lines records with --jobs 2 wrote 16 records, then hung).
 */
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/input/load.js';
import { DEPTH, WorkerPool, WorkerStartError } from '../../src/cli/pool.js';
import { runInOrder } from '../../src/cli/schedule.js';
import type { JobResult } from '../../src/cli/worker.js';
import { runInProcess } from './support.js';

const worker = (name: string) => new URL(`./workers/${name}.mjs`, import.meta.url);

/** `n` short articles; with `pauseMs`, a pause after the second (which starts the pool) so its worker is up in time. */
async function* articles(n: number, pauseMs = 0): AsyncGenerator<LoadResult> {
  for (let i = 0; i < n; i++) {
    if (i === 2 && pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    yield { ok: true, path: `a${i}.txt`, text: `Anna Okafor said so on Monday, story ${i}.`, format: 'text', metadata: {}, warnings: [] };
  }
}

async function collect(n: number, jobs: number, url: URL, pauseMs = 0): Promise<JobResult[]> {
  const out: JobResult[] = [];
  const task = { kind: 'render', format: 'jsonl', opts: { view: 'analyze', color: false, width: 80, many: true }, filters: {} } as const;
  const items = articles(n, pauseMs);
  for await (const d of runInOrder(items, () => ({ referenceDate: '2024-04-07' }), task as never, { jobs, stop: () => false, workerUrl: url })) {
    expect(d.result).toBeDefined();
    out.push(d.result as JobResult);
  }
  return out;
}

describe('worker threads that fail', () => {
  it('never starting: every article is analysed on the main thread, in order', async () => {
    const results = await collect(60, 3, worker('never-starts'));
    expect(results.map((r) => r.seq)).toEqual([...Array(60).keys()]);
    expect(results.every((r) => 'output' in r && r.output?.startsWith('{'))).toBe(true);
  }, 30_000);

  it('dying on an article: that article gets an error record, the rest are analysed, the run ends', async () => {
    // As below: without the pause the main thread can analyse all 200 before the worker is up (it did once in CI).
    const results = await collect(200, 2, worker('dies-on-work'), 2_000);
    expect(results.map((r) => r.seq)).toEqual([...Array(200).keys()]);
    const errors = results.filter((r) => 'error' in r);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect('error' in e && e.error).toMatch(/^worker failed: worker exited with code 3/);
    expect(results.filter((r) => 'output' in r).length).toBe(200 - errors.length);
  }, 30_000);

  it('the CLI from src/ (no compiled worker): --jobs 2 analyses every record, exit 0', async () => {
    const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: 'Anna Okafor said so on Monday.' })).join('\n');
    const r = await runInProcess(['analyze', '--input-format', 'jsonl', '--jobs', '2', '--format', 'jsonl', '--quiet', '-'], { cwd: process.cwd(), stdin: records });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual([...Array(40).keys()]);
  }, 30_000);

  it.each([2, 4])('both kinds of lane do work when workers are up (--jobs %i)', async (jobs) => {
    // The main thread can finish 300 short articles before a worker has started (it did once in CI): the pause lets
    // the echo worker (which loads nothing) say it is ready first.
    const results = await collect(300, jobs, worker('echo'), 2_000);
    expect(results.map((r) => r.seq)).toEqual([...Array(300).keys()]);
    const byWorker = results.filter((r) => 'output' in r && r.output === 'worker').length;
    expect(byWorker).toBeGreaterThan(0);
    expect(byWorker).toBeLessThan(300);
  }, 30_000);
});

describe('WorkerPool', () => {
  it('a worker that never becomes ready rejects with WorkerStartError, then the pool is dead', async () => {
    const pool = new WorkerPool(1, worker('never-starts'));
    try {
      await expect(pool.run([])).rejects.toBeInstanceOf(WorkerStartError);
      for (let i = 0; i < 10 && pool.alive; i++) await pool.run([]).catch(() => undefined);
      expect(pool.alive).toBe(false);
      await expect(pool.run([])).rejects.toBeInstanceOf(WorkerStartError);
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies on work rejects with a plain error, not WorkerStartError', async () => {
    const pool = new WorkerPool(1, worker('dies-on-work'));
    try {
      while (!pool.hasRoom()) await new Promise((r) => setTimeout(r, 10));
      const e = await pool.run([]).catch((x: Error) => x);
      expect(e).toBeInstanceOf(Error);
      expect(e).not.toBeInstanceOf(WorkerStartError);
    } finally {
      await pool.close();
    }
  });

  it('offers only ready workers (hasRoom) and queues at most DEPTH batches on each', async () => {
    const pool = new WorkerPool(1, worker('echo'));
    try {
      expect(pool.hasRoom()).toBe(false);
      while (!pool.hasRoom()) await new Promise((r) => setTimeout(r, 10));
      const runs = Array.from({ length: DEPTH }, () => pool.run([]));
      expect(pool.canQueue()).toBe(false);
      await expect(pool.run([])).rejects.toThrow('full');
      await Promise.all(runs);
      expect(pool.hasRoom()).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('starts one worker, grows one at a time once every worker is ready, and never past its size', async () => {
    const pool = new WorkerPool(3, worker('echo'));
    const settle = () => new Promise((r) => setTimeout(r, 10));
    try {
      expect(pool.started).toBe(1);
      pool.grow();
      expect(pool.started).toBe(1); // the first is still starting
      while (!pool.hasRoom()) await settle();
      pool.grow();
      expect(pool.started).toBe(2);
      pool.grow();
      expect(pool.started).toBe(2); // the second is still starting
      for (let i = 0; i < 500 && pool.started < 3; i++) {
        pool.grow();
        await settle();
      }
      expect(pool.started).toBe(3);
      for (let i = 0; i < 20; i++) {
        pool.grow();
        await settle();
      }
      expect(pool.started).toBe(3);
    } finally {
      await pool.close();
    }
  });
});

