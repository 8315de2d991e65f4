/**
 * Rules over the tagged mentions of one article, applied before merging (data with ids, each mention keeps the id
 * of the rule that changed it in `source`):
 * - `person-part`: a one-word name that is the first or last word of a person's full name in the same article is
 *   that person ("Wang" after "Wang Yi"), whatever class the tagger gave it in a less clear context;
 * - `org-head`: a name of several words ending in an organisation word ("... Center", "... Institute") is an
 *   organisation;
 * - `acronym-org`: an unknown acronym the tagger called MISC ("BRICS") is most likely an organisation; acronyms
 *   the training gazetteer knows as MISC ("GMT") and nationality words stay as they are.
 */
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';

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
  return mentions.map((m) => {
    const words = m.text.split(/\s+/);
    if (m.type !== 'person' && words.length === 1 && edgeWords.has(m.text.toLowerCase())) {
      return { ...m, type: 'person', source: 'person-part' };
    }
    if ((m.type === 'place' || !isCoarse(m)) && words.length > 1 && ORG_HEADS.has(words[words.length - 1].toLowerCase())) {
      return { ...m, type: 'organization', source: 'org-head' };
    }
    if (!isCoarse(m) && m.type !== 'group' && isUnknownAcronym(m.text, gazetteer)) {
      return { ...m, type: 'organization', source: 'acronym-org' };
    }
    return m;
  });
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
