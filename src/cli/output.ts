/**
 * Where data goes: stdout, or `--output FILE` written atomically (a temp file beside it, renamed on success), so a
 * reader never sees half a file and an interrupted run leaves the old file in place.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Io } from './io.js';

export interface Output {
  write(s: string): void;
  /** Finish: for a file, flush and rename into place. */
  close(): void;
  /** Give up: for a file, remove the temp file. */
  abort(): void;
}

export function openOutput(file: string | undefined, io: Io): Output {
  if (!file) {
    return { write: (s) => void (s && io.stdout.write(s)), close: () => {}, abort: () => {} };
  }
  const target = path.resolve(io.cwd, file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  let open = true;
  return {
    write: (s) => {
      if (s) fs.writeSync(fd, s);
    },
    close: () => {
      if (!open) return;
      open = false;
      fs.closeSync(fd);
      fs.renameSync(tmp, target);
    },
    abort: () => {
      if (!open) return;
      open = false;
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
    },
  };
}
