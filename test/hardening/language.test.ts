/** looksEnglish: the cheap heuristic behind the "text that is not English" warning (examples written for this test). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../src/input/language.js';
import { ROOT } from '../helpers/cli.js';

const ENGLISH: Array<[string, string]> = [
  [
    'wire story',
    'The city council voted on Tuesday to close two libraries, a decision that the mayor said would save money but which residents ' +
      'called short-sighted. "We were not asked," said Ana Ortiz, who has used the branch on Elm Street for twenty years.',
  ],
  [
    'accented names',
    'Recep Tayyip Erdoğan met François Hollande and the mayor of Zürich, Corine Mauch, at the summit, where they discussed trade ' +
      'and the migration of workers from the east. Officials said the talks had been useful.',
  ],
  [
    'short, no function words (too short to judge)',
    'Markets rally',
  ],
  ['empty', ''],
  [
    'sports results with many names',
    'Arsenal beat Chelsea 2-1 at the Emirates on Sunday, with goals from Saka and Havertz, while Liverpool were held by Everton. ' +
      'Manchester City, who had lost to Aston Villa in midweek, returned to winning ways against Fulham and are now two points behind the leaders.',
  ],
];

const OTHER: Array<[string, string]> = [
  [
    'German',
    'Der Stadtrat hat am Dienstag beschlossen, zwei Bibliotheken zu schließen. Die Bürgermeisterin sagte, dass die Stadt damit Geld ' +
      'spare, aber viele Bewohner nannten die Entscheidung kurzsichtig und kündigten Proteste vor dem Rathaus an.',
  ],
  [
    'French',
    'Le conseil municipal a voté mardi la fermeture de deux bibliothèques, une décision que le maire juge nécessaire pour les finances ' +
      'de la ville, mais que les habitants du quartier trouvent injuste et précipitée.',
  ],
  [
    'Spanish',
    'El ayuntamiento votó el martes cerrar dos bibliotecas, una decisión que según la alcaldesa permitirá ahorrar dinero, aunque los ' +
      'vecinos del barrio la consideran un error y piden que se abra un debate público.',
  ],
  [
    'Russian',
    'Городской совет во вторник проголосовал за закрытие двух библиотек. Мэр заявил, что это решение позволит сэкономить деньги, ' +
      'однако жители района назвали его ошибкой.',
  ],
  ['Chinese (no spaces)', '市议会周二投票决定关闭两座图书馆。市长表示此举可以节省资金，但居民认为这是一个短视的决定，并计划在市政厅前抗议。'],
  [
    'Arabic (right to left)',
    'صوّت مجلس المدينة يوم الثلاثاء على إغلاق مكتبتين، وقال رئيس البلدية إن القرار سيوفر المال، لكن السكان وصفوه بأنه قصير النظر.',
  ],
];

describe('looksEnglish', () => {
  it.each(ENGLISH)('English: %s', (_name, text) => expect(looksEnglish(text)).toBe(true));
  it.each(OTHER)('not English: %s', (_name, text) => expect(looksEnglish(text)).toBe(false));

  it('every shipped English text fixture counts as English', () => {
    const dir = path.join(ROOT, 'fixtures/text');
    for (const f of [path.join(ROOT, 'fixtures/lavrov-wang-beijing.txt'), ...fs.readdirSync(dir).map((f) => path.join(dir, f))]) {
      expect(looksEnglish(fs.readFileSync(f, 'utf8')), f).toBe(true);
    }
  });

  it('reads only the start of a long text (the answer for 20 MB is the answer for its first 20,000 characters)', () => {
    const german = OTHER[0][1];
    const english = ENGLISH[0][1];
    expect(looksEnglish(`${english} `.repeat(200) + `${german} `.repeat(20_000))).toBe(true);
    expect(looksEnglish(`${german} `.repeat(200) + `${english} `.repeat(20_000))).toBe(false);
  });
});
