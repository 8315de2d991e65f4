/** Golden output of every check format. Update with: UPDATE_GOLDEN=1 npx vitest run test/check/format.test.ts */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_FORMATS, type CheckFormat, type CheckResults, defaultCheckConfig, formatCheck, runChecks } from '../../src/check/index.js';
import { VERSION } from '../../src/version.js';
import { cleanInput, storyInput } from './story.js';

const GOLDEN_DIR = 'test/check/golden';
const EXTENSION: Record<CheckFormat, string> = { text: 'txt', json: 'json', github: 'github.txt', sarif: 'sarif' };

/** The fixture story (several findings) and a clean story, at default severities. */
function results(): CheckResults {
  return [storyInput(), cleanInput()].map((input) => ({ path: input.path, findings: runChecks(input, defaultCheckConfig()) }));
}

/** The tool version is not part of the golden files, so a release does not rewrite them. */
function normalise(out: string): string {
  return out.replaceAll(`"version": "${VERSION}"`, '"version": "<VERSION>"');
}

describe('golden output over the fixture story', () => {
  it('has several findings from every rule and at both severities', () => {
    const [story, clean] = results();
    expect(new Set(story.findings.map((f) => f.ruleId))).toEqual(
      new Set(['unattributed-quote', 'unbalanced-quotes', 'unresolved-date', 'name-variants', 'first-mention-surname']),
    );
    expect(new Set(story.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning']));
    expect(clean.findings).toEqual([]);
  });

  it.each(CHECK_FORMATS.map((f) => [f]))('%s', (format) => {
    const out = normalise(formatCheck(format, results(), { color: false }));
    const file = join(GOLDEN_DIR, `story-with-findings.${EXTENSION[format]}`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, out);
    }
    expect(out).toBe(readFileSync(file, 'utf8'));
  });

  it('colours only the text format, and only when asked', () => {
    const plain = formatCheck('text', results(), { color: false });
    const coloured = formatCheck('text', results(), { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toMatch(/\u001b\[31merror/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
    for (const format of ['json', 'github', 'sarif'] as const) {
      expect(formatCheck(format, results(), { color: true })).toBe(formatCheck(format, results(), { color: false }));
    }
  });
});

describe('formats with no findings', () => {
  const none: CheckResults = [{ path: 'a.txt', findings: [] }];
  it('text and github print nothing; json and sarif print a valid empty report', () => {
    expect(formatCheck('text', none, { color: false })).toBe('');
    expect(formatCheck('github', none, { color: false })).toBe('');
    expect(JSON.parse(formatCheck('json', none, { color: false }))).toMatchObject({ errorCount: 0, warningCount: 0, files: [{ path: 'a.txt', findings: [] }] });
    expect(JSON.parse(formatCheck('sarif', none, { color: false })).runs[0].results).toEqual([]);
  });
});

describe('github annotations escape what the runner would misread', () => {
  it('escapes %, CR and LF in the message and : and , in properties', () => {
    const finding = { ruleId: 'unattributed-quote', severity: 'warning' as const, message: '100% sure,\nreally: yes', path: 'desk:a,b.txt', line: 2, column: 3, start: 5, end: 9 };
    expect(formatCheck('github', [{ path: finding.path, findings: [finding] }], { color: false })).toBe(
      '::warning file=desk%3Aa%2Cb.txt,line=2,col=3,title=unattributed-quote::100%25 sure,%0Areally: yes\n',
    );
  });
});

describe('sarif paths', () => {
  it('writes relative URIs with forward slashes and percent-encoding', () => {
    const finding = { ruleId: 'name-variants', severity: 'warning' as const, message: 'm', path: 'desk\\my story.txt', line: 1, column: 1, start: 0, end: 1 };
    const log = JSON.parse(formatCheck('sarif', [{ path: finding.path, findings: [finding] }], { color: false }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('desk/my%20story.txt');
  });
});
