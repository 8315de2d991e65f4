/**
 * Binary search for the extractors' sorted lists (tokens, mentions, quotes, all sorted by offset).
 */

/**
 * Index of the first item for which `reached` holds, or the list's length if none does. The list must be ordered so
 * that `reached` is false for a prefix and true for the rest (e.g. `(t) => t.start >= offset` over sorted tokens).
 */
export function firstIndex<T>(list: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
