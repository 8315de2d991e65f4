import { describe, expect, it } from 'vitest';
import { type CheckConfig, checkExitCode, type RuleSetting, defaultCheckConfig, type Finding, runChecks, RULES } from '../../src/check/index.js';
import { LineIndex } from '../../src/check/location.js';
import { analysisOf, quote } from './build.js';
import { storyInput } from './story.js';

const withRules = (rules: Record<string, RuleSetting>): CheckConfig => ({
  ...defaultCheckConfig(),
  rules: { ...defaultCheckConfig().rules, ...rules },
});

describe('runChecks', () => {
  it('sorts findings by start, then rule id, and fills path, line and column', () => {
    const findings = runChecks(storyInput(), defaultCheckConfig());
    const keys = findings.map((f) => [f.start, f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    const lines = new LineIndex(storyInput().text);
    for (const f of findings) {
      expect(f.path).toBe('fixtures/check/story-with-findings.txt');
      expect({ line: f.line, column: f.column }).toEqual(lines.locate(f.start));
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('breaks a tie at one offset by rule id', () => {
    // An unattributed quote that is also left open starts at the same offset as the unbalanced-quotes finding.
    const text = '“Nobody asked us.';
    const q = quote(text, 'q1', text, null);
    const findings = runChecks({ path: 'a.txt', text, analysis: analysisOf(text, { quotes: [q] }) }, defaultCheckConfig());
    expect(findings.map((f) => [f.start, f.ruleId])).toEqual([
      [0, 'unattributed-quote'],
      [0, 'unbalanced-quotes'],
    ]);
  });

  it('applies the configured severity and leaves out rules set to off', () => {
    const config = withRules({ 'unresolved-date': 'error', 'name-variants': 'off', 'unattributed-quote': 'warn' });
    const findings = runChecks(storyInput(), config);
    expect(findings.some((f) => f.ruleId === 'name-variants')).toBe(false);
    expect(new Set(findings.filter((f) => f.ruleId === 'unresolved-date').map((f) => f.severity))).toEqual(new Set(['error']));
    expect(new Set(findings.filter((f) => f.ruleId === 'unattributed-quote').map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  it('runs a rule the config does not name at its default severity', () => {
    const rules = { ...defaultCheckConfig().rules } as Record<string, RuleSetting>;
    delete rules['unattributed-quote'];
    const findings = runChecks(storyInput(), { rules, configPath: null });
    expect(findings.filter((f) => f.ruleId === 'unattributed-quote').map((f) => f.severity)).toEqual(['error']);
  });

  it('finds nothing with every rule off', () => {
    const off = Object.fromEntries(RULES.map((r) => [r.id, 'off' as const]));
    expect(runChecks(storyInput(), withRules(off))).toEqual([]);
  });

  it('is pure: the same input gives the same findings and the analysis is not changed', () => {
    const input = storyInput();
    const before = JSON.stringify(input.analysis);
    expect(runChecks(input, defaultCheckConfig())).toEqual(runChecks(input, defaultCheckConfig()));
    expect(JSON.stringify(input.analysis)).toBe(before);
  });

  it('counts columns in UTF-16 code units, lines at LF, CRLF and CR', () => {
    const text = 'a\r\nb\rc\n😀 “open';
    const findings = runChecks({ path: 'a.txt', text, analysis: analysisOf(text, {}) }, defaultCheckConfig());
    expect(findings.map((f) => [f.line, f.column])).toEqual([[4, 4]]);
  });
});

describe('exit-code contract: 0 without errors (warnings allowed), 1 with any error', () => {
  const finding = (severity: Finding['severity']): Finding => ({ ruleId: 'name-variants', severity, message: 'm', path: 'a.txt', line: 1, column: 1, start: 0, end: 1 });
  it.each([
    ['no files', [], 0],
    ['no findings', [{ path: 'a.txt', findings: [] }], 0],
    ['warnings only', [{ path: 'a.txt', findings: [finding('warning'), finding('warning')] }], 0],
    ['one error', [{ path: 'a.txt', findings: [finding('warning'), finding('error')] }], 1],
    ['an error in a later file', [{ path: 'a.txt', findings: [] }, { path: 'b.txt', findings: [finding('error')] }], 1],
  ] as const)('%s -> %s', (_, results, code) => {
    expect(checkExitCode(results)).toBe(code);
  });

  it('the fixture story exits 1 by default, 0 once its error rules are warnings', () => {
    const input = storyInput();
    expect(checkExitCode([{ path: input.path, findings: runChecks(input, defaultCheckConfig()) }])).toBe(1);
    const relaxed = withRules({ 'unattributed-quote': 'warn', 'unbalanced-quotes': 'warn' });
    const findings = runChecks(input, relaxed);
    expect(findings.length).toBeGreaterThan(0);
    expect(checkExitCode([{ path: input.path, findings }])).toBe(0);
  });
});

describe('scale', () => {
  it('checks an article far longer than any story (800 quotes, 800 dates, 400 people)', () => {
    const para = 'Alexander Gabuev said “the talks will go on,” on Tuesday. Gabuyev added more.\n';
    const text = para.repeat(800);
    const span = (i: number, needle: string) => {
      const start = i * para.length + para.indexOf(needle);
      return { start, end: start + needle.length, text: needle };
    };
    const quotes = Array.from({ length: 800 }, (_, i) => ({ id: `q${i}`, ...span(i, '“the talks will go on,”'), kind: 'direct' as const, speaker: null, cue: null }));
    const dates = Array.from({ length: 800 }, (_, i) => ({ id: `t${i}`, ...span(i, 'on Tuesday'), type: 'date' as const, value: 'XXXX-WXX-2', mod: null, resolved: false }));
    // 400 people with made-up two-word names, each under two forms: 800 forms and ~400 distinct words to compare.
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'bi', 'du'];
    const word = (n: number) => syllables[n % 10] + syllables[Math.floor(n / 10) % 10] + syllables[Math.floor(n / 100) % 10] + 'ski';
    const entities = Array.from({ length: 400 }, (_, i) => {
      const name = `${word(i + 7)} ${word(i)}`;
      const mention = (start: number, t: string) => ({ start, end: start + 1, text: t });
      return { id: `e${i}`, type: 'person' as const, name, aliases: [], title: null, count: 2, firstMention: i, mentions: [mention(i, name), mention(i + 500, word(i))] };
    });
    const input = { path: 'big.txt', text, analysis: analysisOf(text, { quotes, dates, entities }) };
    // Speed is for `npm run bench`, not a timed assertion: here only that a story this large is handled at all.
    const count = runChecks(input, defaultCheckConfig()).length;
    expect(count).toBeGreaterThanOrEqual(1600);
  });
});
