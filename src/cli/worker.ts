/**
 * The per-article work, run in a worker thread (its own compromise instance and model) or in-process: analyse,
 * filter, and render with the chosen formatter, so only a string crosses back to the main thread. `newsx check`
 * asks for the analysis itself instead.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { describeError } from '../errors.js';
import { ALL_FORMATTERS, type AnyFormatName, type FormatOptions } from '../format/index.js';
import { sanitizeArticle } from '../format/sanitize.js';
import type { Analysis } from '../model/types.js';
import { applyFilters, type Filters } from './filters.js';
import { WORKER_READY } from './protocol.js';

/** Render the article with a formatter (analysis commands) or hand back the analysis (check). */
export type Task = { kind: 'render'; format: AnyFormatName; opts: FormatOptions; filters: Filters } | { kind: 'analysis' };

export interface Job {
  seq: number;
  text: string;
  options: AnalyzeOptions;
  task: Task;
}

export interface Rendered {
  seq: number;
  output: string;
  words: number;
  /** True when relative dates stayed unresolved for want of a reference date (the CLI warns once). */
  unresolved: boolean;
  analysis?: undefined;
}
export interface Analysed {
  seq: number;
  analysis: Analysis;
  output?: undefined;
}
export type JobResult = Rendered | Analysed | { seq: number; error: string };

export function runJob(job: Job): JobResult {
  try {
    const analysis = analyze(job.text, job.options);
    if (job.task.kind === 'analysis') return { seq: job.seq, analysis };
    const { format, opts, filters } = job.task;
    const formatter = ALL_FORMATTERS[format];
    const article = { analysis: applyFilters(analysis, filters), text: job.text };
    return {
      seq: job.seq,
      output: formatter.article(formatter.machine ? article : sanitizeArticle(article), opts),
      words: analysis.input.words,
      unresolved: analysis.reference.date === null && analysis.dates.some((d) => !d.resolved),
    };
  } catch (e) {
    return { seq: job.seq, error: describeError(e) };
  }
}

parentPort?.on('message', (batch: Job[]) => {
  parentPort?.postMessage(batch.map(runJob));
});
parentPort?.postMessage(WORKER_READY);
