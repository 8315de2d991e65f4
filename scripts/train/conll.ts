/**
 * CoNLL-2003 reading shared by training and evaluation: split the corpus into documents, rebuild each document as
 * the plain text newsx would be given (the rules in ../shared/eval/README.md), and locate every gold token and gold
 * entity by character offsets in that text.
 */
import { readFileSync } from 'node:fs';
import type { TokenSpan } from '../../src/extract/entities/labels.js';

/** The four CoNLL types. */
export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface GoldEntity {
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDoc {
  text: string;
  /** Character offsets of every corpus token in `text`. */
  tokens: Array<{ start: number; end: number; word: string }>;
  entities: GoldEntity[];
}

interface RawToken {
  word: string;
  tag: string;
}

/** Read a CoNLL file (word POS chunk NER per line, blank line between sentences, -DOCSTART- between documents). */
export function readConll(file: string): ConllDoc[] {
  const docs: RawToken[][][] = [];
  let sentences: RawToken[][] = [];
  let sentence: RawToken[] = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (sentences.length) docs.push(sentences);
      sentences = [];
      continue;
    }
    if (cols.length < 2) {
      endSentence();
      continue;
    }
    sentence.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  endSentence();
  if (sentences.length) docs.push(sentences);
  return docs.map(rebuild);
}

const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '%', '...']);
const CLITIC = /^(?:'[a-z]{1,2}|n't)$/i;

/** Rebuild one document: a line per sentence (a sentence starting in lower case continues the line), spaces between tokens. */
function rebuild(sentences: RawToken[][]): ConllDoc {
  let text = '';
  const tokens: ConllDoc['tokens'] = [];
  const entities: GoldEntity[] = [];
  for (const s of sentences) {
    const first = tokens.length;
    if (text.length > 0) text += /^\p{Ll}/u.test(s[0].word) ? ' ' : '\n';
    let inQuote = false;
    let glue = true;
    for (const t of s) {
      const isQuote = t.word === '"';
      const closingQuote = isQuote && inQuote;
      const noSpace = glue || CLOSING.has(t.word) || CLITIC.test(t.word) || closingQuote;
      if (!noSpace) text += ' ';
      glue = false;
      if (isQuote) {
        inQuote = !inQuote;
        glue = inQuote; // no space right after an opening quote
      }
      tokens.push({ start: text.length, end: text.length + t.word.length, word: t.word });
      text += t.word;
    }
    entities.push(...entitiesOf(tokens.slice(first), s.map((t) => t.tag)));
  }
  return { text, tokens, entities };
}

/** IOB1 (or IOB2) tags of one sentence -> entity spans in characters. */
function entitiesOf(tokens: ConllDoc['tokens'], tags: string[]): GoldEntity[] {
  const out: GoldEntity[] = [];
  let cur: GoldEntity | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as ConllType);
    const begins = tag.startsWith('B-') || (type !== null && (cur === null || cur.type !== type));
    if (cur && (type === null || begins)) {
      out.push(cur);
      cur = null;
    }
    if (type === null) return;
    if (cur === null) cur = { start: tokens[i].start, end: tokens[i].end, type };
    else cur.end = tokens[i].end;
  });
  if (cur) out.push(cur);
  return out;
}

/** Gold entities -> spans over our tokens: a token belongs to the entity its start falls inside. */
export function projectEntities(tokens: ReadonlyArray<{ start: number; end: number }>, gold: readonly GoldEntity[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  for (const e of [...gold].sort((a, b) => a.start - b.start)) {
    while (i < tokens.length && tokens[i].start < e.start) i++;
    let j = i;
    while (j < tokens.length && tokens[j].start < e.end) j++;
    if (j > i) out.push({ start: i, end: j, cls: e.type });
    i = j;
  }
  return out;
}
