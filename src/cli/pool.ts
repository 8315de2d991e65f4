/**
 * A pool of up to `size` worker threads that starts with one and grows on demand (`grow`): a worker costs about a
 * second of CPU and 65-95 MB of memory (peak RSS at --jobs 2 to 4) to load compromise and the model, so on a
 * many-core machine a ten-article batch must not start one per core. Each worker holds up to DEPTH batches (its
 * message port queues them), so it never waits for the main thread between batches, even while the main thread is
 * busy analysing an article of its own. A worker says when it has loaded compromise and the model (WORKER_READY);
 * only then does `hasRoom` offer it, so work never queues behind a worker that is still starting. The caller bounds
 * what is in flight (`hasRoom`), so memory stays flat however long the input is; results come back per batch and are
 * re-ordered by the caller.
 *
 * Failures: a worker that dies fails its queued batches and is replaced, at most MAX_RESPAWNS times per slot. A
 * batch whose worker never became ready rejects with WorkerStartError: nothing of it ran, so the caller may run it
 * elsewhere. Once no slot can start a worker, `alive` is false and `run` rejects at once, so a batch never hangs.
 */
import { Worker } from 'node:worker_threads';
import { WORKER_READY } from './protocol.js';
import type { Job, JobResult } from './worker.js';

/** How many times one slot's worker is replaced before the slot is given up. */
const MAX_RESPAWNS = 3;
/**
 * Batches queued on one worker: one running, the rest waiting, so it is never idle between messages. The main thread
 * tops the queue up only between its own articles, so the queue must outlast a long one: with 3, the worker of a
 * `--jobs 2` run was busy 0.80-0.82 of the time over 2,496 articles (per-thread CPU from /proc, sampled every 0.5 s),
 * with 6 to 24 it was 0.86-0.89 and both cores were busy (1.95 against 1.88). Eight articles are a few hundred KB.
 */
export const DEPTH = 8;

/** The worker never started (a broken install, a missing compiled worker): none of the batch ran. */
export class WorkerStartError extends Error {}

interface Pending {
  resolve: (r: JobResult[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker | null;
  /** It has loaded its modules and said so. */
  ready: boolean;
  respawns: number;
  /** Batches posted to this worker, oldest first (a worker answers in the order it was sent). */
  pending: Pending[];
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly size: number;
  private readonly url: URL;
  private closed = false;
  private lastError: Error | null = null;

  constructor(size: number, url: URL = new URL('./worker.js', import.meta.url)) {
    this.size = Math.max(1, size);
    this.url = url;
    this.addSlot();
  }

  private addSlot(): void {
    const slot: Slot = { worker: null, ready: false, respawns: 0, pending: [] };
    this.slots.push(slot);
    this.start(slot);
  }

  /** Worker threads started so far (live or given up), at most `size`. */
  get started(): number {
    return this.slots.length;
  }

  /**
   * Start one more worker when the caller has more work than the ready ones can take: only while every live worker
   * is ready (one starting at a time, so a short batch ends before it has started many) and `size` is not reached.
   */
  grow(): void {
    if (this.closed || this.slots.length >= this.size) return;
    if (this.slots.some((s) => s.worker !== null && !s.ready)) return;
    this.addSlot();
  }

  private start(slot: Slot): void {
    const worker = new Worker(this.url);
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (r: JobResult[] | typeof WORKER_READY) => {
      if (slot.worker !== worker) return;
      if (r === WORKER_READY) slot.ready = true;
      else slot.pending.shift()?.resolve(r);
    });
    worker.on('error', (e) => this.fail(slot, worker, e));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.fail(slot, worker, new Error(`worker exited with code ${code}`));
    });
  }

  private fail(slot: Slot, worker: Worker, e: Error): void {
    if (slot.worker !== worker) return;
    this.lastError = e;
    const reason = slot.ready ? e : new WorkerStartError(e.message);
    slot.worker = null;
    void worker.terminate();
    for (const p of slot.pending.splice(0)) p.reject(reason);
    if (!this.closed && slot.respawns < MAX_RESPAWNS) {
      slot.respawns++;
      this.start(slot);
    }
  }

  /** False once every slot has given up starting workers. */
  get alive(): boolean {
    return this.slots.some((s) => s.worker !== null);
  }

  /** True when some live worker, ready or still starting, can queue another batch. */
  canQueue(): boolean {
    return this.slots.some(canTake);
  }

  /** True when some ready worker can take another batch without queueing more than DEPTH. */
  hasRoom(): boolean {
    return this.slots.some((s) => s.ready && canTake(s));
  }

  /**
   * Analyse one batch on the least-loaded live worker, ready ones first (one still starting queues it until it is
   * ready). Rejects at once when no worker is alive or has room.
   */
  run(batch: Job[]): Promise<JobResult[]> {
    const load = (s: Slot) => s.pending.length + (s.ready ? 0 : DEPTH);
    let best: Slot | null = null;
    for (const s of this.slots) if (canTake(s) && (!best || load(s) < load(best))) best = s;
    if (!best?.worker) {
      return Promise.reject(this.alive ? new Error('worker pool is full') : new WorkerStartError(this.lastError?.message ?? 'no worker thread could start'));
    }
    const slot = best;
    const worker = best.worker;
    return new Promise<JobResult[]>((resolve, reject) => {
      slot.pending.push({ resolve, reject });
      worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) for (const p of s.pending.splice(0)) p.reject(new Error('worker pool closed'));
  }
}

/** A live worker with fewer than DEPTH batches queued. */
function canTake(s: Slot): boolean {
  return s.worker !== null && s.pending.length < DEPTH;
}
