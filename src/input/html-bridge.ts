/**
 * The one place the loader meets HTML extraction. PLACEHOLDER until src/input/html.ts lands: HTML is refused.
 */
import { NewsxError } from '../errors.js';

export interface PageArticle {
  text: string;
  metadata: { headline: string | null; byline: string | null; date: string | null };
}

export function detectHtml(name: string, _head: string): boolean {
  return /\.(html?|xhtml)$/i.test(name);
}

export function htmlToArticle(_html: string, shown: string): PageArticle {
  throw new NewsxError(`${shown}: HTML input is not supported yet`, 'input');
}
