/** Small invented news articles for the batch tests, and a temp folder to put them in. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PEOPLE = ['Marta Kowalczyk', 'Daniel Okafor', 'Ingrid Halvorsen', 'Tomas Ferreira', 'Aiko Tanabe', 'Samuel Brandt', 'Leila Haddad'];
const PLACES = ['Lisbon', 'Nairobi', 'Oslo', 'Toronto', 'Osaka', 'Hamburg', 'Valparaiso'];
const GROUPS = ['the city council', 'the port authority', 'the transit agency', 'the water board', 'the school district'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** The i-th invented article: a headline, a dateline sentence, a quote and a date, different for each i. */
export function article(i: number): string {
  const who = PEOPLE[i % PEOPLE.length];
  const where = PLACES[(i * 3) % PLACES.length];
  const group = GROUPS[i % GROUPS.length];
  const day = DAYS[i % DAYS.length];
  const surname = who.split(' ')[1];
  return [
    `${where} budget vote delayed, round ${i + 1}`,
    '',
    `${where.toUpperCase()} (Newswire) - ${who}, who chairs ${group}, said on ${day} that the vote on the ${2020 + (i % 5)} budget would wait until March ${1 + (i % 27)}.`,
    '',
    `"We need ${i + 2} more weeks to read the figures," ${surname} told reporters outside the town hall.`,
    '',
    `The last budget, passed in ${2019 + (i % 4)}, cut spending on roads by ${i + 3} percent.`,
    '',
  ].join('\n');
}

/** A fresh temp folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsx-${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Write `count` invented articles as `a00.txt`, `a01.txt`, … in `dir`; returns their paths. */
export function writeArticles(dir: string, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, k) => {
    const file = path.join(dir, `a${String(from + k).padStart(2, '0')}.txt`);
    fs.writeFileSync(file, article(from + k));
    return file;
  });
}

/** `count` JSON Lines records `{"id","text","date"}` with distinct ids. */
export function jsonlRecords(count: number, idOf: (i: number) => string | number = (i) => `rec-${i}`): string[] {
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: idOf(i), text: article(i), date: `2024-0${1 + (i % 9)}-1${i % 10}` }));
}
