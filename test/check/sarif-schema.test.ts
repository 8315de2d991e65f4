/**
 * The SARIF output validated against the published SARIF 2.1.0 JSON schema (schema/sarif-2.1.0.json, the rtm.5
 * document that schemastore serves as sarif-2.1.0.json). The schema is draft-04, hence ajv-draft-04.
 */
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { defaultCheckConfig, formatCheck, runChecks } from '../../src/check/index.js';
import { cleanInput, storyInput } from './story.js';

function sarifValidator() {
  const schema = JSON.parse(readFileSync('schema/sarif-2.1.0.json', 'utf8'));
  // The published rtm.5 schema has a pattern (for `language`) that is only valid without the `u` flag.
  // A CommonJS module: under NodeNext its default import is `module.exports`, whose `default` is the class.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  // ajv ships no formats; check the two the schema uses on our output as the spec defines them.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  return ajv.compile(schema);
}

describe('SARIF output', () => {
  const validate = sarifValidator();

  it('the fixture story validates against the SARIF 2.1.0 schema', () => {
    const results = [storyInput(), cleanInput()].map((input) => ({ path: input.path, findings: runChecks(input, defaultCheckConfig()) }));
    const log = JSON.parse(formatCheck('sarif', results, { color: false }));
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an empty run validates too', () => {
    expect(validate(JSON.parse(formatCheck('sarif', [], { color: false })))).toBe(true);
  });

  it('the validator is not vacuous: it rejects a log without a tool name or with a bad level', () => {
    const log = JSON.parse(formatCheck('sarif', [], { color: false }));
    delete log.runs[0].tool.driver.name;
    expect(validate(log)).toBe(false);
    const bad = JSON.parse(formatCheck('sarif', [storyInput()].map((i) => ({ path: i.path, findings: runChecks(i, defaultCheckConfig()) })), { color: false }));
    bad.runs[0].results[0].level = 'fatal';
    expect(validate(bad)).toBe(false);
  });

  it('each result points into the rule list and carries a region', () => {
    const input = storyInput();
    const log = JSON.parse(formatCheck('sarif', [{ path: input.path, findings: runChecks(input, defaultCheckConfig()) }], { color: false }));
    const rules = log.runs[0].tool.driver.rules;
    for (const r of log.runs[0].results) {
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      const region = r.locations[0].physicalLocation.region;
      // The region's offsets and line/column agree with the text.
      const before = input.text.slice(0, region.charOffset).split(/\r\n|\r|\n/);
      expect([before.length, before[before.length - 1].length + 1]).toEqual([region.startLine, region.startColumn]);
    }
  });
});
