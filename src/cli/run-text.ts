/** `newsx text`: print exactly the text newsx analyses, so users can check offsets against it. */
import { EXIT } from '../errors.js';
import { loadArticles } from '../input/load.js';
import type { Io } from './io.js';
import { resolveSources } from './run-analysis.js';
import type { Settings } from './settings.js';

export async function runText(files: readonly string[], settings: Settings, io: Io): Promise<number> {
  let failed = 0;
  for await (const item of loadArticles(resolveSources(files, settings, io), { inputFormat: settings.inputFormat, cwd: io.cwd, stdin: io.stdin })) {
    if (!item.ok) {
      failed++;
      io.stderr.write(`newsx: ${item.message}\n`);
      continue;
    }
    for (const w of item.warnings) io.stderr.write(`newsx: warning: ${w}\n`);
    io.stdout.write(item.text);
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
