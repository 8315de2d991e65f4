/**
 * How many lanes a batch gets. `--jobs N` is taken as given. Without it the default is every core, except for a batch
 * whose input is known to be small: a worker costs about a second of CPU to load compromise and the model, and
 * several more seconds of JIT compilation on its way to full speed, all taken from the main thread's core on a
 * 2-core machine. Measured there (three alternating rounds each, JSON Lines through `--jobs 1` and `--jobs 2`):
 * 100 articles, 0.39 MB: 2.7-3.7 s against 3.4-4.3 s with a worker; 400 articles, 1.2 MB: 5.3-6.6 s against
 * 5.9-6.9 s; 1,000 articles, 3.2 MB: 11.1-15.2 s against 9.7-11.7 s. Measured again once a worker started in
 * 0.4 s and the heap no longer pretenured (v8-tuning.ts): 100 articles 2.5-2.9 s against 3.1-3.8 s; 400 articles
 * 4.4-5.7 s against 4.9-5.7 s; 1,000 articles 9.8-14.4 s against 8.2-9.5 s. So below SMALL_BATCH_BYTES of input
 * files the main thread works alone. Stdin redirected from a file (`< dump.jsonl`) counts that file's size; a
 * pipe's size is not known in advance, so a pipe gets every core.
 */
import { fstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../input/sources.js';
import type { Io } from './io.js';
import type { Settings } from './settings.js';

/** Input bytes under which the default stays on the main thread (between the 1.2 MB loss and the 3.2 MB gain). */
export const SMALL_BATCH_BYTES = 2_000_000;

export interface LaneRequest {
  /** Settings.jobs: --jobs, or the number of cores. */
  jobs: number;
  /** Whether --jobs was given. */
  jobsGiven: boolean;
  sources: readonly Source[];
  cwd: string;
  /** Stdin's size when it is a regular file, else null (stdinSize). */
  stdinBytes: number | null;
}

/** Several articles: several inputs, or one JSON Lines input of records. */
export function isBatch(sources: readonly Source[], settings: Pick<Settings, 'inputFormat'>): boolean {
  return sources.length > 1 || settings.inputFormat === 'jsonl';
}

/**
 * The lanes for reading `sources` under `settings`: one for a single article (a long one still goes to a worker,
 * schedule.ts), else lanesFor (stdin's size is looked up only when stdin is a source).
 */
export function batchLanes(settings: Pick<Settings, 'jobs' | 'jobsGiven' | 'inputFormat'>, sources: readonly Source[], io: Pick<Io, 'cwd' | 'stdin'>): number {
  if (!isBatch(sources, settings)) return 1;
  const stdinBytes = sources.some((s) => s.path === '-') ? stdinSize(io.stdin) : null;
  return lanesFor({ jobs: settings.jobs, jobsGiven: settings.jobsGiven, sources, cwd: io.cwd, stdinBytes });
}

export function lanesFor(req: LaneRequest): number {
  if (req.jobsGiven || req.jobs <= 1) return req.jobs;
  let bytes = 0;
  for (const s of req.sources) {
    if (s.path === '-' && req.stdinBytes === null) return req.jobs;
    bytes += s.path === '-' ? (req.stdinBytes ?? 0) : sizeOf(path.resolve(req.cwd, s.path));
    // A folder of 50,000 stories is decided after the first few hundred files, not after statting them all.
    if (bytes >= SMALL_BATCH_BYTES) return req.jobs;
  }
  return 1;
}

/** A file's size; 0 for one that cannot be read (the loader reports it, in its place in the output). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The size of the file stdin reads from (`< file`); null for a pipe, a terminal, or a stream without a descriptor. */
export function stdinSize(stdin: unknown): number | null {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    const st = fstatSync(fd);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}
