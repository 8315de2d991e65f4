/** The shape of a date rule, and small helpers the rule tables share. */
import type { Env, Value } from './resolve.js';

/** A match a rule accepted, waiting to be resolved in text order (so anaphora see earlier mentions). */
export interface Reading {
  resolve(env: Env): Value | null;
  /** A counted expression: may take "nearly", "more than", "about"… before it. */
  quantity?: boolean;
  /** A date with extent: may take "early", "late", "mid-", "the end of"… before it. */
  position?: boolean;
  /** Characters at the match start that stay outside the span (an attributive "the" in "the two-week trip"). */
  skip?: number;
  /** Becomes the anchor quarter for later "a year earlier", "the quarter". */
  setsQuarter?: boolean;
}

export interface Rule {
  /** Stable id, reported in traces and tests. */
  id: string;
  /** Global, usually case-insensitive; bounded work per start position. */
  re: RegExp;
  /** Read the match; null rejects it (a negative such as "May" the name). */
  read(m: RegExpExecArray, text: string): Reading | null;
}

/** Build a rule regex: global + case-insensitive unless `caseSensitive`. */
export function rx(source: string, caseSensitive = false): RegExp {
  return new RegExp(source, caseSensitive ? 'g' : 'gi');
}

/** The word just before `at` (lower case) and whether punctuation separates it; '' at the start. */
export function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z][\w'.-]*)[ \t]*$/.exec(text.slice(Math.max(0, at - 24), at));
  return m ? m[1].toLowerCase() : '';
}

/** The text just after `at` (up to 24 chars). */
export function after(text: string, at: number): string {
  return text.slice(at, at + 24);
}

export const isCapitalized = (s: string): boolean => /^[A-Z]/.test(s);

/** The word just after `at`, as written (case kept), or ''. */
export function wordAfter(text: string, at: number): string {
  const m = /^[ \t]+([A-Za-z][\w'-]*)/.exec(after(text, at));
  return m ? m[1] : '';
}

export const value = (type: Value['type'], v: string, mod: string | null = null): Value => ({ type, value: v, mod });

/**
 * A relative expression written in title case inside a sentence is a name ("ABC's This Week", "VOA Today"), not a
 * date: true when a word of the match after the first is capitalised, or the first one is but does not open a
 * sentence.
 */
export function isTitleCased(text: string, at: number, match: string): boolean {
  const words = match.split(/\s+/);
  if (words.slice(1).some((w) => /^[A-Z]/.test(w))) return true;
  if (!/^[A-Z]/.test(match)) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  const opensSentence = at === 0 || /(?:^|[.!?:;"'`()\n\u201c\u2018]|--)\s*$/.test(before);
  return !opensSentence;
}
