/**
 * Everything the CLI touches of the process, passed in so tests can run `run(argv, io)` in-process and so the rest
 * of newsx never sees `process`.
 */
export interface Io {
  stdout: { write(chunk: string): boolean | undefined; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): boolean | undefined; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/**
 * Colour decision, in the order users expect: `--no-color`/`--color` win, then NO_COLOR (any value) disables,
 * FORCE_COLOR enables (0 disables), else colour only when stdout is a terminal.
 */
export function wantColor(flag: boolean | undefined, io: Io): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  if (flag === true) return true;
  return Boolean(io.stdout.isTTY);
}

/** Terminal width for tables and wrapping: the TTY's, else $COLUMNS, else 100. */
export function terminalWidth(io: Io): number {
  // A pseudo-terminal that was never sized reports 0 columns: treat it as unknown.
  const fromTty = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
  const w = fromTty ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 100);
  return Math.max(40, Math.min(w, 400));
}
