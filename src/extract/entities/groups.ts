/**
 * Feature groups: lists of feature names that recur unchanged (a word's own features, what it lends a neighbour,
 * the marks of a gazetteer hit). Each kept group has a small integer id, so inference can remember the summed
 * weights of a group in a flat array instead of looking its names up again.
 */

export interface FeatureGroup {
  /** Index for weight caches. */
  readonly id: number;
  readonly names: readonly string[];
}

let nextId = 0;

/**
 * Make a group. Only groups that recur are made (a cached word's, a mark's): every group keeps its id and summed
 * weights for the life of the process, so one-off features go through the fresh writers instead (features.ts).
 */
export function featureGroup(names: readonly string[]): FeatureGroup {
  return Object.freeze({ id: nextId++, names: Object.freeze([...names]) });
}

/** A group with no features. */
export const EMPTY_GROUP: FeatureGroup = featureGroup([]);

/** How many cacheable groups exist so far (caches size themselves by this). */
export function groupCount(): number {
  return nextId;
}
