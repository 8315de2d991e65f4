/** unresolved-date: a relative date ("on Tuesday", "last week") that the article gives no date to resolve. */
import type { CheckRule } from '../types.js';

export const unresolvedDate: CheckRule = {
  id: 'unresolved-date',
  defaultSeverity: 'warning',
  description: 'A relative date with no article date to resolve it',
  check({ analysis }) {
    // With a reference date every relative expression could be resolved; one left unresolved then is the date
    // extractor's gap, not the article's, so only an article without any date is at fault.
    if (analysis.reference.date !== null) return [];
    // Only dates and times point at a day: a set ("every Tuesday") never resolves, and durations need no anchor.
    return analysis.dates
      .filter((d) => !d.resolved && (d.type === 'date' || d.type === 'time'))
      .map((d) => ({
        start: d.start,
        end: d.end,
        message: `Date "${d.text}" cannot be resolved: the article gives no date (add a dateline)`,
      }));
  },
};
