/**
 * Page metadata: headline, byline, publication date, site name and language, read from the places publishers put
 * them, each field from an ordered list of sources (first one that gives a value wins).
 */
import { toCalendarDate } from './html-date.js';
import { readJsonLd, type JsonLdArticle } from './html-jsonld.js';

/** What the metadata says about the article; null where it says nothing. */
export interface PageMetadata {
  headline: string | null;
  byline: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  siteName: string | null;
  lang: string | null;
}

/** The parts of a DOM document this reader uses (linkedom's document satisfies it). */
export type MetaDocument = Pick<Document, 'querySelectorAll' | 'querySelector' | 'documentElement'>;

/** `<meta>` keys for the publication date, in order of trust. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publish-date', 'publishdate', 'pubdate',
  'date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
];
const HEADLINE_META = ['og:title', 'twitter:title', 'dc.title', 'headline', 'title'];
const BYLINE_META = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'];
const SITE_META = ['og:site_name', 'application-name', 'publisher'];

/** Read the metadata of a parsed page; `jsonLd` holds the bodies of its JSON-LD scripts. */
export function readMetadata(doc: MetaDocument, jsonLd: readonly string[]): PageMetadata {
  const meta = metaMap(doc);
  const ld: JsonLdArticle = readJsonLd(jsonLd);
  const pick = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };
  const siteName = clean(pick(['og:site_name'])) ?? clean(ld.publisher) ?? clean(pick(SITE_META.slice(1)));
  const headline = clean(ld.headline) ?? clean(pick(HEADLINE_META));
  const metaAuthor = BYLINE_META.map((k) => meta.get(k)).find((v) => v && !/^https?:/i.test(v));
  const date =
    toCalendarDate(meta.get('article:published_time')) ??
    toCalendarDate(ld.datePublished) ??
    firstDate(DATE_META.map((k) => meta.get(k))) ??
    timeElementDate(doc);
  return {
    headline: headline ? stripSiteSuffix(headline, siteName) : null,
    byline: cleanByline(ld.author ?? metaAuthor ?? null),
    date,
    siteName,
    lang: normalizeLang(doc.documentElement?.getAttribute('lang')) ?? normalizeLang(meta.get('content-language')) ?? normalizeLang(ld.inLanguage) ?? normalizeLang(meta.get('og:locale')),
  };
}

/** `<meta>` values by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first of each key wins. */
function metaMap(doc: MetaDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

function firstDate(values: readonly (string | undefined)[]): string | null {
  for (const v of values) {
    const d = toCalendarDate(v);
    if (d) return d;
  }
  return null;
}

/**
 * A `<time datetime>` that marks the publication: one flagged as such (`itemprop=datePublished`, `pubdate`), else
 * the first inside `<article>` or `<header>`, else the first on the page.
 */
function timeElementDate(doc: MetaDocument): string | null {
  const selectors = ['time[itemprop="datePublished"]', '[itemprop="datePublished"][datetime]', '[itemprop="datePublished"][content]', 'time[pubdate]', 'article time[datetime]', 'header time[datetime]', 'time[datetime]'];
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const d = toCalendarDate(el?.getAttribute('datetime') ?? el?.getAttribute('content'));
    if (d) return d;
  }
  return null;
}

/** Collapse whitespace; empty -> null. */
export function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** "By Jane Doe and John Roe" -> "Jane Doe and John Roe"; a byline longer than a line is not one. */
export function cleanByline(s: string | null): string | null {
  const t = clean(s)?.replace(/^(?:by|written by|words by)[:\s]+/i, '').trim();
  return t && t.length <= 120 ? t : null;
}

/** "Talks stall | The Daily Ledger" -> "Talks stall" when the suffix is the site's name. */
function stripSiteSuffix(headline: string, siteName: string | null): string {
  if (!siteName) return headline;
  const m = /^(.+?)\s+[|\-–—:·»]\s+(.+)$/.exec(headline);
  return m && m[2].toLowerCase() === siteName.toLowerCase() ? m[1] : headline;
}

/** A BCP 47-looking tag ("en", "en-GB"; "en_GB" becomes "en-GB"), else null. */
function normalizeLang(s: string | null | undefined): string | null {
  const t = s?.trim().replace(/_/g, '-');
  return t && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(t) ? t : null;
}
