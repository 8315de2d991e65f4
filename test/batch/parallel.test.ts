/**
 * The README's recipe for spreading a JSON Lines batch over processes with GNU parallel:
 *   parallel --pipe -N 50 --keep-order node bin/newsx.js analyze --input-format jsonl --format jsonl --quiet
 * Every input id must come back exactly once (and, with --keep-order, in order). Skipped when parallel is missing;
 * .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { jsonlRecords } from './articles.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe('GNU parallel recipe over 300 records', () => {
  it.skipIf(!hasParallel)(
    'every id comes back exactly once, in input order',
    () => {
      const records = jsonlRecords(300, (i) => `doc-${String(i).padStart(3, '0')}`);
      const r = spawnSync(
        'parallel',
        ['--pipe', '-N', '50', '--keep-order', process.execPath, BIN, 'analyze', '--input-format', 'jsonl', '--format', 'jsonl', '--quiet'],
        { cwd: ROOT, input: `${records.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(r.status, r.stderr).toBe(0);
      const back = r.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as { id?: string; error?: string });
      expect(back.filter((b) => b.error !== undefined)).toEqual([]);
      const ids = back.map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(records.map((l) => JSON.parse(l).id));
    },
    600_000,
  );
});
