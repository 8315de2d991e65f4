/** Shared scoring helpers for the eval scripts: counts -> precision/recall/F1, and where the eval data lives. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** "P 91.2  R 88.0  F1 89.6" (percentages, one decimal). */
export function fmtPrf(x: Prf): string {
  const pc = (v: number) => (100 * v).toFixed(1).padStart(5);
  return `P ${pc(x.p)}  R ${pc(x.r)}  F1 ${pc(x.f1)}`;
}

/** The eval data folder: `--data DIR`, else `$NEWSX_EVAL_DIR`, else `../shared/eval` beside the repo. */
export function evalDir(argv: readonly string[] = process.argv): string {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  if (process.env.NEWSX_EVAL_DIR) return path.resolve(process.env.NEWSX_EVAL_DIR);
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../../../shared/eval');
}
