/**
 * The character encoding a saved page declares for itself, for the loader to decode its bytes with.
 *
 * Older pages are often windows-1252 or ISO-8859-1 and say so only in a `<meta>` tag; decoded as UTF-8, their curly
 * quotes and accented letters turn into replacement characters. Browsers look for the declaration in the first
 * 1024 bytes (the HTML "prescan"); this does the same, with the declarations pages actually use.
 */

/** How far into the file the declaration is looked for, as the HTML standard's prescan does. */
const PRESCAN_BYTES = 1024;
/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]{1,40})/i;

/**
 * The encoding label declared in the first 1024 bytes of a page, normalised by TextDecoder (`windows-1252` for
 * "iso-8859-1" and "latin1", as browsers do), or null when none is declared or the label is unknown.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null; // a label TextDecoder does not know
  }
}

/**
 * windows-1252's bytes 0x80-0x9F (where it differs from ISO-8859-1), as code points; 0 marks an unused byte, which
 * decodes to the C1 control of the same value, as browsers do. Kept here because Node 20's TextDecoder decodes
 * "windows-1252" as ISO-8859-1 in that range (its curly quotes come out as C1 control characters).
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decode a page's bytes with the encoding it declares, when that is not UTF-8; null when it declares none or
 * UTF-8 (the caller's UTF-8 path applies). A byte-order mark, when present, wins over any declaration and is for
 * the caller to handle first.
 */
export function decodeDeclared(bytes: Uint8Array): string | null {
  const charset = declaredCharset(bytes);
  if (!charset || charset === 'utf-8' || charset.startsWith('utf-16')) return null;
  if (charset === 'windows-1252') {
    const latin1 = Buffer.from(bytes).toString('latin1');
    return latin1.replace(/[\u0080-\u009f]/g, (c) => {
      const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80];
      return mapped ? String.fromCharCode(mapped) : c;
    });
  }
  return new TextDecoder(charset).decode(bytes);
}
