/**
 * One analysis command over a batch: sources -> articles -> analyses -> formatter -> output, streaming in input
 * order. Every input ends as exactly one analysis or one reported failure.
 */
import { analyze } from '../analyze.js';
import { describeError } from '../errors.js';
import { FORMATTERS, type FormatOptions, type View } from '../format/index.js';
import type { Analysis, Section } from '../model/types.js';
import { loadArticles, type LoadedArticle } from '../input/load.js';
import { expandSources, type Source } from '../input/sources.js';
import { EXIT } from '../errors.js';
import { applyFilters } from './filters.js';
import { type Io, terminalWidth, wantColor } from './io.js';
import { openOutput } from './output.js';
import type { Settings } from './settings.js';

export interface AnalysisRequest {
  view: View;
  files: readonly string[];
  settings: Settings;
}

/** Sections each view needs filled. */
function sectionsFor(view: View): Section[] {
  return view === 'analyze' ? ['entities', 'quotes', 'dates', 'summary'] : [view];
}

export function resolveSources(files: readonly string[], settings: Settings, io: Io): Source[] {
  if (files.length > 0) return expandSources(files, settings.glob, io.cwd);
  return [{ path: '-' }];
}

export function analyzeLoaded(art: LoadedArticle, view: View, settings: Settings): Analysis {
  const a = analyze(art.text, {
    id: art.id,
    path: art.path,
    format: art.format,
    referenceDate: settings.referenceDate,
    sections: sectionsFor(view),
    lexicon: settings.lexicon,
    metadata: art.metadata,
    summarySentences: settings.sentences,
  });
  return applyFilters(a, settings);
}

export async function runAnalysis(req: AnalysisRequest, io: Io, signal: { interrupted: boolean }): Promise<number> {
  const { settings, view } = req;
  const sources = resolveSources(req.files, settings, io);
  const formatter = FORMATTERS[settings.format];
  const many = sources.length > 1 || settings.inputFormat === 'jsonl';
  const fo: FormatOptions = { view, color: !formatter.machine && wantColor(settings.color, io), width: terminalWidth(io), many };
  const out = openOutput(settings.output, io);
  const began = performance.now();
  let written = 0;
  let failed = 0;
  let words = 0;
  let unresolvedWarned = false;
  out.write(formatter.begin?.(fo) ?? '');
  for await (const item of loadArticles(sources, { inputFormat: settings.inputFormat, cwd: io.cwd, stdin: io.stdin })) {
    if (signal.interrupted) break;
    let failure: string | null = item.ok ? null : item.message;
    if (item.ok) {
      for (const w of item.warnings) io.stderr.write(`newsx: warning: ${w}\n`);
      if (item.text.trim() === '') io.stderr.write(`newsx: warning: ${item.path === '-' ? '(stdin)' : item.path}: no text to analyse\n`);
      try {
        const analysis = analyzeLoaded(item, view, settings);
        out.write(formatter.article({ analysis, text: item.text }, fo, written));
        written++;
        words += analysis.input.words;
        if (!unresolvedWarned && analysis.reference.date === null && analysis.dates.some((d) => !d.resolved)) {
          unresolvedWarned = true;
          io.stderr.write('newsx: warning: no reference date (give --reference-date YYYY-MM-DD); relative dates keep X for what is unknown\n');
        }
      } catch (e) {
        failure = `${item.path === '-' ? '(stdin)' : item.path}: analysis failed: ${describeError(e)}`;
      }
    }
    if (failure !== null) {
      failed++;
      io.stderr.write(`newsx: ${failure}\n`);
      out.write(formatter.failure?.(item.path, failure, fo, written + failed - 1, item.id) ?? '');
      if (settings.failFast) break;
    }
  }
  out.write(formatter.end?.(fo, written) ?? '');
  if (signal.interrupted) {
    out.abort();
    return EXIT.interrupted;
  }
  out.close();
  if (many && !settings.quiet) {
    const secs = ((performance.now() - began) / 1000).toFixed(2);
    io.stderr.write(`newsx: ${written + failed} articles, ${words} words, ${secs} s, ${failed} failed\n`);
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
