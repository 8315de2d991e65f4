/**
 * The one adapter that imports compromise. It turns compromise's sentence splitting and tokenisation into the plain
 * `ParsedDoc` the extractors read, and exposes compromise's lexicon as a word -> tags lookup (from the file the build
 * writes, see `readLexiconCache`).
 *
 * Why compromise's tokenizer and not `nlp(text)`: the full tagger costs about 6x the tokenizer (45k words: 2.3 s vs
 * 0.4 s on this machine), and newsx's extractors use their own learned and rule layers plus the lexicon, not
 * compromise's in-context tags. Parsing paragraph by paragraph keeps the cost linear in the article length.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise/one';
import type { ParsedDoc, Sentence } from './doc.js';
import type { Span } from '../model/types.js';

interface CTerm {
  text: string;
  pre: string;
  post: string;
}

/** compromise's own tokenizer steps (`nlp.world().methods.one.tokenize`), the ones its `fromString` chains. */
interface Tokenizer {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(sentence: string, model: unknown): string[];
  splitWhitespace(term: string, model: unknown): CTerm;
}
const world = nlp.world() as { model: unknown; methods: { one: { tokenize: Tokenizer } } };
const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
// These are compromise's plugin methods, not its documented top-level API: fail at load, not with wrong tokens.
if (typeof splitSentences !== 'function' || typeof splitTerms !== 'function' || typeof splitWhitespace !== 'function') {
  throw new Error(`compromise ${nlp.version}: its tokenizer methods moved; newsx needs compromise 14.x`);
}

/**
 * compromise's sentence splitter and term splitter, called directly rather than through `nlp.tokenize`. newsx reads
 * only each term's text with the punctuation and spaces around it, so the View and the passes `nlp.tokenize` runs on
 * every term (normal, alias, machine, contractions, offset) are skipped: they were about a fifth of all allocation.
 * Skipping contractions also keeps punctuation: compromise splits "won't" or "10km" into a term with the text and
 * an empty one carrying the trailing `post` (the "." and closing quote of `won't.”`), which the term loop below,
 * skipping empty terms, used to drop.
 */
function tokenize(text: string): CTerm[][] {
  return splitSentences(text, world).map((s) => splitTerms(s, world.model).map((t) => splitWhitespace(t, world.model)));
}

/** Paragraphs longer than this are parsed in pieces cut at white space, so no input makes compromise's cost explode. */
const MAX_CHUNK = 20_000;

type Lexicon = Record<string, string | string[]>;

/**
 * compromise's English lexicon (word or phrase -> tags). The tokenizer above is compromise's small build
 * (`compromise/one`), which has no lexicon; building the full library's costs about half a second at every start
 * and in every worker thread, so `npm run build` writes it once (scripts/lexicon-cache.mjs) and it is read here.
 * A missing or unreadable file, or one written by another compromise version, gives null: the lexicon is then built
 * from the full library.
 */
export function readLexiconCache(file: URL, version: string): Lexicon | null {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { compromise?: unknown; lexicon?: unknown };
    const ok = cache.compromise === version && typeof cache.lexicon === 'object' && cache.lexicon !== null;
    return ok ? (cache.lexicon as Lexicon) : null;
  } catch {
    return null;
  }
}

/** Where the build writes the lexicon (the same relative place from src/nlp and dist/nlp). */
export const LEXICON_CACHE = new URL('../../dist/compromise-lexicon.json', import.meta.url);
const cached = readLexiconCache(LEXICON_CACHE, nlp.version);
/** Where the lexicon came from: the build's cache file, or the full compromise library. */
export const LEXICON_SOURCE: 'cache' | 'compromise' = cached ? 'cache' : 'compromise';
const lexicon: Lexicon =
  cached ?? ((await import('compromise')).default.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
const EMPTY: readonly string[] = Object.freeze([]);
const lexCache = new Map<string, readonly string[]>();

/**
 * Tags compromise's lexicon gives a lower-cased word or phrase out of context, e.g. `['MaleName']`; empty if none.
 * Only words the lexicon has are cached (so the cache is bounded by the lexicon): a miss costs one lookup anyway,
 * and caching misses grew memory with every new word and capitalised run a long batch met.
 */
export function lexiconTags(norm: string): readonly string[] {
  const hit = lexCache.get(norm);
  if (hit !== undefined) return hit;
  const raw = Object.hasOwn(lexicon, norm) ? lexicon[norm] : undefined;
  if (raw === undefined) return EMPTY;
  const tags = Object.freeze(Array.isArray(raw) ? [...raw] : [raw]);
  lexCache.set(norm, tags);
  return tags;
}

/** Lower-case and fold typographic apostrophes, so lookups see one spelling. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Parse an article once: paragraphs, sentences and tokens with offsets into `text`. */
export function parse(text: string): ParsedDoc {
  const doc: ParsedDoc = { text, paragraphs: findParagraphs(text), sentences: [], tokens: [] };
  doc.paragraphs.forEach((para, p) => {
    for (const chunk of chunks(para)) parseChunk(doc, chunk, p);
  });
  return doc;
}

function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length === 0) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, text: body });
  }
  return out;
}

