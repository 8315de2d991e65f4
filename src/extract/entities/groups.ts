/**
 * Feature groups: lists of feature names that recur unchanged (a word's own features, what it lends a neighbour,
 * the marks of a gazetteer hit). Each kept group has a small integer id, so inference can remember the summed
 * weights of a group in a flat array instead of looking its names up again.
 */

export interface FeatureGroup {
  /** Index for weight caches. (A word the bounded word cache has no room for makes no group: features.ts.) */
  readonly id: number;
  readonly names: readonly string[];
}

let nextId = 0;

/** Make a group. */
export function featureGroup(names: readonly string[]): FeatureGroup {
  return Object.freeze({ id: nextId++, names: Object.freeze([...names]) });
}

/** A group with no features. */
export const EMPTY_GROUP: FeatureGroup = featureGroup([]);

/** How many groups exist so far (caches size themselves by this). */
export function groupCount(): number {
  return nextId;
}
