/**
 * Rules over the tagged mentions of one article, applied before merging (data with ids, each mention keeps the id
 * of the rule that changed it in `source`):
 * - `person-part`: a one-word name that is the first or last word of a person's full name in the same article is
 *   that person ("Wang" after "Wang Yi"), whatever class the tagger gave it in a less clear context;
 * - `org-head`: a name of several words ending in an organisation word ("... Center", "... Institute") is an
 *   organisation;
 * - `place-word`: a one-word "person" the lexicon knows only as a place is that place ("where Pyongyang pledged");
 * - `acronym-org`: an unknown acronym the tagger called MISC ("BRICS") is most likely an organisation; acronyms
 *   the training gazetteer knows as MISC ("GMT") and nationality words stay as they are.
 */
import type { ParsedDoc } from '../../nlp/doc.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { lexTags } from './features.js';
import { type Gazetteer, normsKey } from './gazetteer.js';
import { type Mention, makeMention, retype } from './mentions.js';
import { firstIndex } from '../search.js';
import { mapArray } from '../arrays.js';

/** Last words that make a multi-word name an organisation. */
const ORG_HEADS = new Set([
  'center', 'institute', 'organisation', 'organization', 'council', 'committee', 'commission', 'association',
  'foundation', 'agency', 'ministry', 'party', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc',
  'company', 'fund', 'airlines', 'holdings', 'bureau', 'alliance',
]);

/** Groups of nations named by a letter and their number ("G7", "G-20"). */
const GROUP_OF_NATIONS = /^G-?\d{1,2}$/;

export function applyConsistency(mentions: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  const edgeWords = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    edgeWords.add(words[0].toLowerCase());
    edgeWords.add(words[words.length - 1].toLowerCase());
  }
  return mapArray(mentions, (m) => {
    const words = m.text.split(/\s+/);
    if (m.type !== 'person' && words.length === 1 && edgeWords.has(m.text.toLowerCase())) {
      return retype(m, 'person', 'person-part');
    }
    if (m.type === 'person' && words.length === 1 && !edgeWords.has(m.text.toLowerCase()) && isPlaceWord(m.text)) {
      return retype(m, 'place', 'place-word');
    }
    if ((m.type === 'place' || !isCoarse(m)) && words.length > 1 && ORG_HEADS.has(words[words.length - 1].toLowerCase())) {
      return retype(m, 'organization', 'org-head');
    }
    if (!isCoarse(m) && m.type !== 'group' && isUnknownAcronym(m.text, gazetteer)) {
      return retype(m, 'organization', 'acronym-org');
    }
    return m;
  });
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** A word the lexicon knows only as a place (never as a name part): "Pyongyang", not "Washington" or "Jordan". */
function isPlaceWord(text: string): boolean {
  const tags = lexiconTags(text.toLowerCase());
  return tags.some((t) => PLACE_TAGS.has(t)) && !tags.some((t) => PERSON_TAGS.has(t));
}

/** Person, place and organisation are the coarse classes; the rest came from MISC. */
function isCoarse(m: Mention): boolean {
  return m.type === 'person' || m.type === 'place' || m.type === 'organization';
}

function isUnknownAcronym(text: string, gazetteer: Gazetteer): boolean {
  if (GROUP_OF_NATIONS.test(text)) return true;
  const letters = text.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  const known = gazetteer.get(text.toLowerCase());
  return known === undefined || !known.split('|').includes('MISC');
}

