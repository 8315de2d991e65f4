/**
 * `Array.prototype.map` for arrays built once per article and read in hot loops.
 *
 * V8 gives `xs.map(f)` a packed array while the caller runs in the interpreter, and a holey one once TurboFan has
 * inlined the call (it preallocates `new Array(n)`). Every later read of such an array then sees two array maps, and
 * each optimised reader is thrown away ("wrong map") and compiled again the first time the other kind reaches it.
 * Over 1,248 articles that was about half of all TurboFan recompile time (2.3 of 4.3 s, `--trace-opt`), work that
 * every worker thread pays again. A push loop gives a packed array in every tier.
 */
export function mapArray<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
