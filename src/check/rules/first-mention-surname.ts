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

/** Offset where the story starts after its headline (0 when the headline is unknown or not found in the text). */
function headlineEnd(text: string, headline: string | null): number {
  const at = headline ? text.indexOf(headline) : -1;
  return at < 0 || !headline ? 0 : at + headline.length;
}

/** True when `words` ends with `tail`, compared case-insensitively. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((t, i) => t.toLowerCase() === words[offset + i].toLowerCase());
}
