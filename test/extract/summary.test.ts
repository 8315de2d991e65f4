import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/compromise.js';
import { checkUnit, sentenceUnits, summarize, type SummaryInputs } from '../../src/extract/summary/index.js';
import type { ExtractContext } from '../../src/extract/context.js';
import type { ArticleHeader, Entity, Quote } from '../../src/model/types.js';
import { analyze } from '../../src/analyze.js';
import { offsetViolations } from '../helpers/offsets.js';

const NO_HEADER: ArticleHeader = { headline: null, dateline: null, byline: null };
const ctx = (n = 3): ExtractContext => ({ reference: { date: null, source: null }, lexicon: new Map(), summarySentences: n });

function candidateTexts(text: string, header: ArticleHeader = NO_HEADER): string[] {
  const doc = parse(text);
  const out: string[] = [];
  for (const u of sentenceUnits(doc)) {
    const c = checkUnit(doc, u, header, out.length === 0);
    if (typeof c !== 'string') out.push(doc.text.slice(c.start, c.end));
  }
  return out;
}

function rejection(text: string, header: ArticleHeader = NO_HEADER): string {
  const doc = parse(text);
  const [u] = sentenceUnits(doc);
  const c = checkUnit(doc, u, header);
  return typeof c === 'string' ? c : 'ok';
}

describe('summary candidates: a key sentence reads as a sentence', () => {
  const negatives: Array<[string, string, string, ArticleHeader?]> = [
    ['too short', 'No wonder.', 'too-short'],
    ['no closing punctuation (caption-like)', 'The mayor of Harlow waves to the crowd outside the town hall on Monday', 'no-end-punct'],
    ['photo position mark', 'The mayor (left) greets the new harbour master at the quay in Harlow.', 'caption'],
    ['pictured caption', 'The mayor, pictured with her husband, has opened the new library in Harlow.', 'caption'],
    ['video pointer', 'Scroll down for video The mayor opened the new library in Harlow on Monday.', 'caption'],
    ['byline line', 'By Jane Whitcombe and Tom Reyes', 'byline'],
    ['all capitals', 'THE MAYOR HAS OPENED THE NEW LIBRARY IN HARLOW TODAY.', 'all-caps'],
    ['continuation of a cut sentence', 'and the council said it would pay for the roof of the hall.', 'lowercase-start'],
    ['no verb', 'A library for the town of Harlow and a museum for its history.', 'no-verb'],
    ['caption glued to the next sentence', 'The arrows were found by a couple who photograph the monuments The arrows were placed near beacons.', 'caption'],
    ['stray closing quote from the sentence before', '” Those five words make everyone in Harlow think of the old song.', 'mid-quote'],
    ['a Title Case headline with a full stop', 'Harlow Council Approves Funding for Riverside Library Extension.', 'title-case'],
    ['caption label on a line of its own', 'Big day:\nThe mayor cut the ribbon at the new library in Harlow.', 'caption'],
    ['mixed-case label is a caption (not the lede)', 'Big day: The mayor cut the ribbon at the new library in Harlow.', 'caption'],
  ];
  it.each(negatives)('%s', (_name, text, id, header) => {
    // The lone sentence is not the lede here: prefix a lede so label rules see a later sentence.
    const doc = parse(`The council approved the budget for the new library on Monday evening.\n${text}`);
    const units = sentenceUnits(doc);
    const c = checkUnit(doc, units[1], header ?? NO_HEADER, false);
    expect(typeof c === 'string' ? c : 'ok').toBe(id);
  });

  it('skips the detected headline', () => {
    const text = 'Harlow opens its new library\nThe mayor of Harlow opened the new library on Monday after three years of work.';
    expect(rejection(text, { headline: 'Harlow opens its new library', dateline: null, byline: null })).toBe('headline');
  });

  const positives: Array<[string, string, string]> = [
    ['plain sentence', 'The mayor of Harlow opened the new library on Monday after three years of work.', 'The mayor of Harlow opened the new library on Monday after three years of work.'],
    ['source tag trimmed', '(CNN)The mayor of Harlow opened the new library on Monday after three years of work.', 'The mayor of Harlow opened the new library on Monday after three years of work.'],
    ['kicker on the lede trimmed', 'Wanted: Police in Harlow are looking for a man who stole a bus on Monday.', 'Police in Harlow are looking for a man who stole a bus on Monday.'],
    ['quote ending keeps its mark', '“We will open the library on time,” the mayor of Harlow said on Monday.', '“We will open the library on time,” the mayor of Harlow said on Monday.'],
    ['a quote tail that reads on its own is kept', 'We know how to look for it,” the mayor of Harlow said.', 'We know how to look for it,” the mayor of Harlow said.'],
    ['a name starting with The after a lower-case word is no glued caption', 'She told the reporter from The Harlow Gazette that the library would open.', 'She told the reporter from The Harlow Gazette that the library would open.'],
    ['line cut after a colon is joined', 'The museum shows the film "Harlow Rising:\nA Town and Its Library," which opened on Monday.', 'The museum shows the film "Harlow Rising:\nA Town and Its Library," which opened on Monday.'],
    ['line cut inside a sentence is joined', 'The mayor of Harlow opened the new library\nafter three years of work and a long fight over money.', 'The mayor of Harlow opened the new library\nafter three years of work and a long fight over money.'],
  ];
  it.each(positives)('%s', (_name, text, expected) => {
    expect(candidateTexts(text)[0]).toBe(expected);
  });

  it('prose dense with names is no Title Case headline', () => {
    expect(candidateTexts('Her team will be led by Guy Ashworth-Beeston, Surgeon Gynaecologist to the Royal Household.')).toHaveLength(1);
  });

  it('lines above the dateline are the headline and deck', () => {
    const text = 'Harlow mayor opens library after long fight.\nHARLOW, March 3 (UPI) -- The mayor opened the new library on Monday after three years of work.';
    expect(candidateTexts(text, { headline: null, dateline: 'HARLOW, March 3 (UPI)', byline: null })).toEqual([
      'The mayor opened the new library on Monday after three years of work.',
    ]);
  });

  it('a dateline opening the sentence is trimmed', () => {
    const text = 'HARLOW, March 3 (Reuters) - The mayor opened the new library on Monday after three years of work.';
    expect(candidateTexts(text, { headline: null, dateline: 'HARLOW, March 3 (Reuters)', byline: null })[0]).toBe(
      'The mayor opened the new library on Monday after three years of work.',
    );
  });
});

