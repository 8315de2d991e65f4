/**
 * Token features of the learned tagger, shared by training (scripts/train) and inference so both see exactly the
 * same thing. Four groups: the word itself (form, shape, affixes, compromise lexicon tags), its neighbours, its
 * place in the text (sentence start, ALL-CAPS headline line), and document evidence (how the same word is written
 * elsewhere in the article, so a headline "LAVROV" or a sentence-initial "May" borrow their clear mentions' case).
 */
import { lexiconTags } from '../../nlp/compromise.js';
import type { ParsedDoc, Token } from '../../nlp/doc.js';
import { type Gazetteer, gazetteerMarks } from './gazetteer.js';
import { titleHead } from './titles.js';

const PERSON_FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);
const WORDISH = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

/** Features of every token of `doc`, in token order. */
export function docFeatures(doc: ParsedDoc, gazetteer: Gazetteer | null): string[][] {
  const toks = doc.tokens;
  const para = paragraphOfTokens(doc);
  const headline = headlineParagraphs(doc);
  const sentInit = sentenceInitial(doc);
  const evidence = documentEvidence(doc, headline, para, sentInit);
  const multi = multiwordMarks(doc, para);
  const gaz = gazetteer ? gazetteerMarks(toks, para, gazetteer) : null;
  const out: string[][] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const f = [...wordFeatures(t)];
    const hl = headline[para[i]];
    if (sentInit[i]) f.push('sinit');
    if (hl) f.push('hl', `hl&${shapeOf(t.text, true)}`);
    if (i === 0 || para[i - 1] !== para[i]) f.push('pinit');
    for (const o of [-2, -1, 1, 2]) {
      const j = i + o;
      if (j < 0 || j >= toks.length || para[j] !== para[i]) {
        f.push(`${o}:<>`);
        continue;
      }
      for (const g of neighbourFeatures(toks[j])) f.push(`${o}${g}`);
    }
    const prev = i > 0 && para[i - 1] === para[i] ? toks[i - 1].norm : '<s>';
    const next = i + 1 < toks.length && para[i + 1] === para[i] ? toks[i + 1].norm : '</s>';
    f.push(`bg-=${prev}|${t.norm}`, `bg+=${t.norm}|${next}`);
    const cap = UPPER_START.test(t.text);
    if (cap && (sentInit[i] || hl)) f.push(`uncertain&${shapeOf(t.text, true)}`);
    const ev = evidence.get(t.norm);
    if (ev && cap) for (const e of ev) f.push(`d:${e}`, hl ? `d:${e}&hl` : sentInit[i] ? `d:${e}&si` : `d:${e}&mid`);
    for (const m of multi[i]) f.push(m);
    if (gaz) for (const m of gaz[i]) f.push(m);
    out.push(f);
  }
  return out;
}

const wordCache = new Map<string, readonly string[]>();
const neighbourCache = new Map<string, readonly string[]>();

/** Features of the word alone; cached by its text. */
function wordFeatures(t: Token): readonly string[] {
  let f = wordCache.get(t.text);
  if (f) return f;
  const n = t.norm;
  const list = ['b', `w=${t.text}`, `l=${n}`, `sh=${shapeOf(t.text, false)}`, `sc=${shapeOf(t.text, true)}`];
  for (let k = 1; k <= 4 && k < n.length; k++) list.push(`p${k}=${n.slice(0, k)}`, `s${k}=${n.slice(-k)}`);
  for (const tag of t.lex) list.push(`x=${tag}`);
  const th = titleHead(n);
  if (th) list.push(`ttl=${th}`);
  if (n.includes('-')) {
    // Hyphenated words: the lexicon tags of the parts ("Russian-born", "Saint-Denis").
    for (const part of n.split('-').slice(0, 3)) for (const tag of lexiconTags(part)) list.push(`xh=${tag}`);
  }
  f = Object.freeze(list);
  if (wordCache.size < 100_000) wordCache.set(t.text, f);
  return f;
}

