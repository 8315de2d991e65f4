/** `newsx show` as a formatter: the highlighted article (see show.ts), a rule between articles. */
import type { Formatter } from './options.js';
import { renderShow } from './show.js';

export const show: Formatter = {
  description: 'the article with entities, quotes and dates highlighted',
  machine: false,
  article: ({ analysis, text }, o, i) => {
    const head = o.many ? `${i > 0 ? '\n' : ''}== ${analysis.input.path} ==\n` : '';
    return head + renderShow(analysis, text, { color: o.color, width: o.width });
  },
};
