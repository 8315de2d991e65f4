/** JSON and JSON Lines: the versioned contract (schema/analysis.schema.json). Never styled, byte-stable. */
import type { Formatter } from './options.js';

/** One object for one article; a JSON array when several articles go to one output. */
export const json: Formatter = {
  description: 'one JSON object per article (an array for several)',
  machine: true,
  begin: (o) => (o.many ? '[\n' : ''),
  article: ({ analysis }, o) => {
    const body = JSON.stringify(analysis, null, 2);
    return o.many ? body : `${body}\n`;
  },
  separator: () => ',\n',
  end: (o) => (o.many ? '\n]\n' : ''),
};

/** One compact object per line, in input order; a failed input is an `{ "path", "error" }` line in its place. */
export const jsonl: Formatter = {
  description: 'JSON Lines: one compact object per article, in input order',
  machine: true,
  article: ({ analysis }) => `${JSON.stringify(analysis)}\n`,
  failure: (path, message, _o, id) => `${JSON.stringify(id === undefined ? { path, error: message } : { id, path, error: message })}\n`,
};
