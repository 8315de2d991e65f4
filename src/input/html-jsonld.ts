/**
 * The article object of a page's JSON-LD (schema.org), read defensively: pages put it at the top level, in an
 * array or in `@graph`, with authors as strings, objects or arrays, and sometimes with broken JSON.
 */

/** Fields of the page's article object; undefined where absent. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  /** Author names joined with " and " (two) or ", " and " and " (more). */
  author?: string;
  publisher?: string;
  inLanguage?: string;
}

/** schema.org types that describe a news article or post, most specific first. */
const ARTICLE_TYPES = [
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'LiveBlogPosting', 'BlogPosting', 'Article', 'Report', 'SocialMediaPosting',
];
/** Bounds on the walk, so a huge or deeply nested JSON-LD body costs little. */
const MAX_NODES = 2_000;
const MAX_DEPTH = 6;

/** Read the first article-typed object found in the JSON-LD bodies (in document order). */
export function readJsonLd(bodies: readonly string[]): JsonLdArticle {
  const candidates: Record<string, unknown>[] = [];
  for (const body of bodies) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comment markers.
      data = JSON.parse(body.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, ''));
    } catch {
      continue; // broken JSON-LD is common; the other sources still count
    }
    collectObjects(data, candidates);
  }
  const rank = (o: Record<string, unknown>): number => {
    const types = ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    const ranks = types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((r) => r >= 0);
    return ranks.length ? Math.min(...ranks) : Number.POSITIVE_INFINITY;
  };
  let best: Record<string, unknown> | null = null;
  for (const o of candidates) if (rank(o) < (best ? rank(best) : Number.POSITIVE_INFINITY)) best = o;
  if (!best) return {};
  return {
    headline: str(best.headline) ?? str(best.name),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    author: joinNames(names(best.author)),
    publisher: names(best.publisher)[0],
    inLanguage: str(best.inLanguage),
  };
}

/** Breadth-first walk of the parsed JSON, collecting objects that have an `@type`. */
function collectObjects(root: unknown, into: Record<string, unknown>[]): void {
  let level: unknown[] = [root];
  let seen = 0;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const v of level) {
      if (++seen > MAX_NODES) return;
      if (Array.isArray(v)) next.push(...v.slice(0, MAX_NODES));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('@type' in o) into.push(o);
        if (Array.isArray(o['@graph'])) next.push(...(o['@graph'] as unknown[]).slice(0, MAX_NODES));
        if (o.mainEntity && typeof o.mainEntity === 'object') next.push(o.mainEntity);
      }
    }
    level = next;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Names from a string, a `{name}` object, or an array of either. */
function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v.slice(0, 20) : [v];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>).name : undefined;
    const s = str(name);
    if (s && !/^https?:/i.test(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

function joinNames(list: string[]): string | undefined {
  if (list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
