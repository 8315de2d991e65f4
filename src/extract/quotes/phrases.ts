/**
 * Token-level phrase finding for attributions: where a clause ends, and the noun phrase that names a speaker
 * (a pronoun, a run of capitalised name words, or a determiner phrase such as "the ministry" or "a spokesman for the
 * State Department"). Works on `ParsedDoc.tokens` and its out-of-context lexicon tags only, so it does not depend on
 * the entity extractor.
 */
import type { Token } from '../../nlp/doc.js';
import { AUXILIARIES, SPEAKER_PRONOUNS, VERB_BY_FORM } from './lexicon.js';

/** Token-index range `[from, to)` of a speaker phrase. */
export interface Phrase {
  from: number;
  to: number;
  kind: 'pronoun' | 'name' | 'noun';
}

const DETERMINERS = new Set('the a an his her its their our my this these those another several some many both one'.split(' '));
const FUNCTION_WORDS = new Set(
  ('and or but nor so yet if because while when where whether that which who whom whose what as than then there here ' +
    'to of in on at by for from with about into over after before under between through during without against ' +
    'not no is are was were be been being has have had do does did will would can could should may might must ' +
    'it he she they we i you me him them us also just only even still not very more most ' +
    'anybody anyone everyone everybody nobody someone somebody something nothing everything').split(' '),
);
/** Words that link two parts of one name-like phrase: "Secretary of State", "a spokesman for the ministry". */
const LINKS = new Set(['of', 'for', 'at', 'and', '&']);
const NON_NOUN_TAGS = ['Copula', 'Modal', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Determiner', 'QuestionWord', 'WeekDay', 'Month', 'Date'];
/** Tags of words that read as verbs after a name ("Hillary Clinton spoke", "Trump tweet"). */
const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Adverb', 'Verb'];
/** Time words that end a speaker phrase ("said Friday", "Trump said on Monday"). */
const TIME_WORDS = new Set('today yesterday tonight tomorrow morning afternoon evening night week weekend month year day earlier later meanwhile however'.split(' '));
const ABBREVIATION_END = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Rev|Hon|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|U\.S|U\.N|Inc|Corp|Co|Ltd)$/;

/** A token with a letter or digit (not punctuation). */
export const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);
/** Capitalised, or a social-media handle (@JaneDoe), which names like a proper noun. */
export const isCapitalized = (t: Token): boolean => /^(?:\p{Lu}|@[\p{L}\p{N}_])/u.test(t.text);
/** A reporting verb form; a capitalised one ("States", "Said") is taken for a name part. */
export const isReportingVerb = (t: Token): boolean => VERB_BY_FORM.has(t.norm) && !isCapitalized(t);

/** A token that ends a sentence: . ! ? … not after an abbreviation like "Gov." or "U.S.". */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].text;
  if (!/^(?:[.!?]+|…)$/.test(t)) return false;
  if (t !== '.') return true;
  // "(D-Nev.)", "R-Ky., said", "Sept. the": a dot followed by a bracket, comma or lower-case word ends no sentence.
  const next = tokens[i + 1];
  if (next && next.sentence === tokens[i].sentence && /^(?:[),;:]|\p{Ll})/u.test(next.text)) return false;
  const prev = tokens[i - 1];
  return !(prev && prev.end === tokens[i].start && (ABBREVIATION_END.test(prev.text) || prev.lex.includes('Honorific')));
}

