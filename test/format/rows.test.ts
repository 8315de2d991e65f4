import { describe, expect, it } from 'vitest';
import { byTimeline, excerpt, timelineKey } from '../../src/format/rows.js';
import type { DateMention } from '../../src/model/types.js';

describe('timelineKey', () => {
  it.each([
    ['2024', '2024-00-00'],
    ['2024-04', '2024-04-00'],
    ['2024-04-07', '2024-04-07'],
    ['2024-04-07T15:00', '2024-04-07T15:00'],
    ['2024-W13', '2024-03-25W'],
    ['2021-W01', '2021-01-04W'],
    ['2024-Q2', '2024-04-00Q'],
    ['2024-SU', '2024-06-00S'],
  ])('%s -> %s', (value, key) => expect(timelineKey(value)).toBe(key));
  it.each(['P3D', 'PRESENT_REF', 'XXXX-10', 'XXXX-WXX-1'])('%s has no place on a timeline', (value) => expect(timelineKey(value)).toBeNull());
});

describe('byTimeline', () => {
  const d = (value: string, start: number, resolved = true) => ({ value, start, resolved }) as DateMention;
  it('orders by calendar start, weeks among days, unplaceable values last in text order', () => {
    const sorted = byTimeline([d('P3D', 0), d('2024-04-07', 5), d('2024-W13', 9), d('XXXX-10', 12, false), d('2022-02', 20), d('2024', 30)]);
    expect(sorted.map((x) => x.value)).toEqual(['2022-02', '2024', '2024-W13', '2024-04-07', 'P3D', 'XXXX-10']);
  });
});

describe('excerpt', () => {
  it('cuts at word boundaries and marks the cut', () => {
    const text = 'The storm that hit the northern coast on Sunday destroyed forty homes and a school.';
    const at = text.indexOf('Sunday');
    expect(excerpt(text, at, at + 6, 40)).toBe('…northern coast on Sunday destroyed forty…');
  });
});
