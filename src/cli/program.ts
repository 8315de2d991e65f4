/**
 * The commander program: commands, options and help text. Option values are validated in settings.ts; the work
 * happens in the run-* modules. Format choices come from the formatter registry so help and code cannot drift.
 */
import { Command, Option } from 'commander';
import { FORMAT_NAMES, FORMATTERS } from '../format/index.js';
import { VERSION } from '../version.js';
import { ENTITY_TYPES } from '../model/types.js';
import type { View } from '../format/index.js';
import { INPUT_FORMATS, type RawOptions, toSettings } from './settings.js';
import { runAnalysis } from './run-analysis.js';
import { runText } from './run-text.js';
import { CHECK_FORMATS, type CheckFormat } from '../check/formats.js';
import type { CheckRule } from '../check/types.js';
import { NewsxError } from '../errors.js';
import { completionScript, SHELLS } from './completion.js';
import type { Io } from './io.js';

export interface RunState {
  exitCode: number;
  /** Ctrl-C was pressed: stop after the current article. */
  interrupted: boolean;
  /** The reader of stdout went away (`| head`): stop quietly with success. */
  pipeClosed: boolean;
}

const VIEWS: Array<{ name: View; summary: string; example: string }> = [
  { name: 'analyze', summary: 'everything: entities, quotes, dates and summary', example: 'newsx analyze stories/*.txt --format jsonl > out.jsonl' },
  { name: 'entities', summary: 'people, organizations, places and more, merged per referent', example: 'newsx entities story.txt --type person,organization --min-count 2' },
  { name: 'quotes', summary: 'quotations with their kind, speaker and cue', example: 'newsx quotes story.txt --speaker Gabuev' },
  { name: 'dates', summary: 'date and time expressions with TIMEX3 values, as a timeline', example: 'newsx dates story.txt --reference-date 2024-04-07' },
  { name: 'summary', summary: 'a digest: headline, key sentences, who, quotes, timeline', example: 'newsx summary story.txt --sentences 5' },
];

/** How articles are read: shared by every command that analyses. */
function addInputOptions(cmd: Command): Command {
  return cmd
    .option('-r, --reference-date <YYYY-MM-DD>', 'resolve relative dates against this date (default: the dateline or page metadata)')
    .addOption(new Option('--input-format <name>', `how to read inputs (${INPUT_FORMATS.join(', ')}; jsonl: one {"id","text"|"html","date"?} record per line)`).default('auto'))
    .option('--lexicon <file>', 'JSON object of extra names and their types, e.g. {"Gazprom": "organization"}');
}

/** How a batch runs and where it goes. */
function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('--glob <pattern>', "with folders: only files matching this pattern, e.g. '**/*.txt'")
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('-j, --jobs <n>', 'lanes for batches: the main thread and up to N-1 worker threads (default: the number of cores; one lane for input under 2 MB)')
    .option('--fail-fast', 'stop at the first input that cannot be read or analysed');
}

function addColorOptions(cmd: Command): Command {
  return cmd.option('--color', 'force colour on').option('--no-color', 'no colour (also NO_COLOR=1)');
}

function addCommonOptions(cmd: Command): Command {
  cmd.addOption(new Option('-f, --format <name>', `output format: ${FORMAT_NAMES.join(', ')}`).default('table'));
  addInputOptions(cmd);
  addBatchOptions(cmd);
  cmd.option('-q, --quiet', 'no batch summary line on stderr');
  return addColorOptions(cmd);
}

/**
 * @param checkRules the rules `newsx check --help` lists; the caller loads them only when the command line is
 *   about `check`, because the rules load the NLP adapter and every other command's start-up should not pay for it.
 */