/** Index of the token that covers character `at` (tokens are sorted), or -1. */
function tokenAt(toks: ParsedDoc['tokens'], at: number): number {
  const i = firstIndex(toks, (t) => t.end > at);
  return i < toks.length && toks[i].start <= at ? i : -1;
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const UPPER_START = /^\p{Lu}/u;

/**
 * Token-level rules for people:
 * - `person-extend`: a capitalised given name right before a person's name belongs to it ("José" + "Manuel
 *   Barroso" at a sentence start, where the tagger is least sure);
 * - `surname-repeat`: a capitalised word that is the surname of a person named in full in the article, standing
 *   alone and untagged ("May told reporters", sentence-initial), is a mention of that person.
 */
export function completePeople(doc: ParsedDoc, mentions: readonly Mention[]): Mention[] {
  const toks = doc.tokens;
  const covered = new Uint8Array(toks.length);
  const surnames = new Set<string>();
  const out = mapArray(mentions, (m) => {
    const first = tokenAt(toks, m.start);
    const last = first < 0 ? -1 : tokenAt(toks, m.end - 1);
    if (first < 0 || last < 0) return m;
    for (let k = first; k <= last; k++) covered[k] = 1;
    if (m.type !== 'person') return m;
    if (last > first) surnames.add(toks[last].norm);
    const prev = toks[first - 1];
    if (prev && prev.sentence === toks[first].sentence && !covered[first - 1] && UPPER_START.test(prev.text) && lexTags(prev).some((x) => FIRST_NAME_TAGS.has(x))) {
      covered[first - 1] = 1;
      if (last === first) surnames.add(toks[last].norm);
      return makeMention(prev.start, m.end, doc.text.slice(prev.start, m.end), m.type, m.title, 'person-extend');
    }
    return m;
  });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !surnames.has(t.norm) || !UPPER_START.test(t.text)) continue;
    // Alone: no capitalised word or hyphen joined to it on either side.
    const joined = (j: number) => j >= 0 && j < toks.length && toks[j].sentence === t.sentence && (UPPER_START.test(toks[j].text) || /^[-–]$/.test(toks[j].text));
    if (joined(i - 1) || joined(i + 1)) continue;
    out.push(makeMention(t.start, t.end, t.text, 'person', null, 'surname-repeat'));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Longest name, in tokens, that `headline-repeat` looks for. */
const REPEAT_MAX_TOKENS = 5;

/**
 * `headline-repeat`: in a title-case line ("Moscow And Beijing Eye Closer Ties"), where case tells the tagger
 * nothing and its training text had no such lines, the tagger's spans are replaced by the names the article
 * tags elsewhere, each with the type it got most often.
 */
export function addHeadlineRepeats(doc: ParsedDoc, all: readonly Mention[]): Mention[] {
  const toks = doc.tokens;
  const capitalised = capitalisedLines(doc);
  if (capitalised.size === 0) return [...all];
  // The tagger's own spans in such a line are untrustworthy (it may take the whole line for one name): they stay
  // only when the article names the same thing elsewhere.
  const inLine = (m: Mention) => capitalised.has(toks[Math.max(0, tokenAt(toks, m.start))].sentence);
  const elsewhere = new Set(all.filter((m) => !inLine(m)).map((m) => m.text.toLowerCase()));
  const mentions = all.filter((m) => !inLine(m) || m.source === 'lexicon' || elsewhere.has(m.text.toLowerCase()));
  const covered = new Uint8Array(toks.length);
  const votes = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const first = tokenAt(toks, m.start);
    const last = first < 0 ? -1 : tokenAt(toks, m.end - 1);
    if (first < 0 || last < 0) continue;
    for (let k = first; k <= last; k++) covered[k] = 1;
    if (last - first >= REPEAT_MAX_TOKENS) continue;
    const key = normsKey(toks, first, last + 1);
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(key, v);
  }
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !capitalised.has(toks[i].sentence) || !UPPER_START.test(toks[i].text)) continue;
    for (let n = REPEAT_MAX_TOKENS; n >= 1; n--) {
      if (i + n > toks.length || toks[i + n - 1].sentence !== toks[i].sentence) continue;
      if (covered.subarray(i, i + n).some((c) => c === 1)) continue;
      const key = normsKey(toks, i, i + n);
      const v = votes.get(key);
      if (!v) continue;
      const type = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0] as Mention['type'];
      const start = toks[i].start;
      const end = toks[i + n - 1].end;
      added.push(makeMention(start, end, doc.text.slice(start, end), type, null, 'headline-repeat'));
      i += n - 1;
      break;
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Title-case sentences of the first line: at least three quarters of the words (and at least three) start with a capital, and most
 * of those are not written all in capitals (the tagger learned ALL-CAPS headlines from its training text).
 */
function capitalisedLines(doc: ParsedDoc): Set<number> {
  const out = new Set<number>();
  doc.sentences.forEach((s, k) => {
    // Only a headline: the first line. Elsewhere such lines are lists of names (teams, players), which the
    // tagger reads well.
    if (s.paragraph !== 0) return;
    let words = 0;
    let caps = 0;
    let allCaps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i].text;
      if (!/^\p{L}/u.test(t)) continue;
      words++;
      if (UPPER_START.test(t)) caps++;
      if (t.length > 1 && t === t.toUpperCase()) allCaps++;
    }
    if (words >= 3 && caps * 4 >= words * 3 && allCaps * 2 < caps) out.add(k);
  });
  return out;
}
