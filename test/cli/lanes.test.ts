import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchLanes, isBatch, lanesFor, SMALL_BATCH_BYTES, stdinSize } from '../../src/cli/lanes.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-lanes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: number) => {
  fs.writeFileSync(path.join(dir, name), Buffer.alloc(bytes, 'a'));
  return { path: name };
};
const small = [file('a.txt', 5_000), file('b.txt', 5_000)];
const big = [file('c.txt', SMALL_BATCH_BYTES / 2), file('d.txt', SMALL_BATCH_BYTES / 2)];
const almost = [file('e.txt', SMALL_BATCH_BYTES / 2), file('f.txt', SMALL_BATCH_BYTES / 2 - 1)];

describe('lanesFor', () => {
  it.each([
    ['--jobs given: taken as is, even for a small batch', { jobs: 4, jobsGiven: true, sources: small }, 4],
    ['--jobs 1 given for a big batch', { jobs: 1, jobsGiven: true, sources: big }, 1],
    ['default, small files: the main thread alone', { jobs: 4, jobsGiven: false, sources: small }, 1],
    ['default, one byte under the threshold: still alone', { jobs: 4, jobsGiven: false, sources: almost }, 1],
    ['default, files reaching the threshold: every core', { jobs: 4, jobsGiven: false, sources: big }, 4],
    ['default, stdin from a pipe (size unknown): every core', { jobs: 2, jobsGiven: false, sources: [{ path: '-' }], stdinBytes: null }, 2],
    ['default, stdin from a small file', { jobs: 2, jobsGiven: false, sources: [{ path: '-' }], stdinBytes: 40_000 }, 1],
    ['default, stdin from a big file', { jobs: 2, jobsGiven: false, sources: [{ path: '-' }], stdinBytes: SMALL_BATCH_BYTES }, 2],
    ['default, a file that cannot be read counts nothing', { jobs: 2, jobsGiven: false, sources: [{ path: 'missing.txt' }, ...small] }, 1],
    ['default on a 1-core machine', { jobs: 1, jobsGiven: false, sources: big }, 1],
  ])('%s', (_, req, lanes) => {
    expect(lanesFor({ stdinBytes: null, ...req, cwd: dir })).toBe(lanes);
  });
});

describe('stdinSize', () => {
  it('is the size of a regular file behind the descriptor', () => {
    const fd = fs.openSync(path.join(dir, 'a.txt'), 'r');
    try {
      expect(stdinSize({ fd })).toBe(5_000);
    } finally {
      fs.closeSync(fd);
    }
  });

  it.each([
    ['a stream without a descriptor (a test, a library caller)', {}],
    ['a descriptor that is not open', { fd: 987_654 }],
  ])('is null for %s', (_, stdin) => {
    expect(stdinSize(stdin)).toBeNull();
  });

  it('is null for a descriptor on a folder', () => {
    const fd = fs.openSync(dir, 'r');
    try {
      expect(stdinSize({ fd })).toBeNull();
    } finally {
      fs.closeSync(fd);
    }
  });
});

describe('batchLanes', () => {
  const io = { cwd: dir, stdin: process.stdin };
  it.each([
    ['one text file: not a batch, one lane even with --jobs 4', { jobs: 4, jobsGiven: true, inputFormat: 'auto' }, [{ path: 'c.txt' }], false, 1],
    ['one JSON Lines file of records: a batch', { jobs: 4, jobsGiven: true, inputFormat: 'jsonl' }, [{ path: 'c.txt' }], true, 4],
    ['several files, default, 2 MB in all', { jobs: 4, jobsGiven: false, inputFormat: 'auto' }, big, true, 4],
    ['several small files, default', { jobs: 4, jobsGiven: false, inputFormat: 'auto' }, small, true, 1],
  ] as const)('%s', (_, settings, sources, batch, lanes) => {
    expect(isBatch(sources, settings)).toBe(batch);
    expect(batchLanes(settings, sources, io)).toBe(lanes);
  });
});