/** True for a word that may sit inside a speaker noun phrase. */
function isNounish(t: Token): boolean {
  if (!isWord(t)) return t.text === '-' || /^['\u2019]s?$/.test(t.text);
  if (TIME_WORDS.has(t.norm) || /^\d+$/.test(t.text) || t.lex.includes('Cardinal')) return false;
  if (isCapitalized(t)) {
    // An initial ("Julie A. Diaz") is part of a name, though "A" is also a determiner.
    if (/^\p{Lu}$/u.test(t.text) && t.text !== 'I') return true;
    // A sentence-initial function word ("Meanwhile", "After", "In") is no name.
    if (FUNCTION_WORDS.has(t.norm) || DETERMINERS.has(t.norm) || t.lex.some((tag) => NON_NOUN_TAGS.includes(tag) && tag !== 'Determiner')) return false;
    return !SPEAKER_PRONOUNS.has(t.norm) || t.norm === 'i';
  }
  if (FUNCTION_WORDS.has(t.norm) || DETERMINERS.has(t.norm) || VERB_BY_FORM.has(t.norm)) return false;
  if (/ly$/.test(t.norm) && t.norm.length > 4) return false;
  return !t.lex.some((tag) => NON_NOUN_TAGS.includes(tag) || tag === 'PastTense' || tag === 'Gerund');
}

/** Skip auxiliaries and adverbs backwards from `i`; return the first index that is neither. */
export function skipAuxBack(tokens: readonly Token[], i: number, floor: number): number {
  while (i >= floor && (AUXILIARIES.has(tokens[i].norm) || TIME_WORDS.has(tokens[i].norm) || (/ly$/.test(tokens[i].norm) && tokens[i].norm.length > 4))) i--;
  return i;
}

/** Skip auxiliaries and adverbs forwards from `i`. */
export function skipAuxForward(tokens: readonly Token[], i: number, ceil: number): number {
  while (i < ceil && (AUXILIARIES.has(tokens[i].norm) || (/ly$/.test(tokens[i].norm) && tokens[i].norm.length > 4))) i++;
  return i;
}

/** The speaker phrase that ends at token `end` (inclusive), not reaching before `floor`. */
export function phraseEndingAt(tokens: readonly Token[], end: number, floor: number, anyHead = false): Phrase | null {
  if (end < floor) return null;
  const last = tokens[end];
  if (SPEAKER_PRONOUNS.has(last.norm)) return { from: end, to: end + 1, kind: 'pronoun' };
  if (!isNounish(last) || !isWord(last)) return null;
  let i = end;
  while (i - 1 >= floor) {
    const t = tokens[i - 1];
    if (DETERMINERS.has(t.norm)) {
      i--;
      break;
    }
    if (isNounish(t) && !(t.text === '.' || t.text === ',')) {
      i--;
      continue;
    }
    // "Gov. Ed Rendell": an abbreviation's dot inside a name.
    if (t.text === '.' && i - 2 >= floor && ABBREVIATION_END.test(tokens[i - 2].text)) {
      i--;
      continue;
    }
    if (LINKS.has(t.norm) && i - 2 >= floor && isNounish(tokens[i - 2]) && isWord(tokens[i - 2]) && isCapitalized(tokens[i])) {
      i--;
      continue;
    }
    break;
  }
  if (end - i + 1 > 10) i = end - 9;
  const kind = classify(tokens, i, end + 1);
  if (kind === 'noun' && !anyHead && !hasSpeakerHead(last)) return null;
  return { from: i, to: end + 1, kind };
}

/** The speaker phrase that starts at token `start`, not reaching `ceil`. */
export function phraseStartingAt(tokens: readonly Token[], start: number, ceil: number): Phrase | null {
  if (start >= ceil) return null;
  const first = tokens[start];
  if (SPEAKER_PRONOUNS.has(first.norm)) return { from: start, to: start + 1, kind: 'pronoun' };
  let i = start;
  if (DETERMINERS.has(first.norm)) i++;
  else if (!isNounish(first) || !isWord(first)) return null;
  while (i < ceil) {
    const t = tokens[i];
    // A number in a compound modifier: "a 52-count complaint", "the 34-year-old mother".
    if (/^\d+$/.test(t.text) && tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end) {
      i += 2;
      continue;
    }
    // A name ends at the first lower-case word ("Hillary Clinton spoke"), unless a possessive joins them.
    const prevTok = tokens[i - 1];
    // A past tense the lexicon does not know ("chimed", "beamed") reads as a verb too.
    const verbLike = (t.lex.some((tag) => VERB_TAGS.includes(tag)) || (t.lex.length === 0 && /ed$/.test(t.norm))) && !hasSpeakerHead(t);
    if (i > start && isWord(t) && !isCapitalized(t) && isCapitalized(prevTok) && isWord(prevTok) && !DETERMINERS.has(prevTok.norm) && verbLike) break;
    if (isNounish(t) && t.text !== '.' && !isReportingVerb(t)) {
      i++;
      continue;
    }
    if (t.text === '.' && i > start && ABBREVIATION_END.test(tokens[i - 1].text) && i + 1 < ceil && isCapitalized(tokens[i + 1])) {
      i++;
      continue;
    }
    // "a spokesman for the State Department", "Secretary of State John Kerry"
    if (LINKS.has(t.norm) && t.norm !== 'and' && i > start && i + 1 < ceil && canTakeLink(tokens[i - 1])) {
      let j = i + 1;
      if (tokens[j].norm === 'the' && j + 1 < ceil) j++;
      if (isCapitalized(tokens[j]) && isWord(tokens[j]) && !SPEAKER_PRONOUNS.has(tokens[j].norm)) {
        i = j;
        continue;
      }
    }
    break;
  }
  if (i === start || (i === start + 1 && DETERMINERS.has(first.norm))) return null;
  if (i - start > 10) i = start + 10;
  const kind = classify(tokens, start, i);
  if (kind === 'noun' && !hasSpeakerHead(tokens[i - 1])) return null;
  return { from: start, to: i, kind };
}

/**
 * Nouns that can head a speaker phrase without being a name: people by role and bodies that issue words. compromise's
 * lexicon tags most role nouns `Actor` (minister, analyst, mayor); these are the ones it does not.
 */
const SPEAKER_NOUNS = new Set(
  ('spokesman spokeswoman spokesperson official aide source ministry department agency government campaign statement ' +
    'report letter article memo poll survey study website committee council administration police lawmaker critic ' +
    'supporter expert protester resident voter people doctor senator governor representative adviser advisor ' +
    'commission court judge prosecutor filing complaint lawsuit document documents release team office group ' +
    'organization union party board bureau company firm network newspaper paper magazine site blog post tweet ' +
    'announcement editorial column guidelines rules bylaws law bill measure order ruling decision analysis data ' +
    'officer staff staffer strategist pollster economist researcher scientist activist leader leaders members member ' +
    'friend friends neighbor neighbors witness witnesses resident residents worker workers parent parents woman man ' +
    'coach lawyer attorney owner founder manager candidate nominee piece book ad spot clip video film documentary').split(' '),
);

/** Whether a noun phrase's head can speak ("the ministry", "a spokesman"; not "his refusal", "the streets"). */
export function hasSpeakerHead(head: Token): boolean {
  const singular = head.norm.replace(/(?<=[^s])s$/, '');
  return SPEAKER_NOUNS.has(head.norm) || SPEAKER_NOUNS.has(singular) || head.lex.includes('Actor');
}

/** A phrase is a name when its head (last word) is capitalised ("panel Chairman Jason Chaffetz"), else a noun phrase. */
function classify(tokens: readonly Token[], from: number, to: number): Phrase['kind'] {
  for (let k = to - 1; k >= from; k--) {
    if (!isWord(tokens[k])) continue;
    // "Park Geun-hye": a hyphenated name part takes the case of its first piece.
    let h = k;
    while (h - 2 >= from && tokens[h - 1].text === '-' && tokens[h - 1].start === tokens[h - 2].end && tokens[h - 1].end === tokens[h].start) h -= 2;
    return isCapitalized(tokens[h]) ? 'name' : 'noun';
  }
  return 'noun';
}

/**
 * The subject before token `verb` (exclusive): skips auxiliaries ("has also said"), and an appositive set off by
 * commas ("Hugh Hill, a doctor at X, said" gives "Hugh Hill").
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number): Phrase | null {
  let i = skipAuxBack(tokens, verb - 1, floor);
  if (i < floor) return null;
  i = skipParenBack(tokens, i, floor);
  if (i < floor) return null;
  if (tokens[i].text === ',') {
    for (let k = i - 1; k >= Math.max(floor, i - 30); k--) {
      if (tokens[k].text !== ',') continue;
      const p = phraseEndingAt(tokens, skipParenBack(tokens, k - 1, floor), floor);
      // The appositive must describe (a/an/the/who/title...), not be a list or a clause.
      return p && p.kind !== 'pronoun' ? p : null;
    }
    return null;
  }
  // Right before its verb, any noun phrase is the subject ("one questioner claimed").
  return phraseEndingAt(tokens, i, floor, true);
}

/** From a ")" at `i`, the index before its "(" ("Rep. Gwen Moore (D-Wis.) said"); else `i`. */
export function skipParenBack(tokens: readonly Token[], i: number, floor: number): number {
  if (i < floor || tokens[i].text !== ')') return i;
  for (let k = i - 1; k >= Math.max(floor, i - 12); k--) if (tokens[k].text === '(') return k - 1;
  return i;
}

/** From a "(" at `i`, the index after its ")"; else `i`. */
export function skipParenForward(tokens: readonly Token[], i: number, ceil: number): number {
  if (i >= ceil || tokens[i].text !== '(') return i;
  for (let k = i + 1; k < Math.min(ceil, i + 12); k++) if (tokens[k].text === ')') return k + 1;
  return i;
}


const ORG_HEADS = new Set(
  'department ministry university institute bank secretary minister council committee office bureau board house party association court union school college center centre foundation society academy agency commission service director chairman president spokesman spokeswoman head chief member'.split(
    ' ',
  ),
);

/** Whether "of"/"for"/"at" may continue a phrase after `t`: a role or body, not a complete personal name. */
function canTakeLink(t: Token): boolean {
  return !isCapitalized(t) || ORG_HEADS.has(t.norm) || t.lex.includes('Actor') || t.lex.includes('Honorific');
}
