import { Readable } from 'node:stream';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LoadResult, loadArticles } from '../../src/input/load.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-load-'));
const write = (name: string, body: string | Buffer) => {
  fs.writeFileSync(path.join(dir, name), body);
  return name;
};
async function load(paths: string[], inputFormat: 'auto' | 'text' | 'html' | 'jsonl' = 'auto', stdin = ''): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadArticles(paths.map((p) => ({ path: p })), { inputFormat, cwd: dir, stdin: Readable.from([stdin]) })) out.push(r);
  return out;
}

const PAGE_BODY =
  'said Mayor Silva on Monday, standing in front of the harbour wall that the storm destroyed overnight. The council will meet on Friday to approve emergency funds for the repairs.';

describe('loadArticles', () => {
  it('decodes a page in the windows-1252 charset it declares, without a UTF-8 warning', async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Old page</title></head><body><article><p>'),
      Buffer.from([0x93]),
      Buffer.from('We will rebuild,'),
      Buffer.from([0x94]),
      Buffer.from(` ${PAGE_BODY}</p></article></body></html>`),
    ]);
    const [r] = await load([write('old.html', html)]);
    expect(r.ok && r.text.startsWith('“We will rebuild,”')).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.format).toBe('html');
  });

  it('sniffs HTML by content and honours --input-format text', async () => {
    const name = write('page.txt', `<!doctype html><html><body><article><p>${PAGE_BODY}</p></article></body></html>`);
    const [sniffed] = await load([name]);
    const [forced] = await load([name], 'text');
    expect(sniffed.ok && sniffed.format).toBe('html');
    expect(forced.ok && forced.format).toBe('text');
    expect(forced.ok && forced.text.startsWith('<!doctype')).toBe(true);
  });

  it('reports each unreadable input in place and goes on', async () => {
    const rs = await load([write('a.txt', 'One.'), 'missing.txt', write('bin.dat', Buffer.from([1, 0, 2]))]);
    expect(rs.map((r) => (r.ok ? 'ok' : r.message))).toEqual(['ok', 'missing.txt: no such file or directory', 'bin.dat: binary data (NUL bytes), not text']);
  });

  it('reads JSON Lines records with ids, dates and html, one failure per bad line', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'First story.', date: '2024-04-07T10:00:00Z' }),
      '',
      '{"id": 7, "text": ',
      JSON.stringify({ id: 'c', title: 'no text' }),
      JSON.stringify({ id: 'd', html: `<html><body><article><p>${PAGE_BODY}</p></article></body></html>` }),
    ].join('\n');
    const rs = await load(['-'], 'jsonl', lines);
    expect(rs.map((r) => [r.id, r.ok])).toEqual([
      ['a', true],
      [7, false],
      ['c', false],
      ['d', true],
    ]);
    expect(rs[0].ok && rs[0].metadata.date).toBe('2024-04-07');
    expect(!rs[1].ok && rs[1].message).toBe('(stdin):3: not a JSON object');
    expect(!rs[2].ok && rs[2].message).toBe('(stdin):4: record has no "text" or "html" string');
    expect(rs[3].ok && rs[3].format).toBe('html');
  });
});
