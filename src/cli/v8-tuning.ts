/**
 * V8 settings for the CLI (issue 7), set once at start; the flags are process-wide, so worker threads started later
 * share them. The library API leaves an embedding's V8 alone.
 *
 * No allocation-site pretenuring. V8 watches where objects are allocated, and when most objects from one place
 * outlive a young-generation collection it allocates that place's objects straight in the old generation from then
 * on. While the entity word cache fills, nearly every word entry and feature list is kept, so V8 pretenures those
 * places; once the cache is full the same code makes short-lived entries for uncached words, and they all land in
 * the old generation, which then needs a full (marking) collection every few hundred articles. Over 1,248 articles
 * with `--jobs 1` (`--trace-gc-nvp`): 26 full collections and 3.6 s of background marking with pretenuring, 7 and
 * 0.7 s without; scavenge pauses 1.1 s against 0.6 s; objects promoted 243 MB against 37 MB. That background work
 * ran on the second core, so with two lanes it was taken from the lanes.
 *
 * Bounded heap growth. V8 lets the old generation grow by up to about 4x its live size before the next full
 * collection; with newsx's steady garbage that meant peak RSS kept climbing over a long run (2,496 articles: 217 ->
 * 308 MiB in-process, 350 MiB through the CLI). Letting it grow by 25% instead makes the peak level off once the
 * caches are full (bench section 3).
 *
 * Later tier-up. V8 hands a function to TurboFan once it has run a budget of bytecode (66 KB by default). newsx's
 * code is hot from the first articles, but its type feedback is not complete yet (a rare branch, a second shape), so
 * at the default budget TurboFan compiled many functions two to eleven times, each after a deoptimisation, and every
 * isolate pays that again: with two lanes, on the same two cores as the lanes. With 16 times the budget a function
 * is optimised a little later, on fuller feedback. Over 1,248 articles with `--jobs 1` (`--trace-opt --trace-deopt`):
 * 402-405 compiles taking 3.5-3.8 s and 86-87 deoptimisations, against 128-129 compiles taking 0.9-1.1 s and 22.
 * Over 2,496 articles, six alternating rounds: `--jobs 2` 12.73 s and 24.3 CPU-s (medians) against 13.55 s and
 * 26.0; `--jobs 1` 20.28 s and 21.7 CPU-s against 19.95 s and 22.6. Output is the same byte for byte. In three
 * rounds against 8x and 32x, 8x ran within the noise of 16x (`--jobs 2` medians 13.57 against 13.90 s) but compiled
 * more (182 compiles, 1.4-1.6 s); 32x was slower (15.19 s). Without TurboFan's inlining V8 compiles less still,
 * but newsx runs about 6% slower.
 */
import v8 from 'node:v8';

const HEAP_GROWING_PERCENT = 25;
/** V8's default interrupt budget (bytes of bytecode run before a function is considered for TurboFan) times 16. */
const INTERRUPT_BUDGET = 16 * 67_584;

/** Called once, at the start of the CLI process, before any article is read. */
export function tuneV8(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
