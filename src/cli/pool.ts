/**
 * A fixed pool of worker threads fed with small batches. The caller bounds how many batches are in flight, so
 * memory stays flat however long the input is; results come back per batch and are re-ordered by the caller.
 * A worker that dies fails its batch (each article gets an error record) and is replaced; a worker that cannot
 * even start fails every later batch at once, so a batch never hangs.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './worker.js';

/** How many times one slot's worker is replaced before the slot is given up. */
const MAX_RESPAWNS = 3;

interface Slot {
  worker: Worker | null;
  busy: boolean;
  respawns: number;
  resolve?: (r: JobResult[]) => void;
  reject?: (e: Error) => void;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly waiting: Array<() => void> = [];
  private readonly url = new URL('./worker.js', import.meta.url);
  private closed = false;
  private lastError: Error | null = null;

  constructor(size: number) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: null, busy: false, respawns: 0 };
      this.start(slot);
      return slot;
    });
  }

  private start(slot: Slot): void {
    const worker = new Worker(this.url);
    slot.worker = worker;
    worker.on('message', (r: JobResult[]) => this.settle(slot, (s) => s.resolve?.(r)));
    worker.on('error', (e) => this.fail(slot, worker, e));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.fail(slot, worker, new Error(`worker exited with code ${code}`));
    });
  }

  private fail(slot: Slot, worker: Worker, e: Error): void {
    if (slot.worker !== worker) return;
    this.lastError = e;
    slot.worker = null;
    void worker.terminate();
    this.settle(slot, (s) => s.reject?.(e));
    if (!this.closed && slot.respawns < MAX_RESPAWNS) {
      slot.respawns++;
      this.start(slot);
    }
    this.wakeOne();
  }

  private settle(slot: Slot, how: (s: Slot) => void): void {
    how(slot);
    slot.resolve = slot.reject = undefined;
    slot.busy = false;
    this.wakeOne();
  }

  private wakeOne(): void {
    this.waiting.shift()?.();
  }

  /** Analyse one batch on the next free worker; rejects when no worker can run. */
  async run(batch: Job[]): Promise<JobResult[]> {
    for (;;) {
      const live = this.slots.filter((s) => s.worker !== null);
      if (live.length === 0) throw this.lastError ?? new Error('no worker thread could start');
      const slot = live.find((s) => !s.busy);
      if (slot?.worker) {
        slot.busy = true;
        const worker = slot.worker;
        return new Promise<JobResult[]>((resolve, reject) => {
          slot.resolve = resolve;
          slot.reject = reject;
          worker.postMessage(batch);
        });
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const wake of this.waiting.splice(0)) wake();
  }
}
