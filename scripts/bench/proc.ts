/**
 * Run a benchmarked child process: wall time from spawn to exit, and — through usage-hook.mjs loaded with
 * `node --import` — the child's own peak RSS and CPU time (all threads), so figures do not need /usr/bin/time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.js';

export const BIN = path.join(ROOT, 'bin/newsx.js');
const HOOK = pathToFileURL(path.join(ROOT, 'scripts/bench/usage-hook.mjs')).href;

/** What the child reported about itself at exit. */
export interface Usage {
  /** Peak resident set size in KiB (getrusage ru_maxrss). */
  maxRssKb: number;
  /** User + system CPU time in ms, summed over all threads. */
  cpuMs: number;
  /** From the hook's load (after Node's own boot) to exit, in ms. */
  aliveMs: number;
  /** With RunOptions.marks: the peak RSS so far when the child had written each of those many stdout lines. */
  marks?: Array<{ lines: number; maxRssKb: number }>;
}

export interface RunResult {
  wallMs: number;
  code: number;
  stdout: string;
  stderr: string;
  usage: Usage | null;
  /** With `lineTimes`: when each stdout line arrived, in ms from spawn. */
  lineMs: number[];
}

export interface RunOptions {
  /** A file fed to the child's stdin. */
  stdinFile?: string;
  /** Keep stdout (default: discard it, as `> /dev/null` would). */
  captureStdout?: boolean;
  /** Note when each stdout line arrives (stdout itself is not kept unless `captureStdout`). */
  lineTimes?: boolean;
  /** Stdout line counts at which the child notes its peak RSS so far (Usage.marks). */
  marks?: readonly number[];
}

let counter = 0;
let scratch: string | null = null;

/** A temporary folder for this bench run, removed by `cleanup()`. */
export function tmpDir(): string {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-bench-'));
  return scratch;
}

export function cleanup(): void {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

/** `node --import usage-hook.mjs SCRIPT ARGS…`, timed. */
export function runNode(script: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const usageFile = path.join(tmpDir(), `usage-${process.pid}-${counter++}.json`);
  const env = { ...process.env, NEWSX_BENCH_USAGE: usageFile, NEWSX_BENCH_MARKS: (opts.marks ?? []).join(','), NO_COLOR: '1' };
  return new Promise((resolve, reject) => {
    const stdin = opts.stdinFile ? fs.openSync(opts.stdinFile, 'r') : 'ignore';
    const began = performance.now();
    const child = spawn(process.execPath, ['--import', HOOK, script, ...args], {
      cwd: ROOT,
      env,
      stdio: [stdin, opts.captureStdout || opts.lineTimes ? 'pipe' : 'ignore', 'pipe'],
    });
    if (typeof stdin === 'number') fs.closeSync(stdin);
    let stdout = '';
    let stderr = '';
    const lineMs: number[] = [];
    child.stdout?.on('data', (d: Buffer) => {
      if (opts.captureStdout) stdout += d.toString();
      if (!opts.lineTimes) return;
      const at = performance.now() - began;
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lineMs.push(at);
    });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - began;
      let usage: Usage | null = null;
      try {
        usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as Usage;
        fs.rmSync(usageFile, { force: true });
      } catch {
        usage = null;
      }
      resolve({ wallMs, code: code ?? -1, stdout, stderr, usage, lineMs });
    });
  });
}

/** `node bin/newsx.js ARGS…`, timed; rejects with the child's stderr when it fails to run at all. */
export async function runNewsx(args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await runNode(BIN, args, opts);
  if (r.code !== 0 && r.code !== 2) throw new Error(`newsx ${args.join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return r;
}

/** newsx's own batch line on stderr: "newsx: N articles, W words, S s, F failed". */
export function batchLine(stderr: string): { articles: number; words: number; secs: number; failed: number } | null {
  const m = /newsx: (\d+) articles, (\d+) words, ([\d.]+) s, (\d+) failed/.exec(stderr);
  return m ? { articles: Number(m[1]), words: Number(m[2]), secs: Number(m[3]), failed: Number(m[4]) } : null;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The 1-minute load average and core count, to print beside wall-clock figures. */
export function machineLoad(): string {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return `load ${os.loadavg()[0].toFixed(1)} on ${cores} cores`;
}
