/**
 * Bytes -> text the way a reader expects: BOMs honoured and removed (UTF-8, UTF-16 LE/BE), invalid UTF-8 decoded
 * with replacement characters and a warning, binary data refused. Offsets in the output refer to this decoded text.
 */
import { NewsxError } from '../errors.js';

export interface Decoded {
  text: string;
  /** Human-readable warnings about the decoding (shown once on stderr). */
  warnings: string[];
}

export function decodeBytes(buf: Uint8Array, name: string): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return decodeAs('utf-16le', 'UTF-16', buf.subarray(2), name);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return decodeAs('utf-16be', 'UTF-16', buf.subarray(2), name);
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  if (looksBinary(body)) throw new NewsxError(`${name}: binary data (NUL bytes), not text`, 'input');
  return decodeAs('utf-8', 'UTF-8', body, name);
}

/** Strict decoding, else replacement characters and a warning (an odd byte count or a lone surrogate in UTF-16 too). */
function decodeAs(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', shown: string, body: Uint8Array, name: string): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), warnings: [] };
  } catch {
    const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
    return { text, warnings: [`${name}: invalid ${shown}, decoded with replacement characters`] };
  }
}

/** NUL bytes in the first 8 KB mean binary data (the test git and grep use). */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
