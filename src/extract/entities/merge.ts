/**
 * One entity per referent: mentions are merged when they write the same name (ignoring case, so headline
 * capitals join), when one is a person's surname or given name and the other the full name, when one is the
 * acronym of the other ("SCO" / "Shanghai Cooperation Organisation", "U.N." / "United Nations"), when an alias
 * table says so ("U.S." / "United States"), or when a lower-case head noun ("ministry") ends the article's one
 * lower-case descriptor ("foreign ministry"). Merges stay within one type.
 */
import type { Entity, Span } from '../../model/types.js';
import { ALIAS_RULES } from './aliases.js';
import type { Mention } from './mentions.js';
import { mapArray } from '../arrays.js';

const ALIAS_OF = new Map<string, string>();
for (const r of ALIAS_RULES) for (const n of r.names) ALIAS_OF.set(n, r.id);

/** Words left out of an expansion's initials ("Bank *of* England" -> BE). */
const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'la', 'du', 'des', 'del', 'der', 'und', '&', 'et']);

/** The merge key of a name: lower case, one space, acronym periods dropped ("U.S." -> "us"). */
export function nameKey(text: string): string {
  const t = text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
  const acronym = /^(?:\p{Lu}\.){2,}\p{Lu}?\.?$/u.test(t) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t);
  return (acronym ? t.replace(/\./g, '') : t).toLowerCase();
}

/** The letters of an acronym ("U.N." -> "UN", "SCO" -> "SCO"), or null if the name is no acronym. */
export function acronymLetters(text: string): string | null {
  const t = text.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(t) ? t : null;
}

/** Initials of a multi-word name ("Shanghai Cooperation Organisation" -> "SCO"), with and without the small words. */
export function initialsOf(text: string): string[] {
  const words = text.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return [];
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const content = words
    .filter((w) => !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
  return [...new Set([content, all])];
}

interface Cluster {
  key: string;
  type: string;
  mentions: Mention[];
  parent: Cluster | null;
}

function root(c: Cluster): Cluster {
  while (c.parent) c = c.parent;
  return c;
}

function union(a: Cluster, b: Cluster): void {
  const ra = root(a);
  const rb = root(b);
  if (ra !== rb) rb.parent = ra;
}

/** Merge mentions (sorted by start, not overlapping) into entities, numbered in order of first mention. */
export function mergeMentions(mentions: readonly Mention[]): Entity[] {
  const clusters = new Map<string, Cluster>();
  for (const m of mentions) {
    const key = nameKey(m.text);
    const id = `${m.type}|${key}`;
    let c = clusters.get(id);
    if (!c) clusters.set(id, (c = { key, type: m.type, mentions: [], parent: null }));
    c.mentions.push(m);
  }
  const list = [...clusters.values()];
  const byType = (t: string) => list.filter((c) => c.type === t);
  // Alias table.
  for (const c of list) {
    const id = ALIAS_OF.get(c.key);
    if (!id) continue;
    const other = list.find((d) => d !== c && d.type === c.type && ALIAS_OF.get(d.key) === id);
    if (other) union(other, c);
  }
  // Acronym <-> expansion.
  for (const c of list) {
    const letters = acronymLetters(c.mentions[0].text);
    if (!letters) continue;
    const exp = list.find((d) => d !== c && d.type === c.type && initialsOf(bestText(d.mentions)).includes(letters));
    if (exp) union(exp, c);
  }
  // A person's single name (surname "Lavrov", or "Wang" of "Wang Yi") joins the full name.
  const people = byType('person');
  const byEdgeWord = new Map<string, Cluster[]>();
  for (const d of people) {
    if (!d.key.includes(' ')) continue;
    const words = d.key.split(' ');
    for (const w of new Set([words[0], words[words.length - 1]])) byEdgeWord.set(w, [...(byEdgeWord.get(w) ?? []), d]);
  }
  for (const c of people) {
    if (c.key.includes(' ')) continue;
    const first = c.mentions[0].start;
    const fulls = byEdgeWord.get(c.key) ?? [];
    if (fulls.length === 0) continue;
    const before = fulls.filter((d) => d.mentions[0].start < first);
    const pick = [...(before.length ? before : fulls)].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)[0];
    union(pick, c);
  }
  // A lower-case head noun ("the ministry") joins the one lower-case descriptor it ends ("foreign ministry").
  const orgs = byType('organization');
  for (const c of orgs) {
    if (c.key.includes(' ') || c.mentions[0].text !== c.key) continue;
    const heads = orgs.filter((d) => d !== c && d.mentions[0].text === d.key && d.key.endsWith(` ${c.key}`));
    if (heads.length === 1) union(heads[0], c);
  }
  const groups = new Map<Cluster, Mention[]>();
  for (const c of list) {
    const r = root(c);
    const g = groups.get(r) ?? [];
    g.push(...c.mentions);
    groups.set(r, g);
  }
  const entities: Entity[] = [];
  for (const [r, ms] of groups) {
    ms.sort((a, b) => a.start - b.start);
    const name = bestText(ms);
    const aliases = [...new Set(ms.map((m) => m.text))].filter((t) => t !== name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const spans: Span[] = mapArray(ms, (m) => ({ start: m.start, end: m.end, text: m.text }));
    entities.push({
      id: '',
      type: r.mentions[0].type,
      name,
      aliases,
      title: ms.find((m) => m.title !== null)?.title ?? null,
      count: ms.length,
      firstMention: ms[0].start,
      mentions: spans,
    });
  }
  entities.sort((a, b) => a.firstMention - b.firstMention);
  entities.forEach((e, k) => {
    e.id = `e${k + 1}`;
  });
  return entities;
}

/** The canonical form: the fullest name, preferring a mention not written in capitals. */
function bestText(ms: readonly Mention[]): string {
  const mixed = ms.filter((m) => m.text !== m.text.toUpperCase());
  const pool = mixed.length ? mixed : ms;
  let best = pool[0];
  for (const m of pool) {
    const w = m.text.split(/\s+/).length;
    const bw = best.text.split(/\s+/).length;
    if (w > bw || (w === bw && m.text.length > best.text.length)) best = m;
  }
  return best.text;
}
