/** `newsx check`: editorial checks over analysed articles, for a newsroom's CI. */
export { runChecks, checkExitCode } from './runner.js';
export { loadCheckConfig, defaultCheckConfig, findConfigFile, CheckConfigError, CONFIG_FILE_NAME } from './config.js';
export { formatCheck, CHECK_FORMATS, type CheckFormat } from './format/index.js';
export { RULES, RULE_IDS } from './rules/index.js';
export type { CheckConfig, CheckInput, CheckResults, CheckRule, Finding, RuleSetting, Severity } from './types.js';
export { RULE_SETTINGS } from './types.js';
