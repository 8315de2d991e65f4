/**
 * A progress line on stderr for batches, only when stderr is a terminal: articles done (of how many, when known),
 * rate and ETA. Redrawn at most ten times a second; erased before the final summary line.
 */
export interface Progress {
  tick(): void;
  done(): void;
}

/** No progress line (single articles, --quiet, stderr not a terminal). */
export const NO_PROGRESS: Progress = { tick: () => {}, done: () => {} };

export function startProgress(stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number }, total: number | null, now: () => number): Progress {
  if (!stderr.isTTY) return NO_PROGRESS;
  const began = now();
  let count = 0;
  let last = 0;
  let drawn = false;
  const draw = () => {
    const secs = (now() - began) / 1000;
    const rate = secs > 0 ? count / secs : 0;
    const parts = [`${count}${total ? `/${total}` : ''} articles`, `${rate.toFixed(1)}/s`];
    if (total && rate > 0) parts.push(`ETA ${Math.ceil((total - count) / rate)}s`);
    const width = Math.min(30, Math.max(10, (stderr.columns ?? 80) - 50));
    const bar = total ? `[${'='.repeat(Math.round((width * count) / total)).padEnd(width)}] ` : '';
    stderr.write(`\r\x1b[2K${bar}${parts.join(' · ')}`);
    drawn = true;
  };
  return {
    tick: () => {
      count++;
      const t = now();
      if (t - last >= 100) {
        last = t;
        draw();
      }
    },
    done: () => {
      if (drawn) stderr.write('\r\x1b[2K');
    },
  };
}
