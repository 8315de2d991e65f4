/**
 * Which sentences may be key sentences. A key sentence must read as a sentence on its own: never the headline, a
 * dateline or byline line, a photo caption or a fragment. Each rule is data with an id, so a rejection can be traced.
 * Also trims what is not part of the sentence itself: a leading source tag ("(CNN)") or dateline.
 */
import type { ArticleHeader } from '../../model/types.js';
import type { ParsedDoc, Sentence } from '../../nlp/doc.js';
import { words } from './words.js';

/** A sentence that may be picked, with the span trimmed to the sentence proper. */
export interface Candidate {
  /** Index in `ParsedDoc.sentences`. */
  sentence: number;
  paragraph: number;
  start: number;
  end: number;
}

/** Why a sentence was not a candidate. */
export type RejectId =
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'too-short'
  | 'too-long'
  | 'all-caps'
  | 'no-end-punct'
  | 'lowercase-start'
  | 'no-verb'
  | 'mid-quote'
  | 'title-case';

interface PatternRule {
  id: RejectId;
  /** Why the rule exists, for whoever traces a rejection. */
  why: string;
  re: RegExp;
}

/** Lines that present a photo or video rather than tell the story. */
const CAPTION_RULES: readonly PatternRule[] = [
  { id: 'caption', why: 'video/photo pointers', re: /\b(?:scroll down for (?:video|more)|click here|watch the video|see the video|photo(?:graph)?s?:|credit:|getty images|file photo)\b/i },
  { id: 'caption', why: 'position marks name a person in a picture', re: /\((?:far |top |bottom |second |pictured |from )?(?:left|right|centre|center|above|below|top|bottom|inset|pictured|main picture|main image)(?:[^()]{0,30})?\)/i },
  {
    id: 'caption',
    why: 'a caption glued to the next sentence: "… the monuments The concrete arrows were …" (a sentence start after a lower-case word, no punctuation between)',
    re: /\p{Ll}{3,} (?:The|He|She|It|They|We|His|Her|Its|Their|This|These|Those|There|However) \p{Ll}/u,
  },
  { id: 'caption', why: '"X, pictured ..., did" describes a picture', re: /(?:^|[,(]\s*)pictured\b|\bis pictured\b|\bare pictured\b|\bpictured (?:left|right|above|below|here|with|in|at|on|during|leaving|arriving)\b/i },
];

/** A line that credits the writer or the agency, not a sentence of the story. */
const BYLINE_LINE = /^(?:by|written by|reporting by|editing by|posted by|updated|published)\b[\s.:]/i;

/** A source tag before the first word of a wire or network story: "(CNN)", "(The Hollywood Reporter)". */
const SOURCE_TAG = /^\((?:CNN|Reuters|AP|AFP|EW\.com|The Hollywood Reporter|[\p{Lu}][\p{L}.&' ]{1,30})\)\s*(?:[-–—]+\s*)?/u;

/** compromise lexicon tags that mark a verb; the tags are out of context, so a noun/verb word counts as a verb. */
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Participle', 'PerfectTense', 'PhrasalVerb']);

/** Fewer words than this is a fragment ("No wonder."); more is a run-on join of several lines. */
export const MIN_WORDS = 6;
export const MAX_WORDS = 80;

/**
 * A sentence as a reader sees it: compromise's sentences, except that a line broken inside a sentence (no closing
 * punctuation, the next line going on in lower case: hard-wrapped text, broken article lines) is joined with its
 * continuation. The span then holds the line break.
 */
export interface Unit {
  /** Index of the first sentence in `ParsedDoc.sentences`. */
  sentence: number;
  paragraph: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/;

export function sentenceUnits(doc: ParsedDoc): Unit[] {
  const out: Unit[] = [];
  const ss = doc.sentences;
  for (let i = 0; i < ss.length; i++) {
    const unit: Unit = { sentence: i, paragraph: ss[i].paragraph, start: ss[i].start, end: ss[i].end, tokenStart: ss[i].tokenStart, tokenEnd: ss[i].tokenEnd };
    while (i + 1 < ss.length && continues(doc, ss[i], ss[i + 1])) {
      i++;
      unit.end = ss[i].end;
      unit.tokenEnd = ss[i].tokenEnd;
    }
    out.push(unit);
  }
  return out;
}

/** True when `next` opens the next line but carries on the sentence `cur` left unfinished at the end of its line. */
function continues(doc: ParsedDoc, cur: Sentence, next: Sentence): boolean {
  if (next.paragraph !== cur.paragraph + 1) return false;
  if (ENDS_SENTENCE.test(cur.text) || /;$/.test(cur.text)) return false;
  const para = doc.paragraphs[cur.paragraph];
  if (!para || para.end !== cur.end) return false;
  // A line ending on a colon announces what the next line says: a title's subtitle ('"Going Clear:⏎Scientology and
  // …," but …'), a quote, or the picture a caption label names ("Sale:⏎Actor … is selling …", then rejected whole).
  if (/:$/.test(cur.text)) return true;
  return /^\p{Ll}/u.test(next.text);
}

/** The unit as a candidate, or the id of the rule that rejects it. */
export function checkUnit(doc: ParsedDoc, u: Unit, header: ArticleHeader, firstBody = false): Candidate | RejectId {
  const s = doc.sentences[u.sentence];
  const para = doc.paragraphs[s.paragraph];
  // A "headline" that a lower-case line continues was the first line of a broken sentence.
  if (header.headline && para && s.paragraph === 0 && para.text === header.headline.trim() && u.end === s.end && !SOURCE_TAG.test(para.text)) return 'headline';
  // Lines above the dateline are the headline and deck ("Stein removed from debate site.⏎HEMPSTEAD, N.Y. (UPI) -- …").
  if (header.dateline && s.paragraph < datelineParagraph(doc, header.dateline)) return 'headline';
  if (header.byline && para?.text.includes(header.byline) && para.text.length <= header.byline.length + 12) return 'byline';
  if (BYLINE_LINE.test(s.text) && !/[.!?]["'”’]?$/.test(s.text.replace(/^by\b/i, ''))) return 'byline';
  const end = trimEnd(doc.text, u.start, u.end);
  let start = skipPrefix(doc, u, u.start, header.dateline);
  if (start >= end) return 'dateline';
  start = skipKicker(doc.text, start, end, firstBody);
  if (start < 0) return 'caption';
  const text = doc.text.slice(start, end);
  for (const rule of CAPTION_RULES) if (rule.re.test(text)) return rule.id;
  const n = words(text).length;
  if (n < MIN_WORDS) return 'too-short';
  if (n > MAX_WORDS) return 'too-long';
  if (!/\p{Ll}/u.test(text) || capsShare(text) > 0.6) return 'all-caps';
  if (isTitleCase(doc, u, start)) return 'title-case';
  if (!ENDS_SENTENCE.test(text)) return 'no-end-punct';
  const firstLetter = /[\p{L}\p{N}]/u.exec(text);
  // Starting in lower case or on a comma, the sentence is the tail of one cut in two.
  if ((firstLetter && /\p{Ll}/u.test(firstLetter[0])) || /^[,;:.)\]–—-]/.test(text)) return 'lowercase-start';
  if (!hasVerb(doc, u)) return 'no-verb';
  if (startsMidQuote(text)) return 'mid-quote';
  return { sentence: u.sentence, paragraph: u.paragraph, start, end };
}

const datelineAt = new WeakMap<ParsedDoc, Map<string, number>>();

/** Index of the first paragraph that opens with the dateline (-1 if none), computed once per document. */
function datelineParagraph(doc: ParsedDoc, dateline: string): number {
  let byDoc = datelineAt.get(doc);
  if (!byDoc) datelineAt.set(doc, (byDoc = new Map()));
  let at = byDoc.get(dateline);
  if (at === undefined) {
    at = doc.paragraphs.findIndex((p) => p.text.startsWith(dateline));
    byDoc.set(dateline, at);
  }
  return at;
}

/** Move past a dateline or source tag that opens the sentence. */
function skipPrefix(doc: ParsedDoc, s: Unit, start: number, dateline: string | null): number {
  let text = doc.text.slice(start, s.end);
  if (dateline && text.startsWith(dateline)) {
    const rest = text.slice(dateline.length);
    const cut = dateline.length + (rest.length - rest.replace(/^[\s,:]*(?:[-–—]+\s*)?/, '').length);
    start += cut;
    text = text.slice(cut);
  }
  const tag = SOURCE_TAG.exec(text);
  // Only a tag glued to the next word or followed by a dash is a source tag; "(Laughs) I ..." is not.
  if (tag && /^\((?:CNN|Reuters|AP|AFP)\)|\)\S|\)\s*[-–—]/u.test(tag[0] + text.slice(tag[0].length, tag[0].length + 1))) start += tag[0].length;
  return start;
}

/** A kicker label before the sentence: "EXCLUSIVE:", "Big group:", "Wanted:". */
const KICKER = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,2}):\s+(?=["'‘“]?\p{Lu})/u;

/** "But he said: ‘When …" introduces a quote; it is no label. */
const SAID_LABEL = /\b(?:said|says|added|adds|told|explained|wrote|writes|asked|replied|insisted|declared|warned|stated|he|she|they|it|i|we|you)$/i;

/**
 * Where the sentence starts after a kicker label, or -1 when the label marks a photo caption. An all-caps label
 * ("EXCLUSIVE:") and the label of the lede are kickers; a mixed-case label further down captions a picture
 * ("Short and sweet: Julia ...").
 */
function skipKicker(text: string, start: number, end: number, firstBody: boolean): number {
  const m = KICKER.exec(text.slice(start, end));
  if (!m || SAID_LABEL.test(m[1])) return start;
  if (firstBody || m[1] === m[1].toUpperCase()) return start + m[0].length;
  return -1;
}

/** Drop a dangling opening quote mark after the final punctuation ("It's great. ‘"), and white space. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  const tail = /\s+['‘“"]$/.exec(text.slice(start, e));
  if (tail) e -= tail[0].length;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * True when the sentence opens on a stray quotation mark, the close of a quote begun in an earlier sentence
 * ('" Those five words …'). A quote's tail that reads on its own ('We know how to look," she said.') is kept.
 */
function startsMidQuote(text: string): boolean {
  return /^["“”‘’']\s/.test(text);
}

/**
 * A headline or subhead in Title Case ("Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics."), even
 * when it ends with a full stop: the words of five letters or more after the first are capitalised, and no verb is
 * in lower case. Prose dense with names ("Her team will be led by Guy Thorpe-Beeston, Surgeon …") keeps its verbs
 * in lower case.
 */
function isTitleCase(doc: ParsedDoc, u: Unit, start: number): boolean {
  let long = 0;
  let capital = 0;
  let first = true;
  for (let i = u.tokenStart; i < u.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.start < start || !/^\p{L}/u.test(t.text)) continue;
    if (first) {
      first = false;
      continue;
    }
    const upper = /^\p{Lu}/u.test(t.text);
    if (!upper && t.lex.some((tag) => VERB_TAGS.has(tag))) return false;
    if (t.text.length >= 5) {
      long++;
      if (upper) capital++;
    }
  }
  return long >= 4 && capital / long >= 0.8;
}

function capsShare(text: string): number {
  const ws = text.match(/\p{L}+/gu) ?? [];
  if (ws.length === 0) return 0;
  return ws.filter((w) => w.length > 1 && w === w.toUpperCase()).length / ws.length;
}

function hasVerb(doc: ParsedDoc, s: Unit): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.lex.some((tag) => VERB_TAGS.has(tag))) return true;
    // Regular past tenses and participles the lexicon lacks ("apologised", "tweeted").
    if (/^\p{Ll}{3,}(?:ed|ing)$/u.test(t.text)) return true;
  }
  return false;
}
