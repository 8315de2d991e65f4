/**
 * SARIF 2.1.0, which code-scanning services read: one run, the rule registry as the driver's rules, one result a
 * finding with a region in UTF-16 columns (`columnKind: utf16CodeUnits`, as the findings count them). Checked against
 * the published schema (schema/sarif-2.1.0.json) in the tests.
 */
import { VERSION } from '../../version.js';
import { RULES } from '../rules/index.js';
import type { CheckResults, Severity } from '../types.js';

/** The schema the output claims; the same document as schema/sarif-2.1.0.json. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(results: CheckResults): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newsx',
            version: VERSION,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: sarifLevel(f.severity),
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(f.path) },
                  region: { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: f.end - f.start },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifLevel(severity: Severity): 'error' | 'warning' {
  return severity;
}

/** A relative URI reference for a path as given: forward slashes, characters outside URIs percent-encoded. */
function toUri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/'));
}
