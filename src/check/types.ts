/**
 * Types of `newsx check`: editorial findings over one analysed article. Offsets are the model's: half-open
 * `[start, end)` UTF-16 code units into the analysed text.
 */
import type { Analysis } from '../model/types.js';

/** Severity of a finding as reported. */
export type Severity = 'error' | 'warning';

/** What a config file or `--rule id=…` may set a rule to. */
export const RULE_SETTINGS = ['off', 'warn', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** One located editorial problem. */
export interface Finding {
  /** Id of the rule that found it (`unattributed-quote`, …). */
  ruleId: string;
  severity: Severity;
  /** One line, no trailing period. */
  message: string;
  /** The input path as given (`-` for stdin). */
  path: string;
  /** 1-based line of `start`. Lines end at `\n`, `\r\n` or a lone `\r`. */
  line: number;
  /** 1-based column of `start` in UTF-16 code units (as JavaScript strings, editors' LSP and SARIF's default count). */
  column: number;
  /** Offset of the first code unit (inclusive) into the analysed text. */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
}

/** The effective setting of every known rule, after defaults, config file and `--rule` arguments. */
export interface CheckConfig {
  rules: Readonly<Record<string, RuleSetting>>;
  /** The config file that was read, or null when none was found or given. */
  configPath: string | null;
}

/** What a check runs over: the analysed text and its analysis. */
export interface CheckInput {
  path: string;
  text: string;
  analysis: Analysis;
}

/** A rule's raw result, before the runner adds severity, path and line/column. */
export interface RuleHit {
  start: number;
  end: number;
  message: string;
}

/** A rule as data: an id, a default severity, one line of description, and a pure check. */
export interface CheckRule {
  id: string;
  defaultSeverity: Severity;
  /** One line for help output and SARIF's `shortDescription`. */
  description: string;
  check(input: CheckInput): RuleHit[];
}

/** The results of checking several inputs, in input order. */
export type CheckResults = ReadonlyArray<{ path: string; findings: readonly Finding[] }>;
