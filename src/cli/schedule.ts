/**
 * Run the per-article work over a stream of loaded inputs and yield results strictly in input order.
 *
 * With `--jobs N` the main thread is one of N lanes and up to N - 1 worker threads are the others. The main thread
 * starts at once, so one article or a handful never waits for a worker to load compromise; the first worker starts
 * with the second article, and each further one when every ready worker is full (pool.ts `grow`); each joins once it
 * says it is ready. Each article goes to a ready worker with room, else the main thread analyses it itself,
 * yielding between articles so the workers' results keep flowing. At most
 * DEPTH × (N - 1) articles wait on workers plus the one the main thread is on, so memory does not grow with the
 * number of articles, and nothing waits for a batch to fill (a slow stream is answered article by article).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AnalyzeOptions } from '../analyze.js';
import type { LoadResult, LoadedArticle } from '../input/load.js';
import { WorkerPool, WorkerStartError } from './pool.js';
import type { Job, JobResult, Task } from './worker.js';

export interface Done {
  item: LoadResult;
  /** Absent when the input failed to load (the reason is in `item`). */
  result?: JobResult;
}

/**
 * An article this long (about 33,000 words; starting a worker costs well under its analysis) is analysed on a worker
 * thread, so Ctrl-C stays responsive: the main thread is free to notice the signal and end the worker.
 */
const BIG_ARTICLE = 200_000;

type RunJob = (job: Job) => JobResult;

export interface Lanes {
  /** The main thread plus jobs - 1 worker threads. */
  jobs: number;
  /** True once the run should end (Ctrl-C, a closed pipe). */
  stop: () => boolean;
  /** The worker script; tests pass one that misbehaves. */
  workerUrl?: URL;
}

export async function* runInOrder(
  items: AsyncIterable<LoadResult>,
  optionsFor: (a: LoadedArticle) => AnalyzeOptions,
  task: Task,
  lanes: Lanes,
): AsyncGenerator<Done> {
  const { runJob } = await import('./worker.js');
  const scheduler = new Scheduler(lanes, runJob);
  try {
    yield* scheduler.run(items, optionsFor, task);
  } finally {
    await scheduler.close();
  }
}

class Scheduler {
  private pool: WorkerPool | null = null;
  private readonly loaded = new Map<number, LoadResult>();
  private readonly ready = new Map<number, Done>();
  private readonly inFlight = new Set<Promise<void>>();
  private next = 0;

  private readonly workers: number;

  constructor(
    private readonly lanes: Lanes,
    private readonly runJob: RunJob,
  ) {
    this.workers = Math.max(0, lanes.jobs - 1);
  }

  private stop(): boolean {
    return this.lanes.stop();
  }

  async *run(items: AsyncIterable<LoadResult>, optionsFor: (a: LoadedArticle) => AnalyzeOptions, task: Task): AsyncGenerator<Done> {
    let seq = 0;
    for await (const item of items) {
      if (this.stop()) return;
      const s = seq++;
      this.loaded.set(s, item);
      if (!item.ok) this.ready.set(s, { item });
      else {
        const job: Job = { seq: s, text: item.text, options: optionsFor(item), task };
        if (s > 0 && this.workers > 0 && !this.pool) this.pool = new WorkerPool(this.workers, this.lanes.workerUrl);
        const done = item.text.length >= BIG_ARTICLE ? await this.runOnWorker(job) : await this.dispatch(job);
        if (!done) return;
      }
      yield* this.drain();
    }
    while (this.inFlight.size > 0) {
      if (this.stop()) return;
      await Promise.race(this.inFlight);
      yield* this.drain();
    }
    yield* this.drain();
  }

  /** To a ready worker with room, else here (and the pool may start another worker). False when stopped. */
  private async dispatch(job: Job): Promise<boolean> {
    if (this.pool?.hasRoom()) {
      this.send(job);
      return true;
    }
    this.pool?.grow();
    return this.runHere(job);
  }

  /** A long article: on a worker, so an interrupt is noticed while it runs; in-process when no worker can start. */
  private async runOnWorker(job: Job): Promise<boolean> {
    const pool = this.pool ?? new WorkerPool(1, this.lanes.workerUrl);
    try {
      while (pool.alive && !pool.canQueue()) {
        if (this.stop()) return false;
        await Promise.race(this.inFlight);
      }
      const work = pool.run([job]).then(
        (r) => r[0],
        (e: Error): JobResult => (e instanceof WorkerStartError ? this.runJob(job) : { seq: job.seq, error: `worker failed: ${e.message}` }),
      );
      for (;;) {
        const tick = new Promise<null>((resolve) => setTimeout(() => resolve(null), 100));
        const done = await Promise.race([work, tick]);
        if (done) {
          this.settle([done]);
          return true;
        }
        if (this.stop()) return false;
      }
    } finally {
      if (pool !== this.pool) await pool.close();
    }
  }

  private send(job: Job): void {
    const pool = this.pool as WorkerPool;
    const p = pool.run([job]).then(
      (results) => this.settle(results),
      // A worker that never started ran nothing: run the article here. One that died while on it may have died of
      // it, so the article gets an error record instead of a second try on the main thread.
      (e: Error) => (e instanceof WorkerStartError ? void this.runHere(job) : this.settle([{ seq: job.seq, error: `worker failed: ${e.message}` }])),
    );
    const tracked: Promise<void> = p.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Analyse on the main thread; with workers about, give them a turn of the event loop afterwards. */
  private async runHere(job: Job): Promise<boolean> {
    if (this.stop()) return false;
    this.settle([this.runJob(job)]);
    if (this.pool) await nextTurn();
    return true;
  }

  private settle(results: readonly JobResult[]): void {
    for (const r of results) this.ready.set(r.seq, { item: this.loaded.get(r.seq) as LoadResult, result: r });
  }

  private *drain(): Generator<Done> {
    while (this.ready.has(this.next)) {
      const d = this.ready.get(this.next) as Done;
      this.ready.delete(this.next);
      this.loaded.delete(this.next);
      this.next++;
      yield d;
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
