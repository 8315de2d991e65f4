/**
 * A worker thread: its own compromise instance and model, analysing the batches the main thread hands it.
 * Replies with one result per job, in the order received.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { describeError } from '../errors.js';
import type { Analysis } from '../model/types.js';

export interface Job {
  seq: number;
  text: string;
  options: AnalyzeOptions;
}

export type JobResult = { seq: number; analysis: Analysis } | { seq: number; error: string };

export function runJob(job: Job): JobResult {
  try {
    return { seq: job.seq, analysis: analyze(job.text, job.options) };
  } catch (e) {
    return { seq: job.seq, error: describeError(e) };
  }
}

parentPort?.on('message', (batch: Job[]) => {
  parentPort?.postMessage(batch.map(runJob));
});
