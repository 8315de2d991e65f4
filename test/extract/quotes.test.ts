/**
 * Quote extractor unit tables: each attribution pattern, speaker resolution against explicitly built entities, and a
 * negatives table (scare quotes, titles, unbalanced marks, apostrophes). Examples are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../src/extract/context.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import type { Entity, EntityType, Quote } from '../../src/model/types.js';
import { parse } from '../../src/nlp/compromise.js';

const ctx: ExtractContext = { reference: { date: null, source: null }, lexicon: new Map(), summarySentences: 3 };

/** An entity whose mentions are every occurrence of each given surface form in `text`. */
function entity(text: string, id: string, type: EntityType, name: string, forms: readonly string[]): Entity {
  const mentions = forms.flatMap((form) => [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + form.length, text: form })));
  mentions.sort((a, b) => a.start - b.start);
  return { id, type, name, aliases: [], title: null, count: mentions.length, firstMention: mentions[0]?.start ?? 0, mentions };
}

function quotes(text: string, entities: readonly Entity[] = []): Quote[] {
  const out = extractQuotes(parse(text), entities, ctx);
  for (const q of out) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
  return out;
}

/** [pattern, text, quote (with marks), speaker mention, cue, kind] */
const ATTRIBUTIONS: Array<[string, string, string, string | null, string | null, Quote['kind']]> = [
  ['said + name after', '“The harvest will be late,” said Alexander Gabuev.', '“The harvest will be late,”', 'Alexander Gabuev', 'said', 'direct'],
  ['name + said + colon', 'Gabuev said: “The harvest will be late.”', '“The harvest will be late.”', 'Gabuev', 'said', 'direct'],
  ['pronoun after', 'Nadia Petrova spoke last. “The harvest will be late,” she said.', '“The harvest will be late,”', 'she', 'said', 'direct'],
  ['according to', 'The two sides “agreed to meet again,” according to the ministry.', '“agreed to meet again,”', 'the ministry', 'according to', 'partial'],
  ['appositive', '“We will rebuild,” Hugh Hill, a doctor at Mercy Hospital, said.', '“We will rebuild,”', 'Hugh Hill', 'said', 'direct'],
  ['told reporters', '“We will rebuild the bridge,” he told reporters.', '“We will rebuild the bridge,”', 'he', 'told reporters', 'direct'],
  ['added', '“Nobody expected this,” the mayor added.', '“Nobody expected this,”', 'the mayor', 'added', 'direct'],
  ['wrote', '“Nobody expected this,” Lena Ortiz wrote on Twitter.', '“Nobody expected this,”', 'Lena Ortiz', 'wrote on Twitter', 'direct'],
  ['tweeted', '“Nobody expected this!” tweeted Lena Ortiz.', '“Nobody expected this!”', 'Lena Ortiz', 'tweeted', 'direct'],
  ['called (partial)', 'He called the plan “a disaster” for farmers.', '“a disaster”', 'He', 'called', 'partial'],
  ['said that (partial)', 'Ortiz said the vote was “a turning point for the town.”', '“a turning point for the town.”', 'Ortiz', 'said', 'partial'],
  ['said in a statement', 'The port “will reopen on Monday,” the ministry said in a statement.', '“will reopen on Monday,”', 'the ministry', 'said in a statement', 'partial'],
  ['spokesman for X', '“The talks are over,” a spokesman for the Interior Ministry said.', '“The talks are over,”', 'a spokesman for the Interior Ministry', 'said', 'direct'],
  ['parenthetical party', '“Budgets are choices,” Rep. Dana Kerr (D-Ore.) said on Monday.', '“Budgets are choices,”', 'Rep. Dana Kerr', 'said', 'direct'],
  ['has also said', 'Kerr has also said that the law is “deeply unfair.”', '“deeply unfair.”', 'Kerr', 'said', 'partial'],
  ['colon intro', 'The coach was blunt: “We played badly and we lost.”', '“We played badly and we lost.”', 'The coach', null, 'direct'],
  ['colon intro past an adverbial, subject before a copula', 'With the vote close, the mayor is rolling out a new message: “It is about the town.”', '“It is about the town.”', 'the mayor', null, 'direct'],
  ['dash signature', '“The service was slow but friendly.” ― Tomas Berg', '“The service was slow but friendly.”', 'Tomas Berg', null, 'direct'],
  ['quantifier and capitalised adjective', '“The talks are stuck,” one Western diplomat in the room said.', '“The talks are stuck,”', 'one Western diplomat', 'said', 'direct'],
  ['initials in a name', '“The service was slow.” ― Julie R. Moss', '“The service was slow.”', 'Julie R. Moss', null, 'direct'],
  ['straight quotes', '"We will rebuild," said Lena Ortiz.', '"We will rebuild,"', 'Lena Ortiz', 'said', 'direct'],
  ['guillemets', '«We will rebuild», said Lena Ortiz.', '«We will rebuild»', 'Lena Ortiz', 'said', 'direct'],
  ['single quotes as primary marks', '‘We will not back down,’ said the union’s general secretary.', '‘We will not back down,’', 'the union’s general secretary', 'said', 'direct'],
  ['social-media handle', '“We are not going anywhere,” tweeted @harbourwatch, a local group.', '“We are not going anywhere,”', '@harbourwatch', 'tweeted', 'direct'],
  ['shared subject of a non-finite verb', 'Ortiz took to the radio to call the plan “a farce.”', '“a farce.”', 'Ortiz', 'call', 'partial'],
  ['participle clause', 'After the vote, the council issued a note calling the move “hasty and unwise.”', '“hasty and unwise.”', 'the council', 'calling', 'partial'],
  ['outer clause names the pronoun', 'Lena Ortiz said she recalls the mood being “grim and quiet.”', '“grim and quiet.”', 'Lena Ortiz', 'said', 'partial'],
  ['noun-like verb form is a noun', 'The group rated 30% of Green claims as “mostly false.”', '“mostly false.”', 'The group', 'rated', 'partial'],
  ['named outer speaker for a pronoun further back', 'Lena Ortiz says she admired the crew for what she calls “a quiet courage.”', '“a quiet courage.”', 'Lena Ortiz', 'says', 'partial'],
  ['pronoun kept when the outer verb is no reporting verb', 'Lena Ortiz left the room after she called the plan “a farce.”', '“a farce.”', 'she', 'called', 'partial'],
  ['attack verb with a quoted label', 'The mayor has been hammering the plan as a “money pit” for months.', '“money pit”', 'The mayor', 'hammering', 'partial'],
  ['praise verb', 'The governor lauded the volunteers for their “quiet heroism.”', '“quiet heroism.”', 'The governor', 'lauded', 'partial'],
  ['discourse verb', 'Ortiz reiterated: “We will not sell the mill.”', '“We will not sell the mill.”', 'Ortiz', 'reiterated', 'direct'],
  ['passive verb: no speaker', 'The plan was widely ridiculed for its promise of “free ferries for everyone in the county.”', '“free ferries for everyone in the county.”', null, null, 'partial'],
  ['declared right before the quote', 'At the rally the minister declared, “The border stays open for trade.”', '“The border stays open for trade.”', 'the minister', 'declared', 'direct'],
  ['possessor of a speech noun that governs the quote', 'Fact-checkers examined Lena Ortiz’s claim that there were “thousands of empty ferries” last year.', '“thousands of empty ferries”', 'Lena Ortiz', 'claim', 'partial'],
  ['possessor of a speech noun that does not govern the quote', 'Berg called Ortiz’s remarks on Monday “a slap in the face” to workers.', '“a slap in the face”', 'Berg', 'called', 'partial'],
  ['a possessed noun is no verb', 'Lena Ortiz’s remarks were “a slap in the face,” Berg said.', '“a slap in the face,”', 'Berg', 'said', 'partial'],
  ['outer reporter of a nested clause', 'Ortiz said at the meeting that Berg once described the plan as “a gift to developers.”', '“a gift to developers.”', 'Ortiz', 'said', 'partial'],
  ['no outer reporter', 'At the meeting Berg once described the plan as “a gift to developers.”', '“a gift to developers.”', 'Berg', 'described', 'partial'],
  ['adverbs between subject and verb', 'At ninety she still says things such as, “Nobody listens to the old.”', '“Nobody listens to the old.”', 'she', 'says', 'direct'],
  ['phrasal verb with its particle', 'The mayor has gone after the plan as a “money pit that will sink the town.”', '“money pit that will sink the town.”', 'The mayor', 'gone after', 'partial'],
  ['phrasal verb of two particles', 'Berg lashed out at the council for its “reckless and secretive budget.”', '“reckless and secretive budget.”', 'Berg', 'lashed out at', 'partial'],
  ['previous sentence', 'The mill will close in May, Ortiz said. “Nobody saw it coming.”', '“Nobody saw it coming.”', 'Ortiz', 'said', 'direct'],
  ['previous sentence with an initial in the name', 'The race was close. Maria T. Lopez praised the crew. “They never missed a session.”', '“They never missed a session.”', 'Maria T. Lopez', 'praised', 'direct'],
  ['colon at the end of the previous paragraph', 'Ortiz said:\n\n“The mill closed in May.”', '“The mill closed in May.”', 'Ortiz', 'said', 'direct'],
  ['headline colon', 'Lena Ortiz: Town Council Is ‘Asleep at the Wheel’\n\nThe council met on Monday.', '‘Asleep at the Wheel’', 'Lena Ortiz', null, 'partial'],
];

