/**
 * Command-line option values -> validated settings. Every bad value becomes a one-line usage error (exit 2).
 */
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../model/types.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../format/index.js';
import { NewsxError } from '../errors.js';

export const INPUT_FORMATS = ['auto', 'text', 'html', 'jsonl'] as const;
export type InputFormatOption = (typeof INPUT_FORMATS)[number];

/** Raw option values as commander hands them over. */
export interface RawOptions {
  format?: string;
  referenceDate?: string;
  inputFormat?: string;
  lexicon?: string;
  glob?: string;
  output?: string;
  jobs?: string;
  failFast?: boolean;
  color?: boolean;
  quiet?: boolean;
  type?: string;
  minCount?: string;
  speaker?: string;
  sort?: string;
  sentences?: string;
}

export interface Settings {
  format: FormatName;
  referenceDate: string | null;
  inputFormat: InputFormatOption;
  lexicon: Map<string, EntityType>;
  glob: string | undefined;
  output: string | undefined;
  /** Lanes: the main thread plus jobs - 1 worker threads (--jobs, else the number of cores; see lanes.ts). */
  jobs: number;
  /** --jobs was given: a small batch gets its lanes too. */
  jobsGiven: boolean;
  failFast: boolean;
  color: boolean | undefined;
  quiet: boolean;
  types: Set<EntityType> | null;
  minCount: number;
  speaker: string | null;
  sortBySpeaker: boolean;
  sentences: number;
}

/**
 * Without --jobs, every core, but for input files known to be small (lanes.ts). Measured on the 2-core machine
 * (README, Speed): two lanes pay from about a thousand articles on and cost up to a second below. Starting the
 * workers later, once a batch proved long, was tried and was worse: a worker warming up beside a warm main thread
 * slowed both.
 */
const DEFAULT_JOBS = availableParallelism();

export function toSettings(raw: RawOptions, cwd: string): Settings {
  const format = raw.format ?? 'table';
  if (!isFormatName(format)) throw new NewsxError(`unknown format '${format}' (choose from ${FORMAT_NAMES.join(', ')})`);
  const inputFormat = raw.inputFormat ?? 'auto';
  if (!(INPUT_FORMATS as readonly string[]).includes(inputFormat)) {
    throw new NewsxError(`unknown input format '${inputFormat}' (choose from ${INPUT_FORMATS.join(', ')})`);
  }
  return {
    format,
    referenceDate: raw.referenceDate === undefined ? null : checkDate(raw.referenceDate),
    inputFormat: inputFormat as InputFormatOption,
    lexicon: raw.lexicon ? readLexicon(path.resolve(cwd, raw.lexicon), raw.lexicon) : new Map(),
    glob: raw.glob,
    output: raw.output,
    jobs: raw.jobs === undefined ? DEFAULT_JOBS : positiveInt(raw.jobs, '--jobs', 1),
    jobsGiven: raw.jobs !== undefined,
    failFast: Boolean(raw.failFast),
    color: raw.color,
    quiet: Boolean(raw.quiet),
    types: raw.type ? parseTypes(raw.type) : null,
    minCount: raw.minCount === undefined ? 1 : positiveInt(raw.minCount, '--min-count', 1),
    speaker: raw.speaker ?? null,
    sortBySpeaker: checkSort(raw.sort),
    sentences: raw.sentences === undefined ? 3 : positiveInt(raw.sentences, '--sentences', 1),
  };
}

/** A real calendar date in `YYYY-MM-DD` form (checked by arithmetic, not against the clock). */
export function checkDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return s;
  }
  throw new NewsxError(`invalid --reference-date '${s}' (expected a date as YYYY-MM-DD)`);
}

function positiveInt(s: string, name: string, min: number): number {
  if (!/^\d+$/.test(s) || Number(s) < min) throw new NewsxError(`invalid ${name} '${s}' (expected a whole number >= ${min})`);
  return Number(s);
}

function parseTypes(s: string): Set<EntityType> {
  const out = new Set<EntityType>();
  for (const t of s.split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new NewsxError(`unknown entity type '${t}' (choose from ${ENTITY_TYPES.join(', ')})`);
    out.add(t as EntityType);
  }
  return out;
}

function checkSort(s: string | undefined): boolean {
  if (s === undefined || s === 'position') return false;
  if (s === 'speaker') return true;
  throw new NewsxError(`unknown --sort '${s}' (choose from position, speaker)`);
}

/** `--lexicon FILE`: a JSON object mapping names to entity types, e.g. `{"Gazprom": "organization"}`. */
export function readLexicon(file: string, shown: string): Map<string, EntityType> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NewsxError(`${shown}: cannot read lexicon (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new NewsxError(`${shown}: lexicon is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new NewsxError(`${shown}: lexicon must be a JSON object of "name": "type" pairs`);
  }
  const out = new Map<string, EntityType>();
  for (const [name, type] of Object.entries(data)) {
    if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new NewsxError(`${shown}: lexicon entry "${name}" has type ${JSON.stringify(type)} (choose from ${ENTITY_TYPES.join(', ')})`);
    }
    if (name.trim()) out.set(name.trim(), type as EntityType);
  }
  return out;
}
