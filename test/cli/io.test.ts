import { describe, expect, it } from 'vitest';
import { type Io, terminalWidth, wantColor } from '../../src/cli/io.js';

const io = (env: Record<string, string>, tty: boolean, columns?: number): Io =>
  ({ stdout: { write: () => true, isTTY: tty, columns }, stderr: { write: () => true }, stdin: process.stdin, env, cwd: '/' }) as Io;

describe('wantColor', () => {
  it.each([
    ['TTY, no flags', undefined, {}, true, true],
    ['pipe, no flags', undefined, {}, false, false],
    ['--no-color on a TTY', false, {}, true, false],
    ['NO_COLOR on a TTY', undefined, { NO_COLOR: '1' }, true, false],
    ['empty NO_COLOR is ignored', undefined, { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR in a pipe', undefined, { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a TTY', undefined, { FORCE_COLOR: '0' }, true, false],
    ['--color in a pipe', true, {}, false, true],
    ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '1' }, false, false],
    ['NO_COLOR beats --color', true, { NO_COLOR: '1' }, true, false],
  ])('%s', (_n, flag, env, tty, expected) => {
    expect(wantColor(flag as boolean | undefined, io(env as Record<string, string>, tty as boolean))).toBe(expected);
  });
});

describe('terminalWidth', () => {
  it('uses the TTY width, else COLUMNS, else 100, clamped to 40..400', () => {
    expect(terminalWidth(io({}, true, 120))).toBe(120);
    expect(terminalWidth(io({ COLUMNS: '72' }, false))).toBe(72);
    expect(terminalWidth(io({}, false))).toBe(100);
    expect(terminalWidth(io({}, true, 10))).toBe(40);
  });
});
