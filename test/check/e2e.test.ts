/**
 * A light end-to-end test through analyze(): the extractors are being rewritten, so nothing here depends on their
 * quality, only on the shape of their output and on what the checks find in the text itself.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { defaultCheckConfig, RULES, runChecks } from '../../src/check/index.js';

describe('end to end through analyze() (independent of extractor quality)', () => {
  const text = 'Ferry talks stall\n\nThe mayor said the plan was “final.\n\nCouncillors will meet on Tuesday.';
  const analysis = analyze(text, { path: 'story.txt' });
  const findings = runChecks({ path: 'story.txt', text, analysis }, defaultCheckConfig());

  it('finds the unbalanced quote, which is scanned from the text itself', () => {
    expect(findings.filter((f) => f.ruleId === 'unbalanced-quotes').map((f) => [f.line, f.column])).toEqual([[3, 29]]);
  });

  it('every finding is well formed and points into the text', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of findings) {
      expect(ids.has(f.ruleId)).toBe(true);
      expect(['error', 'warning']).toContain(f.severity);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.message).not.toMatch(/\n/);
    }
  });

  it('unresolved-date stays quiet once a reference date is given', () => {
    const dated = analyze(text, { path: 'story.txt', referenceDate: '2025-03-03' });
    expect(runChecks({ path: 'story.txt', text, analysis: dated }, defaultCheckConfig()).filter((f) => f.ruleId === 'unresolved-date')).toEqual([]);
  });
});
