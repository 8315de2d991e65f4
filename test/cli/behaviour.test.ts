/** CLI behaviours users rely on beyond the golden outputs: pipes, colour, completion, version, stdin detection. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = 'fixtures/lavrov-wang-beijing.txt';
const ANSI = /\x1b\[[0-9;]*m/;

describe('pipes', () => {
  it('`newsx analyze big --format json | head -c 10` ends quietly with exit 0', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-pipe-'));
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, Array.from({ length: 40 }, () => fs.readFileSync(path.join(ROOT, SAMPLE), 'utf8')).join('\n\n'));
    const r = spawnSync('bash', ['-c', `node ${BIN} analyze ${big} ${big} ${big} --format jsonl --reference-date 2024-04-07 | head -c 10; echo " status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr.trim()).toBe('status=0');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads stdin when no file is given', () => {
    const r = runCli(['entities', '--format', 'json'], { stdin: 'Angela Merkel met Emmanuel Macron in Paris.' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).input.path).toBe('-');
  });
});

describe('colour', () => {
  it('no ANSI codes when stdout is not a terminal', () => {
    expect(runCli(['entities', SAMPLE]).stdout).not.toMatch(ANSI);
  });
  it('FORCE_COLOR styles tables but never JSON', () => {
    expect(runCli(['entities', SAMPLE], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['entities', SAMPLE, '--format', 'json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
  it('NO_COLOR and --no-color win over FORCE_COLOR', () => {
    expect(runCli(['entities', SAMPLE, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
});

describe('completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s script names every command', (shell) => {
    const r = runCli(['completion', shell]);
    expect(r.code).toBe(0);
    for (const cmd of ['analyze', 'entities', 'quotes', 'dates', 'summary', 'text']) expect(r.stdout).toContain(cmd);
  });
  it('an unknown shell is a usage error', () => {
    const r = runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("newsx: unknown shell 'tcsh' (choose from bash, zsh, fish)\n");
  });
  it('the bash script is valid bash', () => {
    const script = runCli(['completion', 'bash']).stdout;
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
  });
});

describe('version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

describe('filters', () => {
  it('--min-count and --type narrow the entities in every format', () => {
    const all = JSON.parse(runCli(['entities', SAMPLE, '--format', 'json']).stdout);
    const some = JSON.parse(runCli(['entities', SAMPLE, '--format', 'json', '--min-count', '2', '--type', 'place']).stdout);
    expect(some.entities.length).toBeLessThan(all.entities.length);
    for (const e of some.entities) {
      expect(e.type).toBe('place');
      expect(e.count).toBeGreaterThanOrEqual(2);
    }
  });
});
