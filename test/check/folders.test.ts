/**
 * One `newsx check` run over stories in two folders with different `.newsxrc.json` files: each story is checked
 * under its own folder's config (run-check finds and reads a folder's config once, then reuses it for the folder's
 * other stories).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTmp, runInProcess } from '../hardening/support.js';

const STORY = 'Ferry talks stall\n\nThe mayor said the plan was “final.\n\nCouncillors will meet on Tuesday.\n';

describe('check: each folder its own config', () => {
  const dir = makeTmp('check-folders');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const sub of ['quiet', 'strict']) fs.mkdirSync(path.join(dir, sub));
  fs.writeFileSync(path.join(dir, 'quiet/.newsxrc.json'), JSON.stringify({ rules: { 'unbalanced-quotes': 'off' } }));
  fs.writeFileSync(path.join(dir, 'strict/.newsxrc.json'), JSON.stringify({ rules: { 'unbalanced-quotes': 'error' } }));
  const files = ['quiet/a.txt', 'quiet/b.txt', 'strict/a.txt', 'strict/b.txt'];
  for (const f of files) fs.writeFileSync(path.join(dir, f), STORY);

  it('finds the unbalanced quote only in the folder whose config keeps the rule on', async () => {
    const r = await runInProcess(['check', ...files, '--reference-date', '2025-03-03', '--no-color'], { cwd: dir });
    const flagged = r.stdout
      .split('\n')
      .filter((l) => l.includes('unbalanced-quotes'))
      .map((l) => l.split(':')[0]);
    expect(flagged).toEqual(['strict/a.txt', 'strict/b.txt']);
    expect(r.code).toBe(1);
  });

  // Stdin has no folder of its own: its config is searched from the working directory newsx was given (a library
  // caller's `cwd`, not the process's).
  it.each([
    ['quiet', 0, 0],
    ['strict', 1, 1],
  ])('checks stdin under the config of the working directory (%s)', async (sub, findings, code) => {
    const r = await runInProcess(['check', '--reference-date', '2025-03-03', '--no-color'], { cwd: path.join(dir, sub), stdin: STORY });
    expect(r.stdout.split('\n').filter((l) => l.includes('unbalanced-quotes'))).toHaveLength(findings);
    expect(r.code).toBe(code);
  });
});