export function buildProgram(io: Io, state: RunState, checkRules: readonly CheckRule[] = []): Command {
  const program = new Command('newsx')
    .description('Read news articles: who is in them, who said what, and when things happened.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`newsx: ${s.replace(/^error: /, '').trimEnd()}\n`),
    });
  program.addHelpText(
    'after',
    `
Examples:
  newsx summary fixtures/lavrov-wang-beijing.txt
  newsx entities story.txt --format csv > entities.csv
  cat story.txt | newsx quotes --format json | jq '.quotes[] | {speaker: .speaker.name, text}'
  newsx analyze archive/ --glob '**/*.txt' --format jsonl > analyses.jsonl

Formats (--format):
${FORMAT_NAMES.map((f) => `  ${f.padEnd(9)} ${FORMATTERS[f].description}`).join('\n')}

Exit codes: 0 success (also when nothing is found), 1 check found errors, 2 usage error or an input failed, 130 interrupted.`,
  );

  for (const v of VIEWS) {
    const cmd = addCommonOptions(program.command(v.name).description(v.summary).argument('[files...]', 'text or HTML files, folders, or - for stdin'));
    if (v.name === 'entities' || v.name === 'analyze') {
      cmd.option('--type <types>', `only these entity types, comma-separated (${ENTITY_TYPES.join(', ')})`);
      cmd.option('--min-count <n>', 'only entities mentioned at least n times');
    }
    if (v.name === 'quotes' || v.name === 'analyze') {
      cmd.option('--speaker <name>', 'only quotes whose speaker name contains this (case-insensitive)');
      cmd.option('--sort <order>', 'quote order: position (default) or speaker');
    }
    if (v.name === 'summary' || v.name === 'analyze') cmd.option('--sentences <n>', 'number of key sentences (default 3)');
    cmd.addHelpText('after', `\nExample:\n  ${v.example}`);
    cmd.action(async (files: string[], raw: RawOptions) => {
      state.exitCode = await runAnalysis({ view: v.name, files, settings: toSettings(raw, io.cwd) }, io, state);
    });
  }

  const show = program
    .command('show')
    .description('print the article with entities, quotes and dates highlighted (a legend on top)')
    .argument('[files...]', 'text or HTML files, or - for stdin');
  addColorOptions(addInputOptions(show))
    .addHelpText('after', '\nPlain marks without colour: [entity|type], «quote», ⟨date⟩.\n\nExample:\n  newsx show story.txt --reference-date 2024-04-07 | less -R')
    .action(async (files: string[], raw: RawOptions) => {
      state.exitCode = await runAnalysis({ view: 'analyze', files, settings: toSettings(raw, io.cwd), formatName: 'show' }, io, state);
    });

  const check = program
    .command('check')
    .description('editorial checks for CI: unattributed quotes, unbalanced marks, unresolved dates, name variants, surname-first')
    .argument('[files...]', 'text or HTML files, folders, or - for stdin')
    .addOption(new Option('-f, --format <name>', `output format: ${CHECK_FORMATS.join(', ')}`).default('text'))
    .option('--config <file>', 'rule settings (default: the nearest .newsxrc.json above each file)')
    .option('--rule <id=setting>', 'set a rule to off, warn or error (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[]);
  addColorOptions(addBatchOptions(addInputOptions(check)))
    .addHelpText(
      'after',
      `${checkRules.length ? `\nRules:\n${checkRules.map((r) => `  ${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(8)} ${r.description}`).join('\n')}\n` : ''}\nExit codes: 0 no errors (warnings allowed), 1 at least one error-level finding, 2 newsx could not run.\n\nExample:\n  newsx check stories/ --format github --rule name-variants=error`,
    )
    .action(async (files: string[], raw: RawOptions & { config?: string; rule: string[] }) => {
      const format = raw.format ?? 'text';
      if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
        throw new NewsxError(`unknown check format '${format}' (choose from ${CHECK_FORMATS.join(', ')})`);
      }
      // The check format is validated above; the shared settings only need a valid analysis format.
      const settings = toSettings({ ...raw, format: 'json' }, io.cwd);
      const { runCheck } = await import('./run-check.js');
      state.exitCode = await runCheck({ files, settings, format: format as CheckFormat, configPath: raw.config, ruleArgs: raw.rule }, io, state);
    });

  program
    .command('text')
    .description('print the text newsx analyses (for HTML: the extracted article), which all offsets refer to')
    .argument('[files...]', 'text or HTML files, or - for stdin')
    .addOption(new Option('--input-format <name>', `how to read inputs (${INPUT_FORMATS.join(', ')})`).default('auto'))
    .addHelpText('after', '\nExample:\n  newsx text page.html > page.txt')
    .action(async (files: string[], raw: RawOptions) => {
      state.exitCode = await runText(files, toSettings(raw, io.cwd), io);
    });

  program
    .command('completion')
    .description('print a shell completion script')
    .argument('<shell>', SHELLS.join(' | '))
    .addHelpText('after', '\nExample:\n  newsx completion bash > /etc/bash_completion.d/newsx')
    .action((shell: string) => {
      io.stdout.write(completionScript(shell, program));
    });
  return program;
}
