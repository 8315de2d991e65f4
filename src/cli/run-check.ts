/**
 * `newsx check`: analyse each story (on the batch machinery), run the editorial rules under each file's config, and
 * print the findings in one of the check formats. Exit 0 no errors, 1 error-level findings, 2 newsx could not run.
 */
import path from 'node:path';
import { CheckConfigError, checkExitCode, formatCheck, loadCheckConfig, runChecks, type CheckConfig, type CheckFormat, type Finding } from '../check/index.js';
import { EXIT, NewsxError } from '../errors.js';
import { loadArticles } from '../input/load.js';
import { wantColor, type Io } from './io.js';
import { openOutput } from './output.js';
import { analyzeOptions, resolveSources } from './run-analysis.js';
import { batchLanes } from './lanes.js';
import { runInOrder } from './schedule.js';
import { sanitizeArticle } from '../format/sanitize.js';
import type { Settings } from './settings.js';

export interface CheckRequest {
  files: readonly string[];
  settings: Settings;
  format: CheckFormat;
  configPath?: string;
  ruleArgs: string[];
}

export async function runCheck(req: CheckRequest, io: Io, signal: { interrupted: boolean; pipeClosed: boolean }): Promise<number> {
  const { settings } = req;
  // A file's config depends only on its folder (the search for .newsxrc.json starts there): found and read once per
  // folder, not once per story.
  const byFolder = new Map<string, CheckConfig>();
  const configFor = (file: string): CheckConfig => {
    const filePath = file === '-' ? '-' : path.resolve(io.cwd, file);
    const folder = filePath === '-' ? '-' : path.dirname(filePath);
    let config = byFolder.get(folder);
    if (config) return config;
    try {
      config = loadCheckConfig({ filePath, cwd: io.cwd, configPath: req.configPath ? path.resolve(io.cwd, req.configPath) : undefined, ruleArgs: req.ruleArgs });
    } catch (e) {
      if (e instanceof CheckConfigError) throw new NewsxError(e.message);
      throw e;
    }
    byFolder.set(folder, config);
    return config;
  };
  // Validate the config and --rule arguments before any work, so a typo fails fast with exit 2.
  configFor(req.files[0] ?? '-');
  const sources = resolveSources(req.files, settings, io);
  const results: Array<{ path: string; findings: Finding[] }> = [];
  let failed = 0;
  const loaded = loadArticles(sources, { inputFormat: settings.inputFormat, cwd: io.cwd, stdin: io.stdin });
  const jobs = batchLanes(settings, sources, io);
  const stop = () => signal.interrupted || signal.pipeClosed;
  for await (const { item, result } of runInOrder(loaded, (a) => analyzeOptions(a, 'analyze', settings), { kind: 'analysis' }, { jobs, stop })) {
    const analysis = result && 'analysis' in result ? result.analysis : undefined;
    if (!item.ok || !analysis) {
      failed++;
      const why = result && 'error' in result ? result.error : 'no result';
      io.stderr.write(`newsx: ${item.ok ? `${item.path}: analysis failed: ${why}` : item.message}\n`);
      if (settings.failFast) break;
      continue;
    }
    // Findings quote the text; for the terminal format, control characters are made visible first (offsets hold).
    const safe = req.format === 'text' ? sanitizeArticle({ analysis, text: item.text }) : { analysis, text: item.text };
    const findings = runChecks({ path: item.path, text: safe.text, analysis: safe.analysis }, configFor(item.path));
    results.push({ path: item.path, findings });
  }
  if (signal.interrupted) return EXIT.interrupted;
  const out = openOutput(settings.output, io);
  out.write(formatCheck(req.format, results, { color: req.format === 'text' && wantColor(settings.color, io) }));
  out.close();
  if (failed > 0) return EXIT.failure;
  return checkExitCode(results) === 1 ? EXIT.findings : EXIT.ok;
}