function chunks(para: Span): Span[] {
  if (para.text.length <= MAX_CHUNK) return [para];
  const out: Span[] = [];
  let from = 0;
  while (from < para.text.length) {
    let to = Math.min(para.text.length, from + MAX_CHUNK);
    if (to < para.text.length) {
      const cut = para.text.lastIndexOf(' ', to);
      if (cut > from + MAX_CHUNK / 2) to = cut;
      // A hard cut (a long run without spaces) never falls between the halves of a surrogate pair (emoji).
      else if (/[\uDC00-\uDFFF]/.test(para.text[to]) && /[\uD800-\uDBFF]/.test(para.text[to - 1])) to--;
    }
    const piece = para.text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) out.push({ start: para.start + from + lead, end: para.start + from + lead + body.length, text: body });
    from = to;
  }
  return out;
}

function parseChunk(doc: ParsedDoc, chunk: Span, paragraph: number): void {
  let cursor = 0;
  // Where each term's text starts if the terms' pre + text + post add up to the chunk (compromise's offset pass).
  let elapsed = 0;
  for (const terms of tokenize(chunk.text)) {
    const tokenStart = doc.tokens.length;
    const sentenceIndex = doc.sentences.length;
    for (const term of terms) {
      cursor = pushTerm(doc, chunk, term, elapsed + term.pre.length, cursor, sentenceIndex);
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
    const tokenEnd = doc.tokens.length;
    if (tokenEnd === tokenStart) continue;
    const start = doc.tokens[tokenStart].start;
    const end = doc.tokens[tokenEnd - 1].end;
    const sentence: Sentence = { start, end, text: doc.text.slice(start, end), tokenStart, tokenEnd, paragraph };
    doc.sentences.push(sentence);
  }
}

/** Emit the tokens of one compromise term (its leading punctuation, the word, trailing punctuation); return the new cursor. */
function pushTerm(doc: ParsedDoc, chunk: Span, term: CTerm, offset: number, cursor: number, sentence: number): number {
  const local = chunk.text;
  // The summed offsets are right in almost every case; align by search as a guarantee.
  let at = offset;
  if (term.text && !local.startsWith(term.text, at)) at = local.indexOf(term.text, cursor);
  if (!term.text || at < 0) return cursor;
  const preAt = Math.max(cursor, at - term.pre.length);
  pushPunct(doc, chunk.start, local.slice(preAt, at), preAt, sentence);
  pushWord(doc, chunk.start + at, term.text, sentence);
  const end = at + term.text.length;
  const postText = local.slice(end, end + term.post.length);
  pushPunct(doc, chunk.start, postText, end, sentence);
  return end + postText.length;
}

function pushPunct(doc: ParsedDoc, base: number, s: string, at: number, sentence: number): void {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (isSpace(ch)) continue;
    // Keep a surrogate pair (emoji) together; repeated dots are one token.
    let j = i + 1;
    if (ch >= 0xd800 && ch <= 0xdbff && j < s.length) j++;
    else if (s[i] === '.') while (j < s.length && s[j] === '.') j++;
    pushToken(doc, base + at + i, base + at + j, sentence);
    i = j - 1;
  }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 0xa0 || (ch >= 0x2000 && ch <= 0x200b) || ch === 0x3000;
}

const POSSESSIVE = /^(.+?)(['\u2019]s|s['\u2019]|n['\u2019]t)$/i;
const ENDING_LAST = new Set(['s', 'S', 't', 'T', "'", '\u2019']);

/**
 * Emit the word pieces of one compromise term: possessive/clitic endings and dashes become tokens of their own.
 * Tokens are pushed as found, without lists of pieces, since this runs for every word of every article.
 */
function pushWord(doc: ParsedDoc, base: number, word: string, sentence: number): void {
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (ch === 0x2013 || ch === 0x2014) {
      if (i > from) pushPiece(doc, base, word, from, i, sentence);
      pushToken(doc, base + i, base + i + 1, sentence);
      from = i + 1;
    }
  }
  if (from < word.length) pushPiece(doc, base, word, from, word.length, sentence);
}

/** A piece without dashes: split off "'s", "s'" or "n't" at its end ("Jones'" keeps its s; only the ' goes). */
function pushPiece(doc: ParsedDoc, base: number, word: string, from: number, to: number, sentence: number): void {
  // Only a piece ending in s, t or an apostrophe can carry an ending: skip the pattern for the rest.
  const m = ENDING_LAST.has(word[to - 1]) ? POSSESSIVE.exec(word.slice(from, to)) : null;
  const cut = m ? (/^s/i.test(m[2]) ? to - 1 : to - m[2].length) : to;
  if (cut <= from || cut === to) {
    pushToken(doc, base + from, base + to, sentence);
    return;
  }
  pushToken(doc, base + from, base + cut, sentence);
  pushToken(doc, base + cut, base + to, sentence);
}

function pushToken(doc: ParsedDoc, start: number, end: number, sentence: number): void {
  if (end <= start) return;
  const text = doc.text.slice(start, end);
  const norm = normalizeWord(text);
  doc.tokens.push({ start, end, text, norm, sentence, lex: lexiconTags(norm) });
}
