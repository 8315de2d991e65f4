/** `newsx show` as a formatter: the highlighted article (see show.ts), a rule between articles. */
import type { Formatter } from './options.js';
import { renderShow } from './show.js';

export const show: Formatter = {
  description: 'the article with entities, quotes and dates highlighted',
  machine: false,
  separator: () => '\n',
  article: ({ analysis, text }, o) => {
    const head = o.many ? `== ${analysis.input.path} ==\n` : '';
    return head + renderShow(analysis, text, { color: o.color, width: o.width });
  },
};
