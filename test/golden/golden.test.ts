/**
 * Golden tests of the real CLI. Each file in cases/ holds a command line, then the exit code, stdout and stderr it
 * must produce. Add a case by writing a file with only its `$ newsx …` line, then `npm run golden:update`; review
 * the diff like code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const DIR = path.join(ROOT, 'test/golden/cases');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Case {
  command: string;
  args: string[];
  stdinFile?: string;
}

function parseCommand(line: string): Case {
  const m = /^\$ newsx (.*?)(?: < (\S+))?$/.exec(line);
  if (!m) throw new Error(`bad golden command line: ${line}`);
  const args = [...m[1].matchAll(/'([^']*)'|(\S+)/g)].map((x) => x[1] ?? x[2]);
  return { command: line, args, stdinFile: m[2] };
}

/** Timings vary from run to run; everything else must not. */
function normalize(s: string): string {
  return s.replace(/\b\d+\.\d\d s\b/g, 'N.NN s');
}

function render(c: Case, r: { code: number; stdout: string; stderr: string }): string {
  return `${c.command}\n# exit ${r.code}\n# stdout\n${normalize(r.stdout)}# stderr\n${normalize(r.stderr)}`;
}

describe('golden CLI output', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.golden')).sort()) {
    it(file, () => {
      const full = path.join(DIR, file);
      const stored = fs.readFileSync(full, 'utf8');
      const c = parseCommand(stored.split('\n')[0]);
      const r = runCli(c.args, { stdin: c.stdinFile ? fs.readFileSync(path.join(ROOT, c.stdinFile)) : undefined });
      const actual = render(c, r);
      if (UPDATE) fs.writeFileSync(full, actual);
      else expect(actual).toBe(stored);
    });
  }
});
