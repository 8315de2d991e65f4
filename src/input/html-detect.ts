/**
 * Whether an input is HTML, kept apart from the extractor so the loader can decide without loading linkedom and
 * Readability (plain-text runs never pay for them).
 */

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;
/** A document that opens (after a BOM, whitespace, comments or an XML declaration) with an HTML-ish tag. */
const HTML_START =
  /^(?:\ufeff)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|header|div|meta|title|link)[\s>/]/i;

/**
 * Whether a file is HTML: by its name's extension, or by how its first bytes start. Text that merely mentions a
 * tag ("use <b> for bold") is not HTML: the document itself must open with a page-level tag.
 */
export function looksLikeHtml(name: string, head: string): boolean {
  if (HTML_EXTENSIONS.test(name)) return true;
  return HTML_START.test(head.slice(0, 4096));
}