const ARTICLE = [
  'Harlow gets a new library',
  'By Jane Whitcombe',
  'The town of Harlow opened its new public library on Monday after three years of building work.',
  'The library cost the council 12 million pounds and holds more than 80,000 books.',
  'Local children were the first to borrow books from the library.',
  'The mayor, pictured with the architect, cut the ribbon at noon',
  '“It is a great day for the town and for every reader in it,” said the mayor, who once worked in the old library.',
  'The council said the old library building would become a museum of the town’s history.',
  'Parking near the site remains a problem, according to residents.',
].join('\n');

describe('summarize', () => {
  it('returns key sentences in article order, exact slices, never the headline, byline or caption', () => {
    const a = analyze(ARTICLE, { sections: ['summary'] });
    expect(offsetViolations(a, ARTICLE)).toEqual([]);
    const s = a.summary.sentences;
    expect(s).toHaveLength(3);
    expect([...s].sort((x, y) => x.start - y.start)).toEqual(s);
    for (const x of s) {
      expect(x.text).not.toMatch(/^Harlow gets|^By |pictured/);
      expect(x.text).toMatch(/[.!?]$/);
    }
    expect(s[0].text).toMatch(/^The town of Harlow opened/);
  });

  it('honours the requested number of sentences and copes with fewer candidates', () => {
    expect(analyze(ARTICLE, { sections: ['summary'], summarySentences: 1 }).summary.sentences).toHaveLength(1);
    expect(analyze('Too short.\nAlso short.', { sections: ['summary'] }).summary.sentences).toEqual([]);
    expect(analyze('', { sections: ['summary'] }).summary.sentences).toEqual([]);
  });

  it('works without entities or quotes (features degrade to position and centrality)', () => {
    const doc = parse(ARTICLE);
    const inputs: SummaryInputs = { header: { headline: 'Harlow gets a new library', dateline: null, byline: 'Jane Whitcombe' }, entities: [] as Entity[], quotes: [] as Quote[] };
    const out = summarize(doc, inputs, ctx(2));
    expect(out.sentences).toHaveLength(2);
    for (const x of out.sentences) expect(doc.text.slice(x.start, x.end)).toBe(x.text);
  });

  it('picks from the lead and one alternate: a central sentence late in the article stays out', () => {
    const text = [
      'The town of Harlow opened its new public library on Monday after three years of building work.',
      'The building has a reading garden on its roof and a café on the ground floor.',
      'Builders worked through two winters on the site by the river.',
      'A brass band played outside in the afternoon sun.',
      'Visitors queued in the rain to see the new rooms.',
      'The new Harlow library holds 80,000 books, and the library opened with the town council paying for the library.',
    ].join('\n');
    const picked = analyze(text, { sections: ['summary'] }).summary.sentences.map((x) => x.text);
    expect(picked).toHaveLength(3);
    expect(picked[0]).toMatch(/^The town of Harlow opened/);
    expect(picked.some((x) => x.startsWith('The new Harlow library holds'))).toBe(false);
  });

  it('is deterministic', () => {
    const a = analyze(ARTICLE, { sections: ['summary'] });
    const b = analyze(ARTICLE, { sections: ['summary'] });
    expect(a.summary).toEqual(b.summary);
  });

  // Known gap: a DailyMail caption glued to the next sentence without punctuation ("… on Friday ‘I’d be over the
  // moon …’ said Locke") reads as one sentence; telling it from a partial quote needs more than the text's marks.
  it.skip('rejects a caption glued to a quoted sentence', () => {
    expect(rejection('Kendal will confirm Sam Ore as manager on Friday ‘I’d be over the moon,’ said Ore at the club.')).toBe('caption');
  });
});
