/** unattributed-quote: a direct quote (a sentence or more of quoted speech) whose speaker the article never names. */
import type { CheckRule } from '../types.js';
import { excerpt } from './text.js';

export const unattributedQuote: CheckRule = {
  id: 'unattributed-quote',
  defaultSeverity: 'error',
  description: 'A direct quote with no speaker',
  check({ analysis }) {
    // Partial quotes sit inside reported speech whose speaker is stated around them, and scare quotes are no speech,
    // so only direct quotes must carry a speaker of their own.
    return analysis.quotes
      .filter((q) => q.kind === 'direct' && q.speaker === null)
      .map((q) => ({ start: q.start, end: q.end, message: `Direct quote has no speaker: ${excerpt(q.text)}` }));
  },
};
