/**
 * first-mention-surname: a person first mentioned by surname alone ("Gabuev said …") when the full name ("Alexander
 * Gabuev") only comes later. News style introduces a person by full name first.
 */
import type { CheckRule, RuleHit } from '../types.js';
import { lineColOf } from '../location.js';
import { nameTokens, stripPossessive } from './text.js';

export const firstMentionSurname: CheckRule = {
  id: 'first-mention-surname',
  defaultSeverity: 'warning',
  description: 'A person first mentioned by surname when the full name comes later',
  check({ text, analysis }) {
    const hits: RuleHit[] = [];
    const bodyStart = headlineEnd(text, analysis.article.headline);
    for (const person of analysis.entities) {
      if (person.type !== 'person') continue;
      const full = nameTokens(person.name);
      if (full.length < 2) continue;
      // Headlines name people by surname by convention; the rule is about the story's first mention.
      const mentions = person.mentions.filter((m) => m.start >= bodyStart).sort((a, b) => a.start - b.start);
      if (mentions.length < 2) continue;
      const first = nameTokens(stripPossessive(mentions[0].text));
      // The first mention is the surname (or a compound surname): a proper tail of the canonical name.
      if (!first.length || first.length >= full.length || !endsWith(full, first)) continue;
      // A surname is capitalised; a lower-case "first mention" is an extractor's stray word, not a style lapse.
      if (!/^\p{Lu}/u.test(first[0])) continue;
      const fullLater = mentions.slice(1).find((m) => endsWith(nameTokens(stripPossessive(m.text)), full));
      if (!fullLater) continue;
      hits.push({
        start: mentions[0].start,
        end: mentions[0].end,
        message: `"${mentions[0].text}" is first mentioned by surname; the full name "${person.name}" comes later, at ${lineColOf(text, fullLater.start)}`,
      });
    }
    return hits;
  },
};

/** A first line this short is taken for a headline even when the header extractor did not (one ending in a period). */
const HEADLINE_MAX_WORDS = 15;

/**
 * Offset where the story starts after its headline: after the headline the analysis found, else after a short first
 * line set apart by a blank line; 0 when there is neither.
 */
function headlineEnd(text: string, headline: string | null): number {
  const at = headline ? text.indexOf(headline) : -1;
  if (headline && at >= 0) return at + headline.length;
  // Set apart by a blank line, as plain-text headlines are.
  const first = /^\s*([^\r\n]+)(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*\S/u.exec(text);
  if (first && (first[1].match(/\S+/g) ?? []).length <= HEADLINE_MAX_WORDS) return first.index + first[0].indexOf(first[1]) + first[1].length;
  return 0;
}

/** True when `words` ends with `tail`, compared case-insensitively. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((t, i) => t.toLowerCase() === words[offset + i].toLowerCase());
}
