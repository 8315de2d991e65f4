import { describe, expect, it } from 'vitest';
import { unattributedQuote } from '../../../src/check/rules/unattributed-quote.js';
import { unresolvedDate } from '../../../src/check/rules/unresolved-date.js';
import { analysisOf, at, date, quote } from '../build.js';

const check = (rule: typeof unattributedQuote, text: string, analysis: ReturnType<typeof analysisOf>) =>
  rule.check({ path: 'story.txt', text, analysis });

describe('unattributed-quote', () => {
  const text = '“We will rebuild the pier,” the mayor said.\n“Nobody asked us.”\nShe called it a “temporary” measure.';
  const mayor = { name: 'the mayor', entityId: null, mention: at(text, 'the mayor') };

  it('flags a direct quote with no speaker, at the quote', () => {
    const q = quote(text, 'q2', '“Nobody asked us.”', null);
    expect(check(unattributedQuote, text, analysisOf(text, { quotes: [q] }))).toEqual([
      { start: q.start, end: q.end, message: 'Direct quote has no speaker: “Nobody asked us.”' },
    ]);
  });

  it('shortens a long quote in the message', () => {
    const t = `“${'word '.repeat(30).trim()}”`;
    const [hit] = check(unattributedQuote, t, analysisOf(t, { quotes: [quote(t, 'q1', t, null)] }));
    expect(hit.message.length).toBeLessThan(70);
    expect(hit.message.endsWith('…')).toBe(true);
  });

  const negatives: Array<[string, ReturnType<typeof quote>]> = [
    ['a direct quote with a speaker that is no entity', quote(text, 'q1', '“We will rebuild the pier,”', mayor)],
    ['a scare quote', quote(text, 'q3', '“temporary”', null, 'scare')],
    ['a partial quote (its speaker is stated around it)', quote(text, 'q3', '“temporary”', null, 'partial')],
  ];
  it.each(negatives)('no finding for %s', (_, q) => {
    expect(check(unattributedQuote, text, analysisOf(text, { quotes: [q] }))).toEqual([]);
  });
});

describe('unresolved-date', () => {
  const text = 'The ferry sank on Tuesday. Repairs began last week and will take three months.';
  const tuesday = date(text, 't1', 'on Tuesday', 'XXXX-WXX-2', false);
  const lastWeek = date(text, 't2', 'last week', 'XXXX-WXX', false);
  const months = date(text, 't3', 'three months', 'P3M', true);

  it('flags an unresolved time too', () => {
    const t = 'They met at 3 p.m. on Friday.';
    const friday = { ...date(t, 't1', '3 p.m. on Friday', 'XXXX-WXX-5T15:00', false), type: 'time' as const };
    expect(check(unresolvedDate, t, analysisOf(t, { dates: [friday] })).map((h) => h.start)).toEqual([friday.start]);
  });

  it('flags every unresolved date when the article gives no date', () => {
    const hits = check(unresolvedDate, text, analysisOf(text, { dates: [tuesday, lastWeek, months] }));
    expect(hits).toEqual([
      { start: tuesday.start, end: tuesday.end, message: 'Date "on Tuesday" cannot be resolved: the article gives no date (add a dateline)' },
      { start: lastWeek.start, end: lastWeek.end, message: 'Date "last week" cannot be resolved: the article gives no date (add a dateline)' },
    ]);
  });

  const negatives: Array<[string, ReturnType<typeof analysisOf>]> = [
    ['a reference date (dateline, metadata or option) is known', analysisOf(text, { dates: [tuesday, lastWeek], referenceDate: '2025-03-06' })],
    ['only resolved dates and durations', analysisOf(text, { dates: [months] })],
    ['no dates at all', analysisOf(text, {})],
    ['a set (a recurrence never resolves)', analysisOf(text, { dates: [{ ...tuesday, type: 'set', value: 'XXXX-WXX-2' }] })],
    ['a duration', analysisOf(text, { dates: [{ ...months, type: 'duration', resolved: false }] })],
  ];
  it.each(negatives)('no finding when %s', (_, analysis) => {
    expect(check(unresolvedDate, text, analysis)).toEqual([]);
  });
});
