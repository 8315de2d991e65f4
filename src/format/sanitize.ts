/**
 * Terminal safety: an article must not be able to drive the reader's terminal. Control characters from the input
 * (ESC sequences that recolour or retitle, backspaces, bells, a lone CR that overwrites a line) are shown as
 * Unicode control pictures (␛, ␈, ␇, …) in human formats. Each is one UTF-16 unit for one, so offsets still hold.
 * Machine formats (JSON, CSV) carry the text as it is, escaped by their own rules.
 */
import type { Article } from './options.js';

// C0 controls other than tab and line feed, DEL, and the C1 range.
const CONTROLS = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]';
const HAS_CONTROL = new RegExp(CONTROLS);
const EVERY_CONTROL = new RegExp(CONTROLS, 'g');

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x0d) return '\n';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** The string with control characters made visible; a CRLF line end becomes " \n" and a lone CR a line feed. */
export function showControls(s: string): string {
  return s.replace(/\r\n/g, ' \n').replace(EVERY_CONTROL, picture);
}

/** A copy of the article whose every string is safe to print on a terminal, with offsets unchanged. */
export function sanitizeArticle(item: Article): Article {
  if (!HAS_CONTROL.test(item.text)) return item;
  const analysis = JSON.parse(JSON.stringify(item.analysis), (_k, v) => (typeof v === 'string' ? showControls(v) : v));
  return { analysis, text: showControls(item.text) };
}
