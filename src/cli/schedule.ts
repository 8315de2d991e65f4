/**
 * Run the per-article work over a stream of loaded inputs, in-process or on worker threads, yielding results
 * strictly in input order. At most `2 × jobs` small batches are in flight, so memory does not grow with the number
 * of articles. With workers, the main thread never loads compromise or the model: it only reads and writes.
 */
import type { AnalyzeOptions } from '../analyze.js';
import type { LoadResult, LoadedArticle } from '../input/load.js';
import { WorkerPool } from './pool.js';
import type { Job, JobResult, Task } from './worker.js';

export interface Done {
  item: LoadResult;
  /** Absent when the input failed to load (the reason is in `item`). */
  result?: JobResult;
}

/**
 * An article this long (about 33,000 words; starting a worker costs well under its analysis) is analysed on a worker thread even with one job, so Ctrl-C stays
 * responsive: the main thread is free to notice the signal and end the worker.
 */
const BIG_ARTICLE = 200_000;

/** Small batches keep both workers busy without holding much text in flight. */
const BATCH_ARTICLES = 8;
const BATCH_CHARS = 64_000;

export async function* runInOrder(
  items: AsyncIterable<LoadResult>,
  optionsFor: (a: LoadedArticle) => AnalyzeOptions,
  task: Task,
  jobs: number,
  stop: () => boolean,
): AsyncGenerator<Done> {
  if (jobs <= 1) {
    // Loaded here, not at start-up, so a run on workers keeps the main thread light.
    const { runJob } = await import('./worker.js');
    for await (const item of items) {
      if (stop()) return;
      if (!item.ok) {
        yield { item };
        continue;
      }
      const job: Job = { seq: 0, text: item.text, options: optionsFor(item), task };
      if (item.text.length < BIG_ARTICLE) {
        yield { item, result: runJob(job) };
        continue;
      }
      const result = await runInterruptibly(job, stop, runJob);
      if (result === null) return;
      yield { item, result };
    }
    return;
  }
  const pool = new WorkerPool(jobs);
  try {
    yield* pooled(items, optionsFor, task, jobs, stop, pool);
  } finally {
    await pool.close();
  }
}

/**
 * Analyse one job on its own worker, polling `stop` so an interrupt ends it promptly; null when stopped. Where no
 * worker can start (an embedding without the compiled worker file), it runs in-process instead.
 */
async function runInterruptibly(job: Job, stop: () => boolean, inProcess: (job: Job) => JobResult): Promise<JobResult | null> {
  const pool = new WorkerPool(1);
  try {
    const work = pool.run([job]).then(
      (r) => r[0],
      (): JobResult => inProcess(job),
    );
    for (;;) {
      const tick = new Promise<null>((resolve) => setTimeout(() => resolve(null), 100));
      const done = await Promise.race([work, tick]);
      if (done) return done;
      if (stop()) return null;
    }
  } finally {
    await pool.close();
  }
}

async function* pooled(
  items: AsyncIterable<LoadResult>,
  optionsFor: (a: LoadedArticle) => AnalyzeOptions,
  task: Task,
  jobs: number,
  stop: () => boolean,
  pool: WorkerPool,
): AsyncGenerator<Done> {
  const loaded = new Map<number, LoadResult>();
  const ready = new Map<number, Done>();
  const inFlight = new Set<Promise<void>>();
  let next = 0;
  let seq = 0;
  let batch: Job[] = [];
  let batchChars = 0;

  const dispatch = () => {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    batchChars = 0;
    const p: Promise<void> = pool.run(sent).then(
      (results) => {
        for (const r of results) ready.set(r.seq, { item: loaded.get(r.seq) as LoadResult, result: r });
      },
      (e: Error) => {
        for (const j of sent) ready.set(j.seq, { item: loaded.get(j.seq) as LoadResult, result: { seq: j.seq, error: `worker failed: ${e.message}` } });
      },
    );
    const tracked = p.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  function* drain(): Generator<Done> {
    while (ready.has(next)) {
      const d = ready.get(next) as Done;
      ready.delete(next);
      loaded.delete(next);
      next++;
      yield d;
    }
  }

  for await (const item of items) {
    if (stop()) return;
    const s = seq++;
    loaded.set(s, item);
    if (!item.ok) ready.set(s, { item });
    else {
      batch.push({ seq: s, text: item.text, options: optionsFor(item), task });
      batchChars += item.text.length;
      if (batch.length >= BATCH_ARTICLES || batchChars >= BATCH_CHARS) dispatch();
    }
    while (inFlight.size >= jobs * 2) await Promise.race(inFlight);
    yield* drain();
  }
  dispatch();
  while (inFlight.size > 0) {
    if (stop()) return;
    await Promise.race(inFlight);
    yield* drain();
  }
  yield* drain();
}
