/**
 * Check results as JSON (never styled): `{ schemaVersion, tool, errorCount, warningCount, files: [{ path,
 * errorCount, warningCount, findings: [Finding] }] }`, files in input order, findings sorted as the runner sorts.
 */
import { VERSION } from '../../version.js';
import type { CheckResults, Finding } from '../types.js';

/** Version of this JSON shape; bumped only on a breaking change, as the analysis JSON's schemaVersion. */
export const CHECK_JSON_VERSION = 1;

export function formatJson(results: CheckResults): string {
  const files = results.map((r) => ({ path: r.path, ...counts(r.findings), findings: r.findings }));
  const all = results.flatMap((r) => [...r.findings]);
  const out = { schemaVersion: CHECK_JSON_VERSION, tool: { name: 'newsx', version: VERSION }, ...counts(all), files };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function counts(findings: readonly Finding[]): { errorCount: number; warningCount: number } {
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { errorCount, warningCount: findings.length - errorCount };
}