/** The smaller set of features a word lends its neighbours; cached by its text. */
function neighbourFeatures(t: Token): readonly string[] {
  let f = neighbourCache.get(t.text);
  if (f) return f;
  const list = [`l=${t.norm}`, `sc=${shapeOf(t.text, true)}`];
  for (const tag of t.lex) list.push(`x=${tag}`);
  const th = titleHead(t.norm);
  if (th) list.push('ttl');
  f = Object.freeze(list);
  if (neighbourCache.size < 100_000) neighbourCache.set(t.text, f);
  return f;
}

/** Word shape: X for upper, x for lower, d for digit, other characters kept; `compress` folds repeats ("Xx", "d.d"). */
export function shapeOf(text: string, compress: boolean): string {
  let out = '';
  let last = '';
  for (const ch of text.length > 12 && !compress ? text.slice(0, 12) : text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (compress && c === last) continue;
    out += c;
    last = c;
  }
  return out;
}

/** Paragraph index of every token. */
export function paragraphOfTokens(doc: ParsedDoc): number[] {
  const para = new Array<number>(doc.tokens.length).fill(0);
  for (const s of doc.sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) para[i] = s.paragraph;
  return para;
}

/** Paragraphs written in capitals (headlines, datelines): case says nothing there. */
export function headlineParagraphs(doc: ParsedDoc): boolean[] {
  return doc.paragraphs.map((p) => {
    const letters = p.text.match(/\p{L}/gu)?.length ?? 0;
    const upper = p.text.match(/\p{Lu}/gu)?.length ?? 0;
    return letters >= 4 && upper / letters > 0.75;
  });
}

/** True for the first word of each sentence (after any opening punctuation). */
export function sentenceInitial(doc: ParsedDoc): boolean[] {
  const out = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (WORDISH.test(doc.tokens[i].text)) {
        out[i] = true;
        break;
      }
    }
  }
  return out;
}

/**
 * How each word (by lower-case form) is written across the document: `mid` capitalised inside a sentence,
 * `low` in lower case, `afn` after a capitalised first name, `att` after a title.
 */
function documentEvidence(doc: ParsedDoc, headline: boolean[], para: number[], sentInit: boolean[]): Map<string, string[]> {
  const seen = new Map<string, Set<string>>();
  const add = (norm: string, what: string) => {
    let s = seen.get(norm);
    if (!s) seen.set(norm, (s = new Set()));
    s.add(what);
  };
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!WORDISH.test(t.text) || headline[para[i]]) continue;
    if (/^\p{Ll}+$/u.test(t.text)) add(t.norm, 'low');
    else if (UPPER_START.test(t.text) && !sentInit[i]) add(t.norm, 'mid');
    if (i > 0 && para[i - 1] === para[i] && UPPER_START.test(t.text)) {
      const p = toks[i - 1];
      if (UPPER_START.test(p.text) && p.lex.some((x) => PERSON_FIRST.has(x))) add(t.norm, 'afn');
      if (titleHead(p.norm)) add(t.norm, 'att');
    }
  }
  const out = new Map<string, string[]>();
  for (const [k, v] of seen) out.set(k, [...v].sort());
  return out;
}

/** Marks from compromise's multi-word lexicon entries ("united nations" Organization): `mw=B-Organization`… */
function multiwordMarks(doc: ParsedDoc, para: number[]): string[][] {
  const toks = doc.tokens;
  const marks: string[][] = toks.map(() => []);
  for (let i = 0; i < toks.length; i++) {
    if (!UPPER_START.test(toks[i].text)) continue;
    for (let n = 4; n >= 2; n--) {
      if (i + n > toks.length || para[i + n - 1] !== para[i]) continue;
      const key = toks
        .slice(i, i + n)
        .map((t) => t.norm)
        .join(' ');
      const tags = lexiconTags(key);
      if (tags.length === 0) continue;
      for (let k = 0; k < n; k++) for (const tag of tags) marks[i + k].push(`mw=${k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}-${tag}`);
      i += n - 1;
      break;
    }
  }
  return marks;
}
