/**
 * Tests on a reporting-verb form in context: whether it is really a noun ("Obama's remarks", "22% of claims") or a
 * passive ("was widely ridiculed"), in which case the phrase before it is no speaker.
 */
import type { Token } from '../../nlp/doc.js';
import type { Phrase } from './phrases.js';

/** A noun-like verb form ("claims", "state", "calls") after a noun phrase is more likely a noun. */
export function ambiguousVerb(t: Token): boolean {
  return t.lex.some((tag) => tag === 'Plural' || tag === 'Singular' || tag === 'Noun' || tag === 'Uncountable' || tag === 'Infinitive');
}

/** Whether `subject` + the verb at `v` reads better as one noun phrase ("22% of Democratic claims", "Kim's mental state"). */
export function doubtfulSubject(tokens: readonly Token[], subject: Phrase, v: number): boolean {
  if (!ambiguousVerb(tokens[v])) return false;
  // "Obama's remarks", "the mayor's claims": a noun-like form right after a possessive is the possessed noun.
  if (/^['\u2019]s$/.test(tokens[v - 1]?.norm ?? '')) return true;
  if (subject.kind === 'pronoun') return false;
  if (subject.kind === 'noun' || tokens[subject.to - 1].lex.includes('Adjective') || tokens[subject.to - 1].lex.includes('Demonym')) return true;
  for (let k = subject.from; k < subject.to; k++) if (/\d|%/.test(tokens[k].text) || tokens[k].norm === 'of') return true;
  return false;
}

const BE_FORMS = new Set('is are was were be been being'.split(' '));

/**
 * A passive reporting verb ("was widely ridiculed", "were told"): its subject is the one spoken about or to, never
 * the speaker. Looks back over at most two adverbs.
 */
export function isPassive(tokens: readonly Token[], v: number, floor: number): boolean {
  if (/ing$/.test(tokens[v].norm)) return false;
  let k = v - 1;
  while (k >= floor && v - k <= 2 && (tokens[k].lex.includes('Adverb') || /^\p{L}{3,}ly$/u.test(tokens[k].norm)) && !BE_FORMS.has(tokens[k].norm)) k--;
  return k >= floor && BE_FORMS.has(tokens[k].norm);
}