describe('extractQuotes: attribution patterns', () => {
  it.each(ATTRIBUTIONS)('%s', (_label, text, quote, mention, cue, kind) => {
    const q = quotes(text).find((x) => x.text === quote);
    expect(q, `quote ${quote}`).toBeDefined();
    expect(q?.speaker?.mention.text ?? null).toBe(mention);
    expect(q?.cue?.text ?? null).toBe(cue);
    expect(q?.kind).toBe(kind);
  });

  it('carries the speaker to the next quote of the paragraph and across an interruption', () => {
    const text = '“We will rebuild,” said Lena Ortiz. “It will take years.”\n\n“We lost the mill,” he said, “and the school.”';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.mention.text ?? null)).toEqual(['Lena Ortiz', 'Lena Ortiz', 'he', 'he']);
    expect(qs.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('keeps a quote over several paragraphs as one (opening mark on each, closing on the last)', () => {
    const text = 'Ortiz said:\n\n“The mill closed in May.\n\n“The school followed in June.”\n\nThe town voted later.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('“The mill closed in May.\n\n“The school followed in June.”');
  });

  it('attributes each speaker in a sentence with quotes from two people', () => {
    const text = 'Ortiz called it “a farce,” while Berg said it was “long overdue.”';
    expect(quotes(text).map((q) => q.speaker?.mention.text ?? null)).toEqual(['Ortiz', 'Berg']);
  });
});

describe('extractQuotes: speaker resolution', () => {
  it('resolves a surname to the person named in full earlier', () => {
    const text = 'Alexander Gabuev spoke in Moscow.\n\n“The harvest will be late,” Gabuev said.';
    const gabuev = entity(text, 'e1', 'person', 'Alexander Gabuev', ['Alexander Gabuev']);
    const [q] = quotes(text, [gabuev]);
    expect(q.speaker).toMatchObject({ name: 'Alexander Gabuev', entityId: 'e1', mention: { text: 'Gabuev' } });
  });

  it('resolves a mention overlapping an entity mention to that entity', () => {
    const text = '“The harvest will be late,” said Alexander Gabuev.';
    const [q] = quotes(text, [entity(text, 'e1', 'person', 'Alexander Gabuev', ['Alexander Gabuev'])]);
    expect(q.speaker?.entityId).toBe('e1');
  });

  it('resolves he/she to the most recent person of that gender', () => {
    const text = 'John Carter met Mary Lewis in Rome. “The talks went well,” she said.';
    const ents = [entity(text, 'e1', 'person', 'John Carter', ['John Carter']), entity(text, 'e2', 'person', 'Mary Lewis', ['Mary Lewis'])];
    const text2 = 'Mary Lewis met John Carter in Rome. “The talks went well,” she said.';
    const ents2 = [entity(text2, 'e1', 'person', 'Mary Lewis', ['Mary Lewis']), entity(text2, 'e2', 'person', 'John Carter', ['John Carter'])];
    expect(quotes(text, ents)[0].speaker).toMatchObject({ entityId: 'e2', name: 'Mary Lewis', mention: { text: 'she' } });
    expect(quotes(text2, ents2)[0].speaker).toMatchObject({ entityId: 'e1', name: 'Mary Lewis' });
  });

  it('resolves "the ministry" to the organisation whose name holds the noun, and "it" to an organisation', () => {
    const text = 'The Foreign Ministry met envoys. Talks “went well,” the ministry said. “We are hopeful,” it said.';
    const [a, b] = quotes(text, [entity(text, 'e1', 'organization', 'Foreign Ministry', ['Foreign Ministry'])]);
    expect(a.speaker).toMatchObject({ entityId: 'e1', name: 'Foreign Ministry', mention: { text: 'the ministry' } });
    expect(b.speaker).toMatchObject({ entityId: 'e1', mention: { text: 'it' } });
  });

  it('leaves a speaker that is no entity unresolved, named by its mention', () => {
    const [q] = quotes('“We will rebuild,” a local official said.');
    expect(q.speaker).toEqual({ name: 'a local official', entityId: null, mention: expect.objectContaining({ text: 'a local official' }) });
  });
});

/** [case, text, expected quotes as [text, kind]]: nothing else, and never a speaker. */
const NEGATIVES: Array<[string, string, Array<[string, Quote['kind']]>]> = [
  ['scare term in a noun phrase', 'Moscow and Beijing declared a “no-limits” partnership in 2022.', [['“no-limits”', 'scare']]],
  ['title of a film', 'She starred in the film “Harbour Lights” last year.', [['“Harbour Lights”', 'scare']]],
  ['so-called', 'The so-called “peace dividend” never came.', [['“peace dividend”', 'scare']]],
  ['unattributed term', 'The bridge, known as “the needle,” opened in 1990.', [['“the needle,”', 'scare']]],
  ['unbalanced mark stays in its paragraph', 'He said “this never closes.\n\nThe next paragraph is plain prose about nothing.', []],
  ['apostrophes in rock ’n’ roll', 'They played ‘rock ’n’ roll’ all night.', [['‘rock ’n’ roll’', 'scare']]],
  ['O’Brien and a plural possessive', 'O’Brien said the voters’ mood was sour in the ’90s.', []],
  ['straight apostrophes', "Jones' dog and Smith's cat aren't friends.", []],
  ['a show title after a preposition', 'She appeared on “Morning Harbour” on Sunday.', [['“Morning Harbour”', 'scare']]],
  ['a phrasal verb form without its particle', 'The mayor went to the “Harbour Days” fair on Sunday.', [['“Harbour Days”', 'scare']]],
  ['a nickname inside a name', 'Marta “Tiny” Ruiz won the race.', [['“Tiny”', 'scare']]],
  ['nested curly quote inside a curly quote', '“I would rather live in what he calls “the swamp” than here,” Ruiz said.', [['“I would rather live in what he calls “the swamp” than here,”', 'direct']]],
  ['straight closing mark after a space', '"I dislike the term \'outreach,\' " Ruiz said.', [['"I dislike the term \'outreach,\' "', 'direct']]],
  ['nested quote is not reported twice', '“He told me ‘no way,’ and left,” Berg said.', [['“He told me ‘no way,’ and left,”', 'direct']]],
];

describe('extractQuotes: negatives', () => {
  it.each(NEGATIVES)('%s', (_label, text, expected) => {
    const qs = quotes(text);
    expect(qs.map((q) => [q.text, q.kind])).toEqual(expected);
    for (const q of qs) if (q.kind === 'scare') expect(q.speaker).toBeNull();
  });
});

/** [case, text, speaker mention of the first quote]: an ALL-CAPS label and a colon opening a quoted transcript turn. */
const LABELS: Array<[string, string, string | null]> = [
  ['one-word label', '"HOST: Welcome back to the show. Our first guest is here."', 'HOST'],
  ['two-word label', '“SEN. MARTINEZ: Thank you for having me, it is good to be here.”', 'SEN. MARTINEZ'],
  ['apostrophe in the name', '"O’DONNELL: Let us begin with the budget, which is late."', 'O’DONNELL'],
  ['not a section label', '"UPDATE: The bridge reopened on Monday after repairs."', null],
  ['not an editor’s note', '"EDITOR’S NOTE: This story has been corrected since it ran."', null],
  ['not a mixed-case word', '"Host: Welcome back to the show. Our first guest is here."', null],
  ['not a one-letter interview mark', '"Q: Why did the bridge close for so long this year?"', null],
];

describe('extractQuotes: transcript labels', () => {
  it.each(LABELS)('%s', (_label, text, mention) => {
    expect(quotes(text)[0]?.speaker?.mention.text ?? null).toBe(mention);
  });
});

/** [case, text, speaker mention of each quote in order]: a quote-only paragraph continues the previous speaker only after “…,” X said. */
const CONTINUATIONS: Array<[string, string, Array<string | null>]> = [
  ['after “…,” X said.', '“We will rebuild,” Ortiz said.\n\n“It will take years.”', ['Ortiz', 'Ortiz']],
  ['after “…,” said X.', '“The ferry is late again,” said Tomas Berg.\n\n“Nobody here is surprised.”', ['Tomas Berg', 'Tomas Berg']],
  ['a run of quote-only paragraphs', '“We will rebuild,” she said.\n\n“It will take years.”\n\n“But we will do it.”', ['she', 'she', 'she']],
  ['not after narration', '“We will rebuild,” Ortiz said. The council met later.\n\n“It will take years.”', ['Ortiz', null]],
  ['not after a partial quote', 'Ortiz said the plan was “a farce.”\n\n“It will take years to fix.”', ['Ortiz', null]],
  ['not when the paragraph goes on after the quote', '“We will rebuild,” Ortiz said.\n\n“It will take years.” The mayor disagreed.', ['Ortiz', null]],
  ['not after a blank paragraph of prose', '“We will rebuild,” Ortiz said.\n\nThe vote is in May.\n\n“It will take years.”', ['Ortiz', null]],
];

describe('extractQuotes: previous-paragraph continuation', () => {
  it.each(CONTINUATIONS)('%s', (_label, text, speakers) => {
    expect(quotes(text).map((q) => q.speaker?.mention.text ?? null)).toEqual(speakers);
  });
});

