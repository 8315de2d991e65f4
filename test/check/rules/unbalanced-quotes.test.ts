import { describe, expect, it } from 'vitest';
import { unbalancedQuotes } from '../../../src/check/rules/unbalanced-quotes.js';
import { analysisOf } from '../build.js';

const run = (text: string) => unbalancedQuotes.check({ path: 'story.txt', text, analysis: analysisOf(text, {}) });

describe('unbalanced-quotes', () => {
  // [case, text, [offset of the mark, end, message]]
  const positives: Array<[string, string, Array<[number, number, string]>]> = [
    [
      'a curly opening mark never closed',
      'The mayor said the plan was “final.\n\nCouncillors disagreed.',
      [[28, 35, 'Opening “ in paragraph 1 is never closed: “final.']],
    ],
    [
      'a straight mark left open',
      'He said "we are leaving and nobody stops us.\nThey left.',
      [[8, 44, 'Opening " in paragraph 1 is never closed: "we are leaving and nobody stops us.']],
    ],
    [
      'a guillemet left open',
      'Il a dit « non merci.\nFin.',
      [[9, 21, 'Opening « in paragraph 1 is never closed: « non merci.']],
    ],
    [
      'a closing mark with no opening one',
      'The plan was final,” he said.',
      [[19, 20, 'Closing ” has no opening mark in paragraph 1']],
    ],
    [
      'the last paragraph of a continued quote left open',
      '“First part of the statement.\n“Second part, still open.',
      [[30, 55, 'Opening “ in paragraph 2 is never closed: “Second part, still open.']],
    ],
    [
      'a continuation paragraph opened with a guillemet after a double mark',
      '“First part.\n« Second part. »',
      [[0, 12, 'Opening “ in paragraph 1 is never closed: “First part.']],
    ],
    [
      'a quote open at the end of a hard-wrapped paragraph, reported for the whole paragraph',
      'He said “this sentence is\nwrapped and never closed.\n\nNext.',
      [[8, 51, 'Opening “ in paragraph 1 is never closed: “this sentence is wrapped and never clo…']],
    ],
    [
      'lines that end a sentence stay paragraphs of their own',
      'He said “this is done.\nNext line.',
      [[8, 22, 'Opening “ in paragraph 1 is never closed: “this is done.']],
    ],
    [
      'a British single quote left open',
      '‘We will not stop,’ she said. ‘Never.\n\nThe council met.',
      [[30, 37, 'Opening ‘ in paragraph 1 is never closed: ‘Never.']],
    ],
    [
      'a British single quote left open past an apostrophe',
      'She said ‘we don’t know.\n\nNext.',
      [[9, 24, 'Opening ‘ in paragraph 1 is never closed: ‘we don’t know.']],
    ],
    [
      'a British quote left open before a paragraph opening with an apostrophe',
      '‘First part.\n\n’Tis the season.',
      [[0, 12, 'Opening ‘ in paragraph 1 is never closed: ‘First part.']],
    ],
    [
      'a straight closing mark with no opening one (the opening was lost)',
      'The review covered his systems" including his heart.',
      [[30, 31, 'Closing " has no opening mark in paragraph 1']],
    ],
    [
      'the outermost of two nested marks left open',
      'She said “they told me “wait” and left.',
      [[9, 39, 'Opening “ in paragraph 1 is never closed: “they told me “wait” and left.']],
    ],
  ];
  it.each(positives)('%s', (_, text, expected) => {
    expect(run(text).map((h) => [h.start, h.end, h.message])).toEqual(expected);
    for (const [start] of expected) expect('“"«”‘'.includes(text[start])).toBe(true);
  });

  const negatives: Array<[string, string]> = [
    ['balanced curly quotes', '“We will rebuild,” she said. “Soon.”'],
    ['balanced straight quotes', 'He said "no" and "never".'],
    ['balanced guillemets', '« Non », a-t-il dit.'],
    ['nested curly quotes', '“He told me “wait” twice,” she said.'],
    ['straight quotes nested in curly ones', '“He told me "wait" twice,” she said.'],
    ['the continuation convention: the next paragraph opens with a mark', '“First part of the statement.\n\n“Second part,” she said.'],
    ['a French continuation with a closing guillemet', '« Première partie.\n» Seconde partie. »'],
    ['a continuation opened with a straight mark after a curly one', '“First part.\n"Second part."'],
    ['a curly opening closed by a straight mark', 'There was “no evidence" yet of a link.'],
    ['a straight opening closed by a curly mark', 'It would take "more hours” before details emerge.'],
    ['a wrong-way mark opening a quote, by its place', '”Mr. Smith embodies the worst of us.” ― A reader'],
    ['a stray-looking opener set the wrong way mid-sentence', 'They said it was ”like a storm” and left.'],
    ['an inch mark after a number', 'He is 6\'3" tall and weighs 236 pounds.'],
    ['a straight quote ending in a number', 'The sign read "Route 66" in red.'],
    ['apostrophes and straight single quotes', 'The council’s plan and the mayor\'s \'view'],
    ['balanced British single quotes with a double quote inside', '‘He told me “wait”,’ she said. ‘Fine.’'],
    ['a plural possessive inside a single quote', '‘We met the councils’ leaders,’ she said.'],
    ['a lone ’ as an apostrophe at a word’s start or end', '’Tis the season, and the ’90s are back, says the Joneses’ lawyer.'],
    ['a wrong-way ‘ before a digit', 'Back in the ‘90s.'],
    ['a single quote closed by a straight mark inside a double one', '“They called it ‘the comeback of the decade,\'” the article read.'],
    ['a single quote closed by a wrong-way ‘ before a space', 'He said, ‘We are on the vanguard, ‘ well, not me.'],
    ['a British quote continued in the next paragraph', '‘First part.\n\n‘Second part,’ she said.'],
    ['text without quotation marks', 'Councillors met on Monday.\n\nThey voted.'],
    ['an empty text', ''],
    ['a quote in hard-wrapped copy (a line that stops mid-sentence runs on)', 'He said “this sentence is\nwrapped by the editor,” and left.\n\nNext.'],
    ['hard-wrapped copy with CRLF', 'He said “this sentence is\r\nwrapped.”'],
  ];
  it.each(negatives)('no finding for %s', (_, text) => {
    expect(run(text)).toEqual([]);
  });

  it('counts paragraphs as non-empty lines, with CRLF line breaks too', () => {
    const text = 'Headline\r\n\r\nBody “open.\r\nNext.';
    expect(run(text).map((h) => [h.start, h.message])).toEqual([[17, 'Opening “ in paragraph 2 is never closed: “open.']]);
  });

  // Known gaps, kept visible.
  it.skip('German „…“ quotes (the opening low mark and a closing that looks like an English opener)', () => {
    expect(run('Er sagte „nein“ und ging.')).toEqual([]);
  });
  it.skip('hard-wrapped copy where a line inside a quote ends exactly at a sentence end', () => {
    expect(run('He said “this is the first sentence.\nAnd this the second.”')).toEqual([]);
  });
});
