/**
 * Check configuration: rule defaults, then the nearest `.newsxrc.json` (or `--config FILE`), then `--rule id=setting`
 * arguments, each on top of the one before. Format: `{ "rules": { "unattributed-quote": "error", "name-variants": "off" } }`.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES, RULE_IDS } from './rules/index.js';
import { RULE_SETTINGS, type CheckConfig, type RuleSetting } from './types.js';

/** The file name looked for upward from each checked file's directory. */
export const CONFIG_FILE_NAME = '.newsxrc.json';

/** Keys a config file may hold; `$schema` so editors can point at a schema. */
const CONFIG_KEYS = ['rules', '$schema'] as const;

/** A config the user must fix: unknown rule id, bad setting, malformed file. Its message is one line. */
export class CheckConfigError extends Error {
  override name = 'CheckConfigError';
}

export interface LoadCheckConfigOptions {
  /** The file being checked (`-` for stdin: the search starts in `cwd`). */
  filePath: string;
  /** The working directory a relative `filePath`, and stdin's search, start from (default: the process's). */
  cwd?: string;
  /** `--config FILE`: read this instead of searching. */
  configPath?: string;
  /** `--rule` values, each `id=off|warn|error`, applied in order after the file. */
  ruleArgs: readonly string[];
}

/** Every rule at its default severity. */
export function defaultCheckConfig(): CheckConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) rules[rule.id] = rule.defaultSeverity === 'error' ? 'error' : 'warn';
  return { rules, configPath: null };
}

/** The effective config for one file. Throws CheckConfigError for anything the user must fix. */
export function loadCheckConfig(opts: LoadCheckConfigOptions): CheckConfig {
  const rules = { ...defaultCheckConfig().rules };
  const cwd = resolve(opts.cwd ?? '.');
  const configPath = opts.configPath ?? findConfigFile(opts.filePath === '-' ? cwd : dirname(resolve(cwd, opts.filePath)));
  if (configPath) Object.assign(rules, readConfigFile(configPath));
  for (const arg of opts.ruleArgs) {
    const [id, setting] = parseRuleArg(arg);
    rules[id] = setting;
  }
  return { rules, configPath: configPath ?? null };
}

/** The nearest `.newsxrc.json` in `dir` or above it, up to the filesystem root; null when there is none. */
export function findConfigFile(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const candidate = join(at, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (dirname(at) === at) return null;
  }
}

/** One `--rule id=setting` argument, checked. */
export function parseRuleArg(arg: string): [string, RuleSetting] {
  const eq = arg.indexOf('=');
  if (eq < 0) throw new CheckConfigError(`--rule expects id=${RULE_SETTINGS.join('|')}, got "${arg}"`);
  const id = arg.slice(0, eq).trim();
  return [checkRuleId(id, '--rule'), checkSetting(id, arg.slice(eq + 1).trim(), '--rule')];
}

/** The rule settings of a config file, checked. */
function readConfigFile(path: string): Record<string, RuleSetting> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CheckConfigError(`Cannot read config file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CheckConfigError(`Config file ${path} is not valid JSON: ${oneLine((err as Error).message)}`);
  }
  if (!isObject(data)) throw new CheckConfigError(`Config file ${path} must hold a JSON object`);
  for (const key of Object.keys(data)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new CheckConfigError(`Config file ${path} has an unknown key "${key}" (expected "rules")`);
    }
  }
  const rules = data.rules ?? {};
  if (!isObject(rules)) throw new CheckConfigError(`Config file ${path}: "rules" must be an object`);
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    out[checkRuleId(id, path)] = checkSetting(id, setting, path);
  }
  return out;
}

function checkRuleId(id: string, where: string): string {
  if (RULE_IDS.includes(id)) return id;
  throw new CheckConfigError(`Unknown rule "${id}" in ${where} (known rules: ${RULE_IDS.join(', ')})`);
}

function checkSetting(id: string, setting: unknown, where: string): RuleSetting {
  if (typeof setting === 'string' && (RULE_SETTINGS as readonly string[]).includes(setting)) return setting as RuleSetting;
  throw new CheckConfigError(
    `Rule "${id}" in ${where} is set to ${JSON.stringify(setting)}; use ${RULE_SETTINGS.join(', ')}`,
  );
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
