/**
 * One analysis command over a batch: sources -> articles -> analyses (in-process or on workers) -> formatter ->
 * output, streaming in input order. Every input ends as exactly one analysis or one reported failure.
 */
import type { AnalyzeOptions } from '../analyze.js';
import { EXIT } from '../errors.js';
import { ALL_FORMATTERS, type AnyFormatName, type FormatOptions, type View } from '../format/index.js';
import type { Section } from '../model/types.js';
import { type LoadedArticle, loadArticles } from '../input/load.js';
import { looksEnglish } from '../input/language.js';
import { expandSources, type Source } from '../input/sources.js';
import { type Io, terminalWidth, wantColor } from './io.js';
import { openOutput } from './output.js';
import { NO_PROGRESS, startProgress } from './progress.js';
import { batchLanes, isBatch } from './lanes.js';
import { runInOrder } from './schedule.js';
import type { Task } from './worker.js';
import type { Settings } from './settings.js';

export interface AnalysisRequest {
  view: View;
  files: readonly string[];
  settings: Settings;
  /** A formatter outside the `--format` registry (`show`). */
  formatName?: AnyFormatName;
}

/**
 * Sections each view needs filled. The terminal digest of `summary` shows who, quotes and the timeline too; its
 * machine formats keep to the contract (only the summary section filled).
 */
function sectionsFor(view: View, format: string): Section[] {
  const all: Section[] = ['entities', 'quotes', 'dates', 'summary'];
  if (view === 'analyze' || (view === 'summary' && format === 'table')) return all;
  return [view];
}

export function resolveSources(files: readonly string[], settings: Settings, io: Io): Source[] {
  if (files.length > 0) return expandSources(files, settings.glob, io.cwd);
  return [{ path: '-' }];
}

export function analyzeOptions(art: LoadedArticle, view: View, settings: Settings): AnalyzeOptions {
  return {
    id: art.id,
    path: art.path,
    format: art.format,
    referenceDate: settings.referenceDate,
    sections: sectionsFor(view, settings.format),
    lexicon: settings.lexicon,
    metadata: art.metadata,
    summarySentences: settings.sentences,
  };
}

const shown = (p: string) => (p === '-' ? '(stdin)' : p);

/** Let pending I/O events (a closed pipe, Ctrl-C) arrive between articles. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runAnalysis(req: AnalysisRequest, io: Io, signal: { interrupted: boolean; pipeClosed: boolean }): Promise<number> {
  const { settings, view } = req;
  const sources = resolveSources(req.files, settings, io);
  const formatter = ALL_FORMATTERS[req.formatName ?? settings.format];
  const many = isBatch(sources, settings);
  const fo: FormatOptions = { view, color: !formatter.machine && wantColor(settings.color, io), width: terminalWidth(io), many };
  const out = openOutput(settings.output, io);
  const began = performance.now();
  const progress = many && !settings.quiet ? startProgress(io.stderr, settings.inputFormat === 'jsonl' ? null : sources.length, () => performance.now()) : NO_PROGRESS;
  const jobs = batchLanes(settings, sources, io);
  let written = 0;
  let failed = 0;
  let words = 0;
  let unresolvedWarned = false;
  const loaded = loadArticles(sources, { inputFormat: settings.inputFormat, cwd: io.cwd, stdin: io.stdin });
  const task: Task = { kind: 'render', format: req.formatName ?? settings.format, opts: fo, filters: settings };
  out.write(formatter.begin?.(fo) ?? '');
  try {
    const stop = () => signal.interrupted || signal.pipeClosed;
    for await (const { item, result } of runInOrder(loaded, (a) => analyzeOptions(a, view, settings), task, { jobs, stop })) {
      let failure: string | null = null;
      if (!item.ok) failure = item.message;
      else {
        for (const w of item.warnings) io.stderr.write(`newsx: warning: ${w}\n`);
        if (item.text.trim() === '') io.stderr.write(`newsx: warning: ${shown(item.path)}: no text to analyse\n`);
        else if (!looksEnglish(item.text)) io.stderr.write(`newsx: warning: ${shown(item.path)}: does not look like English; newsx reads English news, expect little\n`);
        if (result && 'output' in result && result.output !== undefined) {
          if (written > 0) out.write(formatter.separator?.(fo) ?? '');
          out.write(result.output);
          written++;
          words += result.words;
          if (!unresolvedWarned && result.unresolved) {
            unresolvedWarned = true;
            io.stderr.write('newsx: warning: no reference date (give --reference-date YYYY-MM-DD); relative dates keep X for what is unknown\n');
          }
        } else failure = `${shown(item.path)}: analysis failed: ${result && 'error' in result ? result.error : 'no result'}`;
      }
      progress.tick();
      await turn();
      if (stop()) break;
      if (failure !== null) {
        failed++;
        io.stderr.write(`newsx: ${failure}\n`);
        out.write(formatter.failure?.(item.path, failure, fo, item.id) ?? '');
        if (settings.failFast) break;
      }
    }
  } finally {
    progress.done();
  }
  out.write(formatter.end?.(fo, written) ?? '');
  if (signal.interrupted) {
    out.abort();
    io.stderr.write('newsx: interrupted\n');
    return EXIT.interrupted;
  }
  out.close();
  if (signal.pipeClosed) return EXIT.ok;
  if (many && !settings.quiet) {
    const secs = ((performance.now() - began) / 1000).toFixed(2);
    io.stderr.write(`newsx: ${written + failed} articles, ${words} words, ${secs} s, ${failed} failed\n`);
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
