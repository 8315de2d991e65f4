/**
 * V8 heap settings for the CLI (issue 7), set once at start; the flags are process-wide, so worker threads started
 * later share them. The library API leaves an embedding's heap alone.
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
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 25;

/** Called once, at the start of the CLI process, before any article is read. */
export function tuneHeap(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
