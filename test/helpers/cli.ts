/** Run the real, compiled CLI (`node bin/newsx.js`) as a user would, capturing stdout, stderr and the exit code. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/newsx.js');

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function runCli(args: readonly string[], opts: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: '100', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.stdin ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}
