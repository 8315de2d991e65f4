/**
 * Which articles a command line names: files, folders (recursive, sorted, optional glob filter) and stdin (`-`).
 * Expanding is separate from reading so a batch can report every unreadable input and go on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NewsxError } from '../errors.js';

export interface Source {
  /** The path as the user gave it (or as found under a folder), `-` for stdin. */
  path: string;
}

/** File endings a folder walk picks up when no --glob is given. */
const ARTICLE_FILE = /\.(txt|text|md|html?|xhtml)$/i;

export function expandSources(args: readonly string[], glob: string | undefined, cwd: string): Source[] {
  const out: Source[] = [];
  const filter = glob ? globToRegExp(glob) : null;
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      // Reported when read, so the batch keeps its order and goes on.
      out.push({ path: arg });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ path: arg });
      continue;
    }
    const found = walk(abs).filter((f) => (filter ? filter.test(path.relative(abs, f).split(path.sep).join('/')) : ARTICLE_FILE.test(f)));
    if (found.length === 0) throw new NewsxError(`${arg}: no article files in this folder`, 'input');
    for (const f of found) out.push({ path: path.join(arg, path.relative(abs, f)) });
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** A small glob: `*` within a path segment, `**` across segments, `?` one character, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((s) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern without a slash matches the file name at any depth, as users of `--glob '*.txt'` expect.
  return glob.includes('/') ? new RegExp(`^${re}$`) : new RegExp(`(?:^|/)${re}$`);
}
