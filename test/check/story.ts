/**
 * The fixture stories with hand-built analyses, as an ideal extractor would give them, so golden output depends on
 * the check code alone.
 */
import { readFileSync } from 'node:fs';
import type { CheckInput } from '../../src/check/index.js';
import { analysisOf, at, date, entity, quote } from './build.js';

export const STORY_PATH = 'fixtures/check/story-with-findings.txt';
export const CLEAN_PATH = 'fixtures/check/clean-story.txt';

/** The story with several findings: two unresolved dates, a surname first, two name variants, quotes of each kind. */
export function storyInput(): CheckInput {
  const text = readFileSync(STORY_PATH, 'utf8');
  const haldane = entity(text, 'e3', 'person', 'Irene Haldane', ['Irene Haldane', 'Haldane']);
  const volkonsky = entity(text, 'e6', 'person', 'Dmitri Volkonsky', ['Dmitri Volkonsky']);
  const volkonskiy = entity(text, 'e7', 'person', 'Volkonskiy', ['Volkonskiy']);
  const entities = [
    entity(text, 'e1', 'place', 'Port Elin', ['Port Elin']),
    haldane,
    entity(text, 'e4', 'organization', 'Maritime Transport Organisation', ['Maritime Transport Organisation']),
    entity(text, 'e5', 'organization', 'Maritime Transport Organization', ['Maritime Transport Organization']),
    volkonsky,
    volkonskiy,
  ];
  const speaker = (e: typeof haldane, surface: string, nth = 0) => ({ name: e.name, entityId: e.id, mention: at(text, surface, nth) });
  const quotes = [
    quote(text, 'q1', '“This is not how public money should be spent.”', null),
    quote(text, 'q2', '“The figures do not add up,”', speaker(haldane, 'Haldane', 2)),
    quote(text, 'q3', '“ready to answer every question.”', speaker(volkonsky, 'Dmitri Volkonsky'), 'partial'),
    quote(text, 'q4', '“We have run this route for eleven years,”', speaker(volkonskiy, 'Volkonskiy')),
  ];
  const dates = [
    date(text, 't1', 'on Tuesday', 'XXXX-WXX-2', false),
    date(text, 't2', 'last week', 'XXXX-WXX', false),
    date(text, 't3', 'eleven years', 'P11Y', true),
  ];
  return { path: STORY_PATH, text, analysis: analysisOf(text, { entities, quotes, dates, path: STORY_PATH }) };
}

/** A story with nothing to report: a dateline gives the date, the full name comes first, the quote is attributed. */
export function cleanInput(): CheckInput {
  const text = readFileSync(CLEAN_PATH, 'utf8');
  const haldane = entity(text, 'e2', 'person', 'Irene Haldane', ['Irene Haldane', 'Haldane']);
  const entities = [entity(text, 'e1', 'place', 'Port Elin', ['PORT ELIN', 'Port Elin']), haldane];
  const quotes = [quote(text, 'q1', '“The figures now add up,”', { name: haldane.name, entityId: 'e2', mention: at(text, 'Irene Haldane') })];
  const dates = [date(text, 't1', 'March 3, 2025', '2025-03-03', true), date(text, 't2', 'on Monday', '2025-03-03', true)];
  return { path: CLEAN_PATH, text, analysis: analysisOf(text, { entities, quotes, dates, referenceDate: '2025-03-03', path: CLEAN_PATH }) };
}
