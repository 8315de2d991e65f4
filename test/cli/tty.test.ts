/**
 * The real binary under a pseudo-terminal (util-linux `script`), as a person at a terminal runs it: colour is on,
 * tables and digests fit the terminal's width, and batches draw a progress line on stderr.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const ANSI = /\x1b\[[0-9;]*m/g;

/** Run newsx on a pty of `cols` columns; returns what the terminal showed (stdout and stderr interleaved). */
function onTty(args: string, cols: number, envPrefix = ''): string {
  const cmd = `stty cols ${cols} rows 50; ${envPrefix} node ${BIN} ${args}`;
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined } as NodeJS.ProcessEnv;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8' });
  return r.stdout;
}

const visibleWidth = (line: string) => Array.from(line.replace(ANSI, '').replace(/\r/g, '')).length;

describe.skipIf(!hasScript)('on a terminal', () => {
  it('colours tables and keeps every line within the terminal width', () => {
    const shown = onTty('quotes fixtures/lavrov-wang-beijing.txt', 70);
    expect(shown).toMatch(ANSI);
    const lines = shown.split('\n').filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(70);
  });

  it('wraps the summary digest to the terminal width', () => {
    const shown = onTty('summary fixtures/lavrov-wang-beijing.txt --reference-date 2024-04-07', 60);
    expect(shown).toMatch(ANSI);
    for (const l of shown.split('\n')) expect(visibleWidth(l)).toBeLessThanOrEqual(60);
  });

  it('--no-color and NO_COLOR turn colour off on a terminal too', () => {
    expect(onTty('entities fixtures/lavrov-wang-beijing.txt --no-color', 80)).not.toMatch(ANSI);
    const plain = onTty('entities fixtures/lavrov-wang-beijing.txt', 80, 'NO_COLOR=1');
    expect(plain).toContain('Beijing');
    expect(plain).not.toMatch(ANSI);
  });

  it('JSON stays unstyled on a terminal', () => {
    const shown = onTty('entities fixtures/lavrov-wang-beijing.txt --format json', 80);
    expect(shown).not.toMatch(ANSI);
    expect(() => JSON.parse(shown.replace(/\r\n/g, '\n'))).not.toThrow();
  });
});
