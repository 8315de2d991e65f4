/**
 * `--output FILE` is written atomically: a reader sees the old file or the complete new one, never a part; no temp
 * file is left behind, also when the run is interrupted (then the old file stays).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { jsonlRecords, tempDir, writeArticles } from './articles.js';

const SLOW = 240_000;
const tmp = tempDir('batch-output');
afterAll(() => tmp.remove());

const others = (dir: string, keep: string) => fs.readdirSync(dir).filter((f) => f !== keep);

describe('--output FILE over a batch', () => {
  const dir = path.join(tmp.dir, 'complete');
  const target = path.join(dir, 'out.jsonl');
  const OLD = 'old contents\n';
  const seen = new Set<string>();
  let files: string[] = [];
  let viaStdout: CliResult;
  let code: number | null = null;

  beforeAll(async () => {
    fs.mkdirSync(dir);
    files = writeArticles(tmp.dir, 24);
    const args = ['analyze', '--format', 'jsonl', '--reference-date', '2024-04-07', '--quiet', '--jobs', '2', ...files];
    viaStdout = runCli(args);
    fs.writeFileSync(target, OLD);
    // Watch the target while newsx writes: every read must be the old file or the finished one.
    const child = spawn(process.execPath, [BIN, ...args, '--output', target], { cwd: ROOT, stdio: 'ignore' });
    const watching = setInterval(() => seen.add(fs.readFileSync(target, 'utf8')), 5);
    code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(watching);
    seen.add(fs.readFileSync(target, 'utf8'));
  }, SLOW);

  it('exits 0 and the file holds exactly what stdout would', () => {
    expect(code).toBe(0);
    expect(viaStdout.code).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toBe(viaStdout.stdout);
  });
  it('a reader never saw a partial file', () => {
    expect([...seen].filter((s) => s !== OLD && s !== viaStdout.stdout)).toEqual([]);
  });
  it('leaves no temp file behind', () => {
    expect(others(dir, 'out.jsonl')).toEqual([]);
  });
});

describe('--output FILE when the run is interrupted', () => {
  const dir = path.join(tmp.dir, 'interrupted');
  const target = path.join(dir, 'out.jsonl');
  const OLD = 'previous run\n';
  let code: number | null = null;
  let tempSeen = false;

  beforeAll(async () => {
    fs.mkdirSync(dir);
    fs.writeFileSync(target, OLD);
    // stdin stays open, so the run is surely still going when Ctrl-C arrives.
    const child = spawn(process.execPath, [BIN, 'analyze', '--input-format', 'jsonl', '--format', 'jsonl', '--quiet', '--output', target], {
      cwd: ROOT,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(`${jsonlRecords(3).join('\n')}\n`);
    // Wait until newsx has opened its temp file beside the target.
    for (let i = 0; i < 600 && !tempSeen; i++) {
      tempSeen = others(dir, 'out.jsonl').length > 0;
      if (!tempSeen) await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 200));
    child.stdin.end();
    code = await closed;
  }, SLOW);

  it('wrote to a temp file beside the target while running', () => {
    expect(tempSeen).toBe(true);
  });
  it('exits 130, keeps the old file and removes the temp file', () => {
    expect(code).toBe(130);
    expect(fs.readFileSync(target, 'utf8')).toBe(OLD);
    expect(others(dir, 'out.jsonl')).toEqual([]);
  });
});
