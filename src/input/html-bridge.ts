/**
 * The one place the loader meets HTML extraction. The extractor (linkedom + Readability) is loaded on first use,
 * so plain-text runs do not pay for it at start-up.
 */
import { NewsxError } from '../errors.js';
import { decodeDeclared } from './html-charset.js';
import { looksLikeHtml } from './html-detect.js';

export interface PageArticle {
  text: string;
  metadata: { headline: string | null; byline: string | null; date: string | null };
}

type HtmlModule = typeof import('./html.js');
let html: HtmlModule | null = null;

/** HTML by name or content (see html-detect.ts). */
export const detectHtml = looksLikeHtml;

/**
 * A page's text from its bytes: the charset its `<meta>` declares (windows-1252 and other legacy encodings) when
 * there is no byte-order mark; null when the loader's own decoding (BOM or UTF-8) applies.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string | null {
  const bom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes[0] === 0xef);
  if (bom) return null;
  try {
    return decodeDeclared(bytes);
  } catch {
    // An encoding label TextDecoder does not know: keep the UTF-8 reading.
    return null;
  }
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
