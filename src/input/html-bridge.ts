/**
 * The one place the loader meets HTML extraction. The extractor (linkedom + Readability) is loaded on first use,
 * so plain-text runs do not pay for it at start-up.
 */
import { NewsxError } from '../errors.js';

export interface PageArticle {
  text: string;
  metadata: { headline: string | null; byline: string | null; date: string | null };
}

type HtmlModule = typeof import('./html.js');
let html: HtmlModule | null = null;

const HTML_NAME = /\.(?:html?|xhtml|shtml)$/i;
/** The same opening test html.ts uses, kept cheap here so detection does not load the extractor. */
const HTML_START = /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|header|div|meta|title|link)[\s>/]/i;

export function detectHtml(name: string, head: string): boolean {
  return HTML_NAME.test(name) || HTML_START.test(head.slice(0, 4096));
}

export async function htmlToArticle(source: string, shown: string): Promise<PageArticle> {
  html ??= await import('./html.js');
  try {
    const page = html.extractHtml(source);
    return { text: page.text, metadata: { headline: page.headline, byline: page.byline, date: page.date } };
  } catch (e) {
    if (e instanceof html.HtmlInputError) throw new NewsxError(`${shown}: ${e.message}`, 'input');
    throw e;
  }
}
