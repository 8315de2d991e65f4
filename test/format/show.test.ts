import { describe, expect, it } from 'vitest';
import { renderShow } from '../../src/format/show.js';
import type { Analysis, DateMention, Entity, EntityType, Quote, Span } from '../../src/model/types.js';

const TEXT = 'Jane Ore, the mayor of Harlow, said on Monday: “Harlow deserves a library.”\n\nThe council agreed.';

function span(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

function entity(id: string, type: EntityType, name: string, mentions: Span[]): Entity {
  return { id, type, name, aliases: [], title: null, count: mentions.length, firstMention: mentions[0].start, mentions };
}

function analysisOf(text: string, parts: { entities?: Entity[]; quotes?: Quote[]; dates?: DateMention[] }): Analysis {
  return {
    schemaVersion: 1,
    tool: { name: 'newsx', version: '0.0.0' },
    input: { path: '-', format: 'text', chars: text.length, words: 0 },
    reference: { date: null, source: null },
    article: { headline: null, dateline: null, byline: null },
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    dates: parts.dates ?? [],
    summary: { sentences: [] },
  };
}

const quote = (s: Span): Quote => ({ ...s, id: 'q1', kind: 'direct', speaker: null, cue: null });
const date = (s: Span): DateMention => ({ ...s, id: 'd1', type: 'date', value: 'XXXX-XX-XX', mod: null, resolved: false });

const FULL = analysisOf(TEXT, {
  entities: [
    entity('e1', 'person', 'Jane Ore', [span(TEXT, 'Jane Ore')]),
    entity('e2', 'place', 'Harlow', [span(TEXT, 'Harlow'), span(TEXT, 'Harlow', 30)]),
    entity('e3', 'organization', 'The council', [span(TEXT, 'The council')]),
  ],
  quotes: [quote(span(TEXT, '“Harlow deserves a library.”'))],
  dates: [date(span(TEXT, 'Monday'))],
});

describe('renderShow without colour', () => {
  const cases: Array<[string, Analysis, string, number, string]> = [
    [
      'entities with type at first mention, quote marks replaced, entity inside quote, date, paragraphs kept',
      FULL,
      TEXT,
      200,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\n' +
        '[Jane Ore|person], the mayor of [Harlow|place], said on ⟨Monday⟩: «[Harlow] deserves a library.»\n\n[The council|organization] agreed.\n',
    ],
    [
      'wraps to the width counting the marks',
      FULL,
      TEXT,
      30,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\n' +
        '[Jane Ore|person], the mayor\nof [Harlow|place], said on\n⟨Monday⟩: «[Harlow] deserves a\nlibrary.»\n\n[The council|organization]\nagreed.\n',
    ],
    [
      'a quote without its own marks gets « » inserted',
      analysisOf('He called it a good day for Harlow.', { quotes: [quote(span('He called it a good day for Harlow.', 'a good day'))] }),
      'He called it a good day for Harlow.',
      80,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\nHe called it «a good day» for Harlow.\n',
    ],
    [
      'a date inside an entity nests; a crossing span is cut to nest',
      analysisOf('The Monday Club met on Monday 3 May.', {
        entities: [entity('e1', 'organization', 'The Monday Club', [span('The Monday Club met on Monday 3 May.', 'The Monday Club')])],
        dates: [date(span('The Monday Club met on Monday 3 May.', 'Monday Club met'))],
      }),
      'The Monday Club met on Monday 3 May.',
      80,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\n[The ⟨Monday Club⟩|organization] met on Monday 3 May.\n',
    ],
    [
      'a quote over two paragraphs is marked in each, its own marks replaced only at its ends',
      analysisOf('“We open today.\nEveryone is welcome,” she said.', { quotes: [quote(span('“We open today.\nEveryone is welcome,” she said.', '“We open today.\nEveryone is welcome,”'))] }),
      '“We open today.\nEveryone is welcome,” she said.',
      80,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\n«We open today.»\n«Everyone is welcome,» she said.\n',
    ],
    [
      'a name is never broken across lines; a quote may be',
      analysisOf('Talks went on while Sergei Lavrov waited.', {
        entities: [entity('e1', 'person', 'Sergei Lavrov', [span('Talks went on while Sergei Lavrov waited.', 'Sergei Lavrov')])],
      }),
      'Talks went on while Sergei Lavrov waited.',
      30,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\nTalks went on while\n[Sergei Lavrov|person] waited.\n',
    ],
    [
      'Windows line ends and an emoji keep their place',
      analysisOf('Harlow 🎉 party.\r\nOn Monday.', { dates: [date(span('Harlow 🎉 party.\r\nOn Monday.', 'Monday'))] }),
      'Harlow 🎉 party.\r\nOn Monday.',
      80,
      'Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\nHarlow 🎉 party.\nOn ⟨Monday⟩.\n',
    ],
  ];
  it.each(cases)('%s', (_name, analysis, text, width, expected) => {
    expect(renderShow(analysis, text, { color: false, width })).toBe(expected);
  });

  const negatives: Array<[string, Analysis, string]> = [
    ['nothing found: the text unchanged under the legend', analysisOf('Nothing to see here.', {}), 'Nothing to see here.'],
    ['spans outside the text are ignored', analysisOf('Short text.', { dates: [date({ start: 5, end: 99, text: 'x' })] }), 'Short text.'],
  ];
  it.each(negatives)('%s', (_name, analysis, text) => {
    expect(renderShow(analysis, text, { color: false, width: 80 })).toBe(`Legend: [entity|type at first mention]  «quote»  ⟨date⟩\n\n${text}\n`);
  });
});

describe('renderShow with colour', () => {
  const out = renderShow(FULL, TEXT, { color: true, width: 200 });
  const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

  it('styles spans with ANSI and keeps the text itself', () => {
    expect(out).toMatch(/\x1b\[/);
    const body = strip(out).split('\n').slice(2).join('\n');
    expect(body).toBe(`${TEXT}\n`);
  });

  it('puts a legend of the types present, quotes and dates on top', () => {
    expect(strip(out.split('\n')[0])).toBe('Legend: person  organization  place  “quote”  date');
  });

  it('an entity inside a quote keeps its colour while the quote stays yellow around it', () => {
    const line = out.split('\n')[2];
    // blue (34) for the place inside the quote, yellow (33) for the quoted words around it.
    expect(line).toMatch(/\x1b\[34m\x1b\[1mHarlow\x1b\[22m\x1b\[39m \x1b\[33mdeserves/);
  });

  it('never colours when colour is off', () => {
    expect(renderShow(FULL, TEXT, { color: false, width: 80 })).not.toMatch(/\x1b\[/);
  });
});
