/** Runs the enabled rules over one analysed article and decides the exit code over many. */
import { lineIndexOf } from './location.js';
import { RULES } from './rules/index.js';
import type { CheckConfig, CheckInput, CheckResults, Finding, Severity } from './types.js';

/**
 * The findings of every rule the config leaves on, sorted by `start`, then rule id (then `end`, then message, so
 * the order is total and the output deterministic). Pure: reads nothing but its arguments.
 */
export function runChecks(input: CheckInput, config: CheckConfig): Finding[] {
  const lines = lineIndexOf(input.text);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // A rule the config does not name runs at its default, as with no config at all.
    const setting = config.rules[rule.id] ?? (rule.defaultSeverity === 'error' ? 'error' : 'warn');
    if (setting === 'off') continue;
    const severity: Severity = setting === 'error' ? 'error' : 'warning';
    for (const hit of rule.check(input)) {
      const { line, column } = lines.locate(hit.start);
      findings.push({ ruleId: rule.id, severity, message: hit.message, path: input.path, line, column, start: hit.start, end: hit.end });
    }
  }
  return findings.sort(
    (a, b) =>
      a.start - b.start || cmp(a.ruleId, b.ruleId) || a.end - b.end || cmp(a.message, b.message),
  );
}

/** 1 when any finding is an error, else 0 (warnings alone pass). 2, "could not run", is the CLI's to return. */
export function checkExitCode(results: CheckResults): 0 | 1 {
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Code-unit order, independent of the locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
