/**
 * Turn sources into articles: read bytes (file or stdin), decode, and for HTML extract the article text and its
 * metadata. `--input-format jsonl` turns each line of a source into one article record. Each yielded item is either
 * an article or the reason one input failed, so a batch reports every input exactly once, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Transform } from 'node:stream';
import type { InputFormat } from '../model/types.js';
import { NewsxError, describeError } from '../errors.js';
import { decodeBytes } from './decode.js';
import type { Source } from './sources.js';
import { decodeHtmlBytes, detectHtml, htmlToArticle } from './html-bridge.js';

export interface LoadedArticle {
  ok: true;
  path: string;
  /** The record id for `--input-format jsonl`. */
  id?: string | number;
  text: string;
  format: InputFormat;
  metadata: { headline?: string | null; byline?: string | null; date?: string | null };
  warnings: string[];
}

export interface FailedInput {
  ok: false;
  path: string;
  id?: string | number;
  message: string;
}

export type LoadResult = LoadedArticle | FailedInput;

export interface LoadOptions {
  inputFormat: 'auto' | 'text' | 'html' | 'jsonl';
  cwd: string;
  stdin: NodeJS.ReadableStream;
}

export async function* loadArticles(sources: readonly Source[], opts: LoadOptions): AsyncGenerator<LoadResult> {
  for (const source of sources) {
    if (opts.inputFormat === 'jsonl') {
      yield* loadJsonl(source, opts);
      continue;
    }
    try {
      const bytes = source.path === '-' ? await readAll(opts.stdin) : readFileCapped(path.resolve(opts.cwd, source.path), source.path);
      yield await fromBytes(source.path, bytes, opts.inputFormat);
    } catch (e) {
      yield { ok: false, path: source.path, message: describeError(e, source.path === '-' ? '(stdin)' : source.path) };
    }
  }
}

async function fromBytes(name: string, bytes: Uint8Array, inputFormat: LoadOptions['inputFormat']): Promise<LoadedArticle> {
  const shown = name === '-' ? '(stdin)' : name;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
  const html = inputFormat === 'html' || (inputFormat === 'auto' && detectHtml(name, head));
  // A page that declares a legacy charset (windows-1252, …) is decoded with it; everything else as UTF-8/BOM.
  const declared = html ? decodeHtmlBytes(bytes) : null;
  const { text, warnings } = declared === null ? decodeBytes(bytes, shown) : { text: declared, warnings: [] };
  if (!html) return { ok: true, path: name, text, format: 'text', metadata: {}, warnings };
  const page = await htmlToArticle(text, shown);
  return { ok: true, path: name, text: page.text, format: 'html', metadata: page.metadata, warnings };
}

/** One article per line: `{"id": …, "text": …, "date"?: …, "html"?: …}`; a bad line fails alone. */
async function* loadJsonl(source: Source, opts: LoadOptions): AsyncGenerator<LoadResult> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = source.path === '-' ? opts.stdin : await openStream(path.resolve(opts.cwd, source.path));
  } catch (e) {
    yield { ok: false, path: source.path, message: describeError(e, source.path) };
    return;
  }
  // A line longer than MAX_INPUT_BYTES (or endless: /dev/zero) stops this source with one error instead of
  // filling memory; the lines before it were already yielded.
  let tooLong: NewsxError | null = null;
  const capped = capLineBytes(stream, () => {
    const shown = source.path === '-' ? '(stdin)' : source.path;
    tooLong = new NewsxError(`${shown}: a line longer than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; the rest of this input was not read`, 'input');
    lines.close();
  });
  const lines = readline.createInterface({ input: capped, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const where = `${source.path === '-' ? '(stdin)' : source.path}:${n}`;
    try {
      yield await fromRecord(source.path, where, JSON.parse(line));
    } catch (e) {
      const id = recordId(line);
      // NewsxErrors already name the line; a JSON syntax error does not.
      const message = e instanceof NewsxError ? e.message : `${where}: ${e instanceof SyntaxError ? 'not a JSON object' : describeError(e)}`;
      yield { ok: false, path: source.path, id, message };
    }
  }
  if (tooLong) yield { ok: false, path: source.path, message: (tooLong as NewsxError).message };
}

/** Pass `input` through, calling `onOverflow` (once, then stopping) when a line grows past MAX_INPUT_BYTES. */
function capLineBytes(input: NodeJS.ReadableStream, onOverflow: () => void): Transform {
  let sinceBreak = 0;
  let over = false;
  const out = new Transform({
    transform(chunk: Buffer | string, _enc, done) {
      if (over) return done();
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const last = Math.max(buf.lastIndexOf(0x0a), buf.lastIndexOf(0x0d));
      sinceBreak = last < 0 ? sinceBreak + buf.length : buf.length - last - 1;
      if (sinceBreak > MAX_INPUT_BYTES) {
        over = true;
        (input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        onOverflow();
        return done();
      }
      done(null, buf);
    },
  });
  input.on('error', (e) => out.destroy(e));
  return input.pipe(out);
}

async function fromRecord(file: string, where: string, rec: unknown): Promise<LoadedArticle> {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new NewsxError(`${where}: not a JSON object`, 'input');
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : undefined;
  const date = typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(r.date) ? r.date.slice(0, 10) : null;
  if (typeof r.html === 'string') {
    const page = await htmlToArticle(r.html, where);
    return { ok: true, path: file, id, text: page.text, format: 'html', metadata: { ...page.metadata, date: date ?? page.metadata.date }, warnings: [] };
  }
  if (typeof r.text !== 'string') throw new NewsxError(`${where}: record has no "text" or "html" string`, 'input');
  return { ok: true, path: file, id, text: r.text.replace(/^\uFEFF/, ''), format: 'text', metadata: { date }, warnings: [] };
}

/** The id of a record that failed to parse, when a regex can still see it, so the error record can be joined back. */
function recordId(line: string): string | number | undefined {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]) as string | number;
  } catch {
    return undefined;
  }
}

function openStream(file: string): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    const s = fs.createReadStream(file);
    s.once('open', () => resolve(s));
    s.once('error', reject);
  });
}

/**
 * Most bytes one input may have: three times the largest article tested (20 MB), whose analysis already takes
 * minutes. It also stops an endless device (`newsx analyze /dev/zero`) instead of reading until memory runs out.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function tooLarge(shown: string): NewsxError {
  return new NewsxError(`${shown}: input too large (more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB)`, 'input');
}

/** A file's bytes, refusing more than MAX_INPUT_BYTES: by its size for a regular file, while reading for a device or pipe. */
function readFileCapped(file: string, shown: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFile()) {
      if (stat.size > MAX_INPUT_BYTES) throw tooLarge(shown);
      return fs.readFileSync(fd);
    }
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(parts, total);
      total += n;
      if (total > MAX_INPUT_BYTES) throw tooLarge(shown);
      parts.push(chunk.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge('(stdin)');
    parts.push(buf);
  }
  return Buffer.concat(parts);
}
