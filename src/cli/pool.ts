/**
 * A fixed pool of worker threads fed with small batches. The caller bounds how many batches are in flight, so
 * memory stays flat however long the input is; results come back per batch and are re-ordered by the caller.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './worker.js';

interface Slot {
  worker: Worker;
  busy: boolean;
  resolve?: (r: JobResult[]) => void;
  reject?: (e: Error) => void;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    const url = new URL('./worker.js', import.meta.url);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(url), busy: false };
      slot.worker.on('message', (r: JobResult[]) => this.finish(slot, r));
      slot.worker.on('error', (e) => {
        slot.reject?.(e);
        slot.resolve = slot.reject = undefined;
      });
      return slot;
    });
  }

  /** Analyse one batch on the next free worker. */
  async run(batch: Job[]): Promise<JobResult[]> {
    let slot = this.slots.find((s) => !s.busy);
    while (!slot) {
      await new Promise<void>((r) => this.waiting.push(r));
      slot = this.slots.find((s) => !s.busy);
    }
    slot.busy = true;
    const free = slot;
    return new Promise<JobResult[]>((resolve, reject) => {
      free.resolve = resolve;
      free.reject = reject;
      free.worker.postMessage(batch);
    });
  }

  private finish(slot: Slot, r: JobResult[]): void {
    const resolve = slot.resolve;
    slot.resolve = slot.reject = undefined;
    slot.busy = false;
    resolve?.(r);
    this.waiting.shift()?.();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
