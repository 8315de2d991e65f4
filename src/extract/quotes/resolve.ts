/**
 * Resolving a speaker mention (the span the attribution syntax gave) to an entity of the article:
 * - a mention that overlaps an entity mention -> that entity (a person or organisation at the phrase's head first);
 * - a surname or other name part -> the person (or organisation) whose name ends with / contains it;
 * - he/she -> the most recent preceding person, checked against the first name's gender where the lexicon knows it;
 *   it/they -> the most recent preceding organisation (or, for they, a group);
 * - "the ministry" -> the most recent organisation whose name holds the head noun, else an earlier speaker phrase
 *   that holds it ("Russia’s foreign ministry").
 * Anything else stays unresolved (entityId null, name = mention text): never a guess.
 */
import type { Entity, EntityType, Span } from '../../model/types.js';
import { lexiconTags } from '../../nlp/compromise.js';
import { SPEAKER_PRONOUNS } from './lexicon.js';
import { firstIndex } from '../search.js';

/** The entity a speaker mention resolves to: its canonical name and id, or the mention text and null. */
export interface ResolvedSpeaker {
  name: string;
  entityId: string | null;
}

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

const SPEAKING_TYPES: readonly EntityType[] = ['person', 'organization', 'group'];

/** Entity mentions in text order, for lookups by position. */
/** How many entity mentions back a pronoun or "the ministry" may find its referent. */
const MAX_LOOK_BACK = 400;

export class SpeakerResolver {
  private readonly mentions: MentionRef[];
  /** Earlier resolved speakers, for "the ministry" after "Russia’s foreign ministry" and pronoun preference. */
  private readonly speakers: Array<{ mention: Span; resolved: ResolvedSpeaker }> = [];

  /** Longest entity mention, so an overlap search can stop looking back. */
  private readonly longest: number;

  constructor(private readonly entities: readonly Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    this.mentions.sort((a, b) => a.start - b.start);
    this.longest = this.mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }

  /** Resolve and remember a speaker mention. `kind` is the phrase kind from the attribution. */
  resolve(mention: Span, kind: 'pronoun' | 'name' | 'noun'): ResolvedSpeaker {
    const resolved = this.find(mention, kind);
    this.speakers.push({ mention, resolved });
    return resolved;
  }

  private find(mention: Span, kind: 'pronoun' | 'name' | 'noun'): ResolvedSpeaker {
    const unresolved = { name: mention.text, entityId: null };
    if (kind === 'pronoun') return this.pronoun(mention) ?? unresolved;
    const overlapping = this.overlapping(mention);
    // The head is at the phrase's end ("Russia’s foreign ministry" is the ministry, not Russia).
    const atHead = overlapping.filter((m) => m.end >= mention.end - 1 && SPEAKING_TYPES.includes(m.entity.type));
    const pick = atHead[0] ?? (kind === 'name' ? overlapping.find((m) => SPEAKING_TYPES.includes(m.entity.type)) : undefined);
    if (pick) return ofEntity(pick.entity);
    if (kind === 'name') return this.byNamePart(mention) ?? unresolved;
    return this.byHeadNoun(mention) ?? unresolved;
  }

  private byNamePart(mention: Span): ResolvedSpeaker | null {
    const words = mention.text.split(/\s+/);
    const last = words[words.length - 1].replace(/['\u2019]s?$/, '').toLowerCase();
    const candidates = this.entities.filter((e) => SPEAKING_TYPES.includes(e.type));
    const byLast = candidates.find((e) => e.type === 'person' && e.name.toLowerCase().split(/\s+/).pop() === last);
    if (byLast) return ofEntity(byLast);
    const byAlias = candidates.find((e) => e.aliases.some((a) => a.toLowerCase() === mention.text.toLowerCase()));
    return byAlias ? ofEntity(byAlias) : null;
  }

  private byHeadNoun(mention: Span): ResolvedSpeaker | null {
    const head = mention.text.split(/\s+/).pop()?.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (!head || head.length < 3) return null;
    const holds = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u).includes(head);
    const org = this.findBefore(mention.start, (m) => m.entity.type === 'organization' && holds(m.entity.name));
    if (org) return ofEntity(org.entity);
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const s = this.speakers[k];
      if (s.mention.start < mention.start && s.mention.text !== mention.text && holds(s.mention.text)) return s.resolved;
    }
    return null;
  }

  private pronoun(mention: Span): ResolvedSpeaker | null {
    const kind = SPEAKER_PRONOUNS.get(mention.text.toLowerCase());
    if (!kind || kind === 'self') return null;
    const wanted: EntityType[] = kind === 'thing' ? ['organization'] : kind === 'plural' ? ['organization', 'group'] : ['person'];
    const fits = (e: Entity) => wanted.includes(e.type) && (kind !== 'male' && kind !== 'female' ? true : genderOf(e) !== opposite(kind));
    // A recent speaker is the likeliest referent ("“…,” said Fowler, who backed Clinton. “…,” he said.").
    let recentSpeaker: (typeof this.speakers)[number] | undefined;
    for (let k = this.speakers.length - 1; k >= 0 && !recentSpeaker; k--) {
      const s = this.speakers[k];
      if (s.resolved.entityId !== null && s.mention.start < mention.start) recentSpeaker = s;
    }
    const recentEntity = recentSpeaker ? this.entities.find((e) => e.id === recentSpeaker.resolved.entityId) : undefined;
    const nearest = this.findBefore(mention.start, (m) => fits(m.entity));
    if (recentEntity && fits(recentEntity) && recentSpeaker && (!nearest || mention.start - recentSpeaker.mention.start < 600)) {
      return ofEntity(recentEntity);
    }
    return nearest ? ofEntity(nearest.entity) : null;
  }

  /** Index of the first mention starting at or after `offset` (binary search: mentions are sorted by start). */
  private firstFrom(offset: number): number {
    return firstIndex(this.mentions, (m) => m.start >= offset);
  }

  /** Entity mentions overlapping `span`, in text order. */
  private overlapping(span: Span): MentionRef[] {
    const out: MentionRef[] = [];
    for (let k = this.firstFrom(span.end) - 1; k >= 0 && this.mentions[k].start > span.start - this.longest - 1; k--) {
      const m = this.mentions[k];
      if (m.start < span.end && m.end > span.start) out.push(m);
    }
    return out.reverse();
  }

  /**
   * The nearest mention ending before `offset` that satisfies `ok`. The look-back is bounded, so an article with
   * thousands of quotes stays linear; a referent that many mentions back is not what a reader would pick anyway.
   */
  private findBefore(offset: number, ok: (m: MentionRef) => boolean): MentionRef | undefined {
    const stop = Math.max(0, this.firstFrom(offset) - MAX_LOOK_BACK);
    for (let k = this.firstFrom(offset) - 1; k >= stop; k--) {
      const m = this.mentions[k];
      if (m.end <= offset && ok(m)) return m;
    }
    return undefined;
  }
}

function ofEntity(e: Entity): ResolvedSpeaker {
  return { name: e.name, entityId: e.id };
}

function opposite(kind: 'male' | 'female'): 'male' | 'female' {
  return kind === 'male' ? 'female' : 'male';
}

/** Gender of a person from the lexicon's first-name tags, or null when unknown or ambiguous. */
function genderOf(e: Entity): 'male' | 'female' | null {
  const first = e.name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const tags = lexiconTags(first);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'male' : 'female';
}
