import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../src/extract/header.js';
import { parse } from '../../src/nlp/compromise.js';

const header = (text: string) => extractHeader(parse(text));

describe('extractHeader', () => {
  it.each([
    ['headline, agency line', 'Storm hits the coast\n\nReuters\n\nThe storm hit on Monday. It was big.', { headline: 'Storm hits the coast', byline: 'Reuters', dateline: null }],
    ['headline, byline, dateline', 'Oil slips\n\nBy Ana Torres\n\nMOSCOW, March 3 (Reuters) - Oil fell on Monday.', { headline: 'Oil slips', byline: 'Ana Torres', dateline: 'MOSCOW, March 3 (Reuters)' }],
    ['CoNLL-style dateline line', 'SOCCER - LEADING RESULTS\nLONDON 1996-08-30\nResults of games played on Friday.', { headline: 'SOCCER - LEADING RESULTS', dateline: 'LONDON 1996-08-30' }],
    ['AP dateline with dash', 'WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.', { headline: null, dateline: 'WASHINGTON (AP)' }],
  ])('%s', (_name, text, expected) => {
    expect(header(text)).toMatchObject(expected);
  });

  it.each([
    ['one sentence only', 'The storm hit on Monday.'],
    ['first line is a sentence', 'The storm hit on Monday.\n\nIt was big.'],
    ['empty', ''],
    ['an introduction ending in a colon', 'Here is what we know:\n\nThe storm hit on Monday.'],
    ['a source tag first', '(CNN) -- The storm hit on Monday\n\nIt was big.'],
    ['a hard-wrapped first sentence', 'The storm that hit the coast on Monday\nwas the biggest in years.'],
  ])('no headline: %s', (_name, text) => {
    expect(header(text).headline).toBeNull();
  });

  it('an ordinary capitalised sentence start is not a dateline', () => {
    expect(header('Headline here\n\nNATO leaders met on Monday - and agreed.').dateline).toBe(null);
  });
});
