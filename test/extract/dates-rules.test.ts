import { describe, expect, it } from 'vitest';
import { RULES, traceDates } from '../../src/extract/dates/index.js';
import { parse } from '../../src/nlp/compromise.js';

/**
 * One row per rule id at least: [rule, sentence, reference date, expected text, expected value]. The sentence's
 * mention of that text must come from that rule and carry that value. Sentences are written for these tests.
 */
type Row = [string, string, string | null, string, string];

const rows: Row[] = [
  ['date-iso', 'The decree of 2023-11-05 was annulled.', '2024-04-07', '2023-11-05', '2023-11-05'],
  ['date-numeric', 'Ballots dated 11/05/2023 were counted.', '2024-04-07', '11/05/2023', '2023-11-05'],
  ['date-week-of', 'Hearings start the week of March 4.', '2024-02-20', 'the week of March 4', '2024-W10'],
  ['date-month-day', 'The truce began on Jan. 1, 2024.', '2024-04-07', 'Jan. 1, 2024', '2024-01-01'],
  ['date-month-day', 'The truce began on Dec. 28.', '2024-01-03', 'Dec. 28', '2023-12-28'],
  ['date-month-day', 'Results are due on Jan. 4.', '2023-12-28', 'Jan. 4', '2024-01-04'],
  ['date-month-day-list', 'The summit will be held on June 12 and 13 in Rome.', '2024-04-07', '13', '2024-06-13'],
  ['date-month-day-list', 'Talks ran Sept. 3-5, 2023 in Oslo.', '2024-04-07', '5, 2023', '2023-09-05'],
  ['date-day-month', 'Polls open on 5 November.', '2024-11-01', '5 November', '2024-11-05'],
  ['date-month-year', 'Unemployment peaked in June 2020.', '2024-04-07', 'June 2020', '2020-06'],
  ['date-month', 'Exports fell in February.', '2024-04-07', 'February', '2024-02'],
  ['date-month', 'Exports fell last November.', '2024-04-07', 'last November', '2023-11'],
  ['date-weekday', 'Shares closed on Friday, Oct. 11, down 3% from the previous Friday.', '2024-10-14', 'the previous Friday', '2024-10-04'],
  ['date-weekday', 'The index rose 2% from the preceding Monday.', '2024-04-10', 'the preceding Monday', '2024-04-08'],
  ['date-weekday', 'The minister resigned on Thursday.', '2024-04-07', 'Thursday', '2024-04-04'],
  ['date-weekday', 'The council will vote next Tuesday.', '2024-04-07', 'next Tuesday', '2024-04-09'],
  ['date-weekday-plural', 'The market opens on Saturdays.', '2024-04-07', 'on Saturdays', 'XXXX-WXX-6'],
  ['date-fiscal-year', 'Revenue grew in fiscal 2023.', '2024-04-07', 'fiscal 2023', '2023'],
  ['date-year', 'The bridge was built in 1932.', '2024-04-07', '1932', '1932'],
  ['date-decade', 'The town boomed in the 1920s.', '2024-04-07', 'the 1920s', '192'],
  ['date-century', 'The castle dates from the 12th century.', '2024-04-07', 'the 12th century', '11'],
  ['date-season', 'Orders slumped this past spring.', '2024-10-07', 'this past spring', '2024-SP'],
  ['date-season', 'Rivals cut prices over the summer.', '2024-10-07', 'the summer', '2024-SU'],
  ['date-season', 'Talks resume in the autumn of 2024.', '2024-04-07', 'the autumn of 2024', '2024-FA'],
  ['date-season', 'The drought ended last winter.', '2024-04-07', 'last winter', '2023-WI'],
  ['date-quarter', 'Profit rose in the first quarter.', '2024-04-20', 'the first quarter', '2024-Q1'],
  ['date-quarter', 'Fourth-quarter sales fell, the chain said.', '2024-01-20', 'Fourth-quarter', '2023-Q4'],
  ['date-quarter-of-year', 'Cuts start in next year\'s first quarter.', '2024-04-07', "next year's first quarter", '2025-Q1'],
  ['date-year-words', 'The games were held in nineteen ninety-six.', '2024-04-07', 'nineteen ninety-six', '1996'],
  ['date-month-year-words', 'It opened in January two thousand.', '2024-04-07', 'January two thousand', '2000-01'],
  ['date-season-year-words', 'It froze in the winter of nineteen ninety-four.', '2024-04-07', 'the winter of nineteen ninety-four', '1994-WI'],
  ['date-half', 'Growth slowed in the first half of 2023.', '2024-04-07', 'the first half of 2023', '2023-H1'],
  ['date-easter', 'Shops were shut on Good Friday.', '2024-04-07', 'Good Friday', '2024-03-29'],
  ['date-easter', 'Crowds filled the square as Easter week began.', '2000-04-17', 'Easter week', '2000-W16'],
  ['date-easter', 'The church reopened at Easter 2019.', '2024-04-07', 'Easter 2019', '2019-04-21'],
  ['date-holiday', 'Shops closed on Christmas Day.', '2024-12-28', 'Christmas Day', '2024-12-25'],
  ['date-holiday', 'Families gathered on Thanksgiving 2023.', '2024-04-07', 'Thanksgiving 2023', '2023-11-23'],
  ['date-holiday', 'Both parties campaigned hard until Election Day.', '2024-10-20', 'Election Day', '2024-11-05'],
  ['date-holiday', 'Turnout on Election Day 2022 was low.', '2024-04-07', 'Election Day 2022', '2022-11-08'],
  ['rel-year-period', 'Sales rose from the 2023 period.', '2024-08-01', 'the 2023 period', '2023'],
  ['rel-year-end', 'The merger should close by year-end.', '2024-04-07', 'year-end', '2024'],
  ['rel-latest-period', 'Third-quarter profit fell; in the latest period costs rose.', '2024-10-20', 'the latest period', '2024-Q3'],
  ['rel-vague-ago', 'The plant shut a few years ago.', '2024-04-07', 'a few years ago', 'PAST_REF'],
  ['rel-deictic-day', 'The army withdrew yesterday.', '2024-03-01', 'yesterday', '2024-02-29'],
  ['rel-deictic-day', 'The envoy arrives tomorrow morning.', '2024-12-31', 'tomorrow morning', '2025-01-01TMO'],
  ['rel-day-part', 'Officials met this morning.', '2024-04-07', 'this morning', '2024-04-07TMO'],
  ['rel-present', 'The rebels currently hold the town.', '2024-04-07', 'currently', 'PRESENT_REF'],
  ['rel-past', 'Prices have recently eased.', '2024-04-07', 'recently', 'PAST_REF'],
  ['rel-future', 'Prices will stay high in the near future.', '2024-04-07', 'the near future', 'FUTURE_REF'],
  ['rel-unit', 'Output rose last month.', '2024-01-10', 'last month', '2023-12'],
  ['rel-unit', 'The talks collapsed last week.', '2024-04-07', 'last week', '2024-W13'],
  ['rel-unit', 'Inflation eased over the past decade.', '2024-04-07', 'the past decade', 'P10Y'],
  ['rel-unit', 'The board meets next quarter.', '2024-11-15', 'next quarter', '2025-Q1'],
  ['rel-unit', 'Profit fell in the last quarter.', '2024-11-15', 'the last quarter', '2024-Q3'],
  ['date-quarter', 'Profit fell in the last quarter of 2023.', '2024-11-15', 'the last quarter of 2023', '2023-Q4'],
  ['rel-the-unit', 'The dam was built in 1955. That year, floods hit the valley.', '2024-04-07', 'That year', '1955'],
  ['rel-the-unit', 'Talks went on over the weekend.', '2024-04-08', 'the weekend', '2024-W14-WE'],
  ['rel-day-before', 'The deal was signed on May 2. The day before, talks had stalled.', '2024-06-01', 'The day before', '2024-05-01'],
  ['rel-day-before', "Lawyers met the day before last Tuesday's hearing.", '2024-04-07', 'the day before last Tuesday', '2024-04-01'],
  ['rel-day-before', 'The envoy arrived the day after Monday.', '2024-04-07', 'the day after Monday', '2024-04-02'],
  ['rel-ago', 'The ship sank two weeks ago.', '2024-04-07', 'two weeks ago', '2024-W12'],
  ['rel-ago', 'The company was founded five years ago.', '2024-04-07', 'five years ago', '2019'],
  ['rel-year-ago', 'Third-quarter profit rose from the year-earlier quarter.', '2024-10-20', 'the year-earlier quarter', '2023-Q3'],
  ['rel-one-day', 'Supporters say the party will one day govern alone.', '2024-04-07', 'one day', 'FUTURE_REF'],
  ['dur-range', 'Repairs will take two to three weeks.', '2024-04-07', 'two', 'P2W'],
  ['dur-range', 'Deals are due in the next 12 to 18 months.', '2024-04-07', 'the next 12', 'P12M'],
  ['dur-count', 'The siege lasted 18 months.', '2024-04-07', '18 months', 'P18M'],
  ['dur-count', 'The vote took half an hour.', '2024-04-07', 'half an hour', 'PT30M'],
  ['dur-count', 'The pilot landed a minute and a half later.', '2024-04-07', 'a minute and a half', 'PT1M30S'],
  ['dur-count', 'The talks lasted two and a half days.', '2024-04-07', 'two and a half days', 'P2DT12H'],
  ['dur-vague', 'Fighting went on for several weeks.', '2024-04-07', 'several weeks', 'PXW'],
  ['dur-ahead', 'Prices may fall further in the months ahead.', '2024-04-07', 'the months ahead', 'PXM'],
  ['dur-ahead', 'The talks will be on hold for a while.', '2024-04-07', 'a while', 'PXX'],
  ['dur-compound', 'Delegates left their third day-long meeting early.', '2024-04-07', 'day-long', 'P1D'],
  ['dur-compound', 'She ended a several-year tenure as editor.', '2024-04-07', 'several-year', 'PXY'],
  ['dur-compound', 'The two clans settled a decades-long feud.', '2024-04-07', 'decades-long', 'PXE'],
  ['dur-plural', 'The hostages were held for months.', '2024-04-07', 'months', 'PXM'],
  ['set-every', 'Inspectors visit every week.', '2024-04-07', 'every week', 'P1W'],
  ['set-every-count', 'Elections are held every four years.', '2024-04-07', 'every four years', 'P4Y'],
  ['set-adverb', 'The figures are updated weekly.', '2024-04-07', 'weekly', 'P1W'],
  ['set-adverb', 'Protesters held a daily vigil outside the court.', '2024-04-07', 'daily', 'P1D'],
  ['set-adverb', 'The mayor gave his weekly radio address.', '2024-04-07', 'weekly', 'P1W'],
  ['set-times-per', 'The board meets twice a month.', '2024-04-07', 'twice a month', 'P1M'],
  ['time-day-part', 'The blast came early in the morning.', '2024-04-07', 'the morning', '2024-04-07TMO'],
  ['time-day-part', 'Shares fell at mid-afternoon yesterday in Tokyo.', '2024-04-07', 'mid-afternoon yesterday', '2024-04-06TAF'],
  ['time-day-part', 'By mid afternoon, the roads were closed.', '2024-04-07', 'mid afternoon', '2024-04-07TAF'],
  ['time-clock', 'The polls closed at 8 p.m. yesterday.', '2024-04-07', '8 p.m. yesterday', '2024-04-06T20:00'],
  ['time-clock', 'The deadline is noon Friday.', '2024-04-07', 'noon Friday', '2024-04-05T12:00'],
];

describe('date rules (one table row per rule id at least)', () => {
  it.each(rows)('%s: %s', (rule, text, ref, expectedText, expectedValue) => {
    const traced = traceDates(parse(text), { reference: { date: ref, source: 'option' }, lexicon: new Map(), summarySentences: 3 });
    const hit = traced.find((t) => t.mention.text === expectedText);
    expect(hit, `found: ${traced.map((t) => `${t.mention.text}[${t.rule}]`).join(', ')}`).toBeDefined();
    expect([hit?.rule, hit?.mention.value]).toEqual([rule, expectedValue]);
  });

  it('has an example for every rule', () => {
    const covered = new Set(rows.map((r) => r[0]));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
