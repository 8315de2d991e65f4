/** The check formatters, a typed registry so `--format` choices, help and code cannot drift. */
import type { CheckResults } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

import { CHECK_FORMATS, type CheckFormat } from '../formats.js';

export { CHECK_FORMATS, type CheckFormat };

const FORMATTERS = {
  text: formatText,
  json: (results) => formatJson(results),
  github: (results) => formatGithub(results),
  sarif: (results) => formatSarif(results),
} satisfies Record<CheckFormat, (results: CheckResults, opts: { color: boolean }) => string>;

/** Render check results; only `text` is ever coloured. Non-empty output ends with a newline. */
export function formatCheck(format: CheckFormat, results: CheckResults, opts: { color: boolean }): string {
  return FORMATTERS[format](results, opts);
}
