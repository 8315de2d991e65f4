/** The sample article (fixtures/lavrov-wang-beijing.txt) comes out as a news desk would expect. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/entities/index.js';
import type { Entity, EntityType } from '../../src/model/types.js';
import { parse } from '../../src/nlp/compromise.js';

const text = readFileSync(new URL('../../fixtures/lavrov-wang-beijing.txt', import.meta.url), 'utf8');
const ents = extractEntities(parse(text), { reference: { date: null, source: null }, lexicon: new Map(), summarySentences: 3 });
const byName = (name: string): Entity | undefined => ents.find((e) => e.name === name);

const EXPECTED: Array<[string, EntityType, string[]?]> = [
  ['Sergei Lavrov', 'person', ['Lavrov']],
  ['Wang Yi', 'person', ['Wang']],
  ['Vladimir Putin', 'person'],
  ['Alexander Gabuev', 'person'],
  ['Shanghai Cooperation Organisation', 'organization', ['SCO']],
  ['G20', 'organization'],
  ['U.N.', 'organization'],
  ['BRICS', 'organization'],
  ['Carnegie Russia Eurasia Center', 'organization'],
  ['Reuters', 'organization'],
  ['foreign ministry', 'organization', ['ministry']],
  ['Kazan', 'place'],
  ['Rio de Janeiro', 'place'],
  ['Pyongyang', 'place'],
  ['North Korea', 'place'],
  ['India', 'place'],
  ['Moscow', 'place'],
  ['Beijing', 'place'],
  ['Ukraine', 'place'],
  ['Russia', 'place'],
  ['China', 'place'],
  ['Washington', 'place'],
  ['United States', 'place', ['U.S.']],
];

describe('sample article: lavrov-wang-beijing', () => {
  it.each(EXPECTED)('%s is a %s', (name, type, aliases) => {
    const e = byName(name);
    expect(e, `entities: ${ents.map((x) => `${x.name}/${x.type}`).join(', ')}`).toBeDefined();
    expect(e!.type).toBe(type);
    if (aliases) expect(e!.aliases).toEqual(aliases);
  });

  it('keeps the later "Lavrov" mentions and the title with Sergei Lavrov', () => {
    const lavrov = byName('Sergei Lavrov')!;
    expect(lavrov.count).toBe(3);
    expect(lavrov.title).toBe('Foreign Minister');
    expect(byName('Vladimir Putin')!.title).toBe('President');
  });

  it.each(['Russian oil', 'Shanghai', 'Lavrov', 'Wang', 'SCO', 'ministry'])('has no separate entity "%s"', (name) => {
    expect(byName(name)).toBeUndefined();
  });

  it('has clean spans: no edge punctuation, quotes or possessive endings', () => {
    for (const e of ents) {
      for (const m of e.mentions) {
        expect(m.text).toBe(text.slice(m.start, m.end));
        // An abbreviation keeps its final period ("U.N."); nothing else may end or start a name.
        expect(m.text).not.toMatch(/^[\s"“”'‘’(),.:;-]|[\s"“”'‘’(),:;-]$|[^.\p{Lu}]\.$|['’]s$/u);
      }
    }
  });
});
