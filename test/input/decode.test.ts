import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { NewsxError } from '../../src/errors.js';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Héllo “world” 😀'), 'Héllo “world” 😀'],
    ['UTF-8 with BOM (removed)', Buffer.from('\uFEFFHello'), 'Hello'],
    ['UTF-16 LE with BOM', utf16le('Hi 😀 there'), 'Hi 😀 there'],
    ['UTF-16 BE with BOM', utf16be('Hi 😀 there'), 'Hi 😀 there'],
    ['CRLF kept as is', Buffer.from('a\r\nb'), 'a\r\nb'],
    ['empty', Buffer.alloc(0), ''],
  ])('%s', (_name, bytes, expected) => {
    const d = decodeBytes(bytes, 'f.txt');
    expect(d.text).toBe(expected);
    expect(d.warnings).toEqual([]);
  });

  it('invalid UTF-8 decodes with replacement characters and one warning', () => {
    const d = decodeBytes(Buffer.from([0x61, 0xff, 0x62]), 'bad.txt');
    expect(d.text).toBe('a\uFFFDb');
    expect(d.warnings).toEqual(['bad.txt: invalid UTF-8, decoded with replacement characters']);
  });

  it('NUL bytes are refused as binary data', () => {
    expect(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.zip')).toThrow(NewsxError);
    expect(() => decodeBytes(Buffer.from([0x50, 0x00]), 'x.bin')).toThrow('x.bin: binary data (NUL bytes), not text');
  });
});
