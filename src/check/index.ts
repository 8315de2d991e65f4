/**
 * `newsx check`: editorial checks over analysed articles, for a newsroom's CI.
 *
 * Rules (id, default severity): unattributed-quote (error), unbalanced-quotes (error), unresolved-date (warning),
 * name-variants (warning), first-mention-surname (warning); see `RULES` for their one-line descriptions.
 * Config: the nearest `.newsxrc.json` above the checked file (or `--config FILE`), `{ "rules": { "<id>": "off" |
 * "warn" | "error" } }`, then each `--rule id=off|warn|error` on top. Unknown ids and settings are errors.
 * Findings: 1-based line and column (UTF-16 code units) plus half-open `[start, end)` offsets, sorted by start then
 * rule id. Exit codes: 0 no error-level finding (warnings allowed), 1 at least one, 2 newsx could not run (the CLI's).
 * Formats: text (like a linter), json, github (Actions annotations), sarif (2.1.0).
 */
export { runChecks, checkExitCode } from './runner.js';
export { loadCheckConfig, defaultCheckConfig, findConfigFile, CheckConfigError, CONFIG_FILE_NAME } from './config.js';
export { formatCheck, CHECK_FORMATS, type CheckFormat } from './format/index.js';
export { RULES, RULE_IDS } from './rules/index.js';
export type { CheckConfig, CheckInput, CheckResults, CheckRule, Finding, RuleSetting, Severity } from './types.js';
export { RULE_SETTINGS } from './types.js';
