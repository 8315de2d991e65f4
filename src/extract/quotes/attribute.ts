/**
 * Finding who a quote is attributed to, from the syntax around it: the speaker phrase and the reporting cue. Rules
 * are tried in a fixed order, each with an id that the result carries:
 * 1. `dash-signature`  “…” ― Pamela Padilla                   (a name after a dash closes the paragraph)
 * 2. `before-verb`     Gabuev said: “…” / He called the plan “a disaster”   (nearest verb before, its subject;
 *    `before-shared-subject` for "to call", "…, saying", "and said"; `before-inverted` for "said X: “…”") — tried
 *    first when the quote sits inside its clause, after rule 3 when it opens it; `possessive-claim` for "Trump's
 *    claim that “…”" (a noun-like form after a possessive is otherwise a noun, not a verb); `outer-reporter` when
 *    that verb's named subject sits in the "that" clause of another reporting verb ("X said that Y described it as");
 * 3. `after-inverted`  “…,” said Alexander Gabuev            (verb right after the quote, speaker after the verb)
 *    `after-subject`   “…,” he said / “…,” Hugh Hill, a doctor at X, said
 * 4. `according-to`    … according to the ministry           (anywhere in the quote's sentence)
 * 5. `after-clause`    “a disaster” for the country, Smith said.            (first verb later in the sentence)
 * 6. `colon-intro`     Gabuev was blunt: “…”                  (subject of a clause that ends in a colon)
 */
import type { Token } from '../../nlp/doc.js';
import { AUXILIARIES, CUE_EXTENSIONS, LISTENERS, type ReportingVerb, SOURCE_PHRASES, VERB_BY_FORM, verbRecordAt } from './lexicon.js';
import { ambiguousVerb, doubtfulSubject, isPassive } from './verbforms.js';
import { endsSentence, hasSpeakerHead, isCapitalized, isReportingVerb, isWord, type Phrase, phraseStartingAt, skipAuxForward, skipParenForward, subjectBefore } from './phrases.js';

/** Who a quote is attributed to: token ranges of the speaker phrase and the cue, and the rule that found them. */
export interface Attribution {
  speaker: Phrase | null;
  /** Token range of the cue. */
  cue: { from: number; to: number } | null;
  rule: string;
}

/** Token window of the text around one quote, bounded by sentence ends, other quotes and the paragraph. */
export interface QuoteWindow {
  /** First token of the clause before the quote. */
  beforeFrom: number;
  /** First token of the quote (its opening mark). */
  quoteFrom: number;
  /** Token after the quote's closing mark. */
  quoteTo: number;
  /** Token after the clause that follows the quote. */
  afterTo: number;
  /** A title-case headline, where verbs are capitalised too ("Lindsey Graham Says"). */
  titleCase?: boolean;
}

/** The reporting-verb record at token `i` (single-word or phrasal), with how many tokens the verb takes. */
function recordAt(tokens: readonly Token[], i: number): { rec: ReportingVerb; length: number } | null {
  return verbRecordAt((k) => tokens[k]?.norm, i);
}

/** A reporting verb in this window (capitalised ones count in a title-case headline). */
function verbAt(tokens: readonly Token[], w: QuoteWindow, i: number): boolean {
  const t = tokens[i];
  return isReportingVerb(t) || (w.titleCase === true && VERB_BY_FORM.has(t.norm) && i > w.beforeFrom) || (!isCapitalized(t) && !VERB_BY_FORM.has(t.norm) && recordAt(tokens, i) !== null);
}

const LEAD_PUNCT = new Set([',', '\u2014', '\u2013', '-', '(']);

/** Extend a cue after its verb: "said in a statement", "told reporters". */
function cueAfter(tokens: readonly Token[], verb: number, ceil: number): { from: number; to: number } {
  const found = recordAt(tokens, verb);
  const rec = found?.rec;
  let to = Math.min(ceil, verb + (found?.length ?? 1));
  if (rec?.object && to < ceil && LISTENERS.has(tokens[to].norm)) to++;
  for (const ext of CUE_EXTENSIONS) {
    if (to + ext.words.length > ceil) continue;
    if (ext.words.every((w, k) => w === '*' || tokens[to + k].norm === w)) {
      to += ext.words.length;
      break;
    }
  }
  return { from: verb, to };
}

function sourcePhraseAt(tokens: readonly Token[], i: number, ceil: number): number {
  for (const p of SOURCE_PHRASES) {
    if (i + p.words.length <= ceil && p.words.every((w, k) => tokens[i + k].norm === w)) return p.words.length;
  }
  return 0;
}

/** "according to X" anywhere in `[from, to)`. */
function accordingTo(tokens: readonly Token[], from: number, to: number): Attribution | null {
  for (let i = from; i < to; i++) {
    const n = sourcePhraseAt(tokens, i, to);
    if (!n) continue;
    const speaker = phraseStartingAt(tokens, i + n, to);
    if (speaker) return { speaker, cue: { from: i, to: i + n }, rule: 'according-to' };
  }
  return null;
}

const VERBISH_TAGS = ['Copula', 'Modal', 'PastTense', 'PresentTense', 'Auxiliary'];

/**
 * The speaker after an inverting verb ("said Gabuev"), or null when the phrase is the subject of a reported clause
 * ("said Clinton was justified", "said he would") rather than the speaker.
 */
function invertedSpeaker(tokens: readonly Token[], from: number, ceil: number): Phrase | null {
  const p = phraseStartingAt(tokens, from, ceil);
  if (!p) return null;
  const next = tokens[p.to];
  if (p.to < ceil && next && isWord(next) && (next.lex.some((t) => VERBISH_TAGS.includes(t)) || AUXILIARIES.has(next.norm))) return null;
  return p;
}

/**
 * The subject of the clause `[from, to)`: its opening phrase, or past an opening adverbial ("On Monday they said",
 * "Following a meeting, the Security Council issued …") the first pronoun or name followed by a finite verb.
 */
function clauseSubject(tokens: readonly Token[], from: number, to: number, auxIsVerb = false): Phrase | null {
  const opener = tokens[from]?.lex.some((t) => t === 'Gerund' || t === 'Preposition' || t === 'Conjunction' || t === 'Adverb');
  const p = opener ? null : phraseStartingAt(tokens, from, to);
  if (p) return p;
  for (let k = from; k < to; k++) {
    const q = phraseStartingAt(tokens, k, to);
    if (!q) continue;
    if (q.kind === 'noun' && !hasSpeakerHead(tokens[q.to - 1])) {
      k = q.to - 1;
      continue;
    }
    const next = tokens[skipAuxForward(tokens, q.to, to)];
    // For a colon intro, an auxiliary right after the phrase is its finite verb too: "the mayor is rolling out a
    // message: “…”" (a shared subject of "to call"/"saying" needs a real verb).
    const aux = auxIsVerb && q.to < to && tokens[q.to].lex.some((t) => VERBISH_TAGS.includes(t));
    if (aux || (next && (next.lex.some((t) => VERBISH_TAGS.includes(t)) || VERB_BY_FORM.has(next.norm)))) return q;
    k = q.to - 1;
  }
  return null;
}

/** Attribution right after the quote: inverted ("said X") or subject-first ("X said"). */
function rightAfter(tokens: readonly Token[], w: QuoteWindow): Attribution | null {
  let i = w.quoteTo;
  while (i < w.afterTo && LEAD_PUNCT.has(tokens[i].text)) i++;
  if (i >= w.afterTo) return null;
  const j = skipAuxForward(tokens, i, w.afterTo);
  if (j < w.afterTo && verbAt(tokens, w, j)) {
    const rec = recordAt(tokens, j)!.rec;
    const cue = cueAfter(tokens, j, w.afterTo);
    const speaker = rec.inverts ? invertedSpeaker(tokens, cue.to, w.afterTo) : null;
    if (speaker) return { speaker, cue, rule: 'after-inverted' };
  }
  const subject = phraseStartingAt(tokens, i, w.afterTo);
  if (!subject) return null;
  const k = skipAuxForward(tokens, skipParenForward(tokens, subject.to, w.afterTo), w.afterTo);
  if (k < w.afterTo && verbAt(tokens, w, k) && k === subject.to && doubtfulSubject(tokens, subject, k)) return null;
  if (k < w.afterTo && verbAt(tokens, w, k)) return { speaker: subject, cue: cueAfter(tokens, k, w.afterTo), rule: 'after-subject' };
  if (k >= w.afterTo) return null;
  // An appositive or a short modifier between subject and verb: "Hugh Hill, a doctor at X, said",
  // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said", "a narrator in the ad asks".
  const appositive = tokens[k].text === ',';
  for (let m = k + 1; m < w.afterTo && m - k <= (appositive ? 40 : 6); m++) {
    if (!appositive && /^[,;:(]$/.test(tokens[m].text)) return null;
    if (!verbAt(tokens, w, m)) continue;
    const before = skipAuxBackTo(tokens, m - 1, k);
    if (appositive && tokens[before].text !== ',') continue;
    return { speaker: subject, cue: cueAfter(tokens, m, w.afterTo), rule: 'after-subject' };
  }
  return null;
}

/** Index of the first token before `i` (down to `floor`) that is no auxiliary. */
function skipAuxBackTo(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  while (k > floor && AUXILIARIES.has(tokens[k].norm)) k--;
  return k;
}

/** The nearest reporting verb before the quote in its clause, with its subject (or inverted speaker). */
function verbBefore(tokens: readonly Token[], w: QuoteWindow): Attribution | null {
  let fallback: Attribution | null = null;
  for (let v = w.quoteFrom - 1; v >= w.beforeFrom; v--) {
    const a = attributionAtVerb(tokens, w, v);
    if (!a?.speaker) continue;
    // "She said she recalls …": the outer clause names the same speaker, and by name rather than pronoun;
    // "Ryan said the protests call for …": a speechless noun phrase hands over to an outer reporting clause.
    const weak = a.speaker.kind === 'pronoun' || (a.speaker.kind === 'noun' && !hasSpeakerHead(tokens[a.speaker.to - 1]));
    if (!weak) return outerReporter(tokens, w, a) ?? a;
    if (a.speaker.kind === 'pronoun') {
      let k = a.speaker.from - 1;
      // "said that she recalls", "condemned what he called"
      if (tokens[k]?.norm === 'that' || tokens[k]?.norm === 'what') k--;
      const outer = k >= w.beforeFrom && verbAt(tokens, w, k) ? attributionAtVerb(tokens, w, k) : null;
      if (outer?.speaker && outer.speaker.kind !== 'noun') return outer;
      // "Ortiz says she admired what she calls “…”": a named speaker of a reporting verb further back in the
      // clause is the one the pronoun stands for, and the mention an editor would give (once per quote, window-bounded).
      for (let u = k; u >= w.beforeFrom; u--) {
        const o = attributionAtVerb(tokens, w, u);
        if (o?.speaker && o.speaker.kind === 'name' && o.speaker.to <= a.speaker.from) return o;
      }
      return a;
    }
    fallback ??= a;
  }
  return fallback;
}

/** Most tokens between an outer reporting verb and the "that" of its clause ("said during a rally in Ohio that"). */
const MAX_OUTER_GAP = 12;

/**
 * `outer-reporter`: a named speaker inside the reported clause of another reporting verb ("Trump said at a rally that
 * Clinton once described the deal as “…”", "Smith stated that Jones would discuss it “…”") is the reported party; the
 * reporter who voices the quote is the outer clause's speaker. PolNeAR dev annotates the outer source in such
 * cases (2 of 2 firings; no firing where the inner speaker was the source).
 */
function outerReporter(tokens: readonly Token[], w: QuoteWindow, inner: Attribution): Attribution | null {
  if (!inner.speaker) return null;
  const k = inner.speaker.from - 1;
  if (k < w.beforeFrom) return null;
  let outer: Attribution | null = null;
  if (tokens[k].norm === 'that') {
    for (let u = k - 1; u >= w.beforeFrom && k - u <= MAX_OUTER_GAP && !outer?.speaker; u--) outer = attributionAtVerb(tokens, w, u);
  } else if (verbAt(tokens, w, k)) {
    outer = attributionAtVerb(tokens, w, k);
  }
  return outer?.speaker && outer.speaker.to <= k ? { ...outer, rule: 'outer-reporter' } : null;
}

/** The attribution whose cue is the verb at `v` in the clause before the quote, if its speaker can be found. */
function attributionAtVerb(tokens: readonly Token[], w: QuoteWindow, v: number): Attribution | null {
  if (!verbAt(tokens, w, v)) return null;
  // A verb that also takes a plain object ("declared a partnership") introduces only a quote right after it:
  // "declared “…”", "declared: “…”".
  const adjacent = v + 1 === w.quoteFrom || (v + 2 === w.quoteFrom && /^[,:]$/.test(tokens[v + 1].text));
  if (!recordAt(tokens, v)?.rec.before && !adjacent) return null;
  if (isPassive(tokens, v, w.beforeFrom)) return null;
  // "Trump took to Twitter to accuse …", "…, saying …", "X stressed … and said …": the clause's subject speaks.
  const prevWord = tokens[v - 1]?.norm;
  const shared = prevWord === 'to' || prevWord === 'and' || prevWord === 'but' || /ing$/.test(tokens[v].norm);
  const subject = shared ? clauseSubject(tokens, w.beforeFrom, v) : subjectBefore(tokens, v, w.beforeFrom);
  const cue = cueAfter(tokens, v, w.quoteFrom);
  // "Trump's claim that “…”", "her remarks: “…”": the possessor of a speech noun that governs the quote speaks.
  const possessive = /^['\u2019]s$/.test(prevWord ?? '') && ambiguousVerb(tokens[v]);
  if (possessive) {
    const governs = tokens[v + 1]?.norm === 'that' || cue.to === w.quoteFrom || (cue.to + 1 === w.quoteFrom && /^[,:]$/.test(tokens[cue.to].text));
    return governs && subject && subject.kind !== 'noun' ? { speaker: subject, cue, rule: 'possessive-claim' } : null;
  }
  const doubtful = subject !== null && doubtfulSubject(tokens, subject, v);
  if (subject && !doubtful && !(shared && subject.from >= v - 1)) {
    return { speaker: subject, cue, rule: shared ? 'before-shared-subject' : 'before-verb' };
  }
  if (doubtful) return null;
  const rec = recordAt(tokens, v)!.rec;
  const inverted = rec.inverts ? invertedSpeaker(tokens, cue.to, w.quoteFrom) : null;
  return inverted ? { speaker: inverted, cue, rule: 'before-inverted' } : null;
}

/** A reporting verb later in the sentence after the quote: "“a disaster” for the country, Smith said." */
function verbLater(tokens: readonly Token[], w: QuoteWindow): Attribution | null {
  for (let v = w.quoteTo; v < w.afterTo; v++) {
    if (!verbAt(tokens, w, v)) continue;
    const subject = subjectBefore(tokens, v, w.quoteTo);
    if (subject && doubtfulSubject(tokens, subject, v)) continue;
    if (subject) return { speaker: subject, cue: cueAfter(tokens, v, w.afterTo), rule: 'after-clause' };
    const rec = recordAt(tokens, v)!.rec;
    const cue = cueAfter(tokens, v, w.afterTo);
    const inverted = rec.inverts ? invertedSpeaker(tokens, cue.to, w.afterTo) : null;
    if (inverted) return { speaker: inverted, cue, rule: 'after-clause' };
    return null;
  }
  return null;
}

/** "Gabuev was blunt: “…”": the clause before ends in a colon and starts with a speaker phrase. */
function colonIntro(tokens: readonly Token[], w: QuoteWindow): Attribution | null {
  if (w.quoteFrom - 1 < w.beforeFrom || tokens[w.quoteFrom - 1].text !== ':') return null;
  const speaker = clauseSubject(tokens, w.beforeFrom, w.quoteFrom - 1, true);
  return speaker ? { speaker, cue: null, rule: 'colon-intro' } : null;
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--']);

/** A signature after a dash closing the paragraph: “…” ― Pamela Padilla. */
function dashSignature(tokens: readonly Token[], w: QuoteWindow, paragraphEnd: number): Attribution | null {
  const i = w.quoteTo;
  if (i >= paragraphEnd || !DASHES.has(tokens[i].text.trim()) || !isCapitalized(tokens[i + 1] ?? tokens[i])) return null;
  const speaker = phraseStartingAt(tokens, i + 1, paragraphEnd);
  if (speaker?.kind !== 'name') return null;
  // The name closes the paragraph (bar punctuation), or an appositive follows it.
  const rest = paragraphEnd - speaker.to <= 4 ? tokens.slice(speaker.to, paragraphEnd) : [];
  return (rest.length === paragraphEnd - speaker.to && rest.every((t) => !/[\p{L}]/u.test(t.text))) || tokens[speaker.to]?.text === ',' ? { speaker, cue: null, rule: 'dash-signature' } : null;
}

/** Try the rules in order; null when the quote's own sentence names no speaker. */
export function attribute(tokens: readonly Token[], w: QuoteWindow, paragraphEnd: number): Attribution | null {
  return (
    dashSignature(tokens, w, paragraphEnd) ??
    // A quote inside its clause (a partial one) belongs to the verb before it first: “Hillary Clinton is describing as
    // “unhinged” a Donald Trump tweet”; a quote that opens its clause to the attribution after it.
    (w.beforeFrom < w.quoteFrom ? (verbBefore(tokens, w) ?? rightAfter(tokens, w)) : rightAfter(tokens, w)) ??
    accordingTo(tokens, w.beforeFrom, w.afterTo) ??
    verbLater(tokens, w) ??
    colonIntro(tokens, w)
  );
}

/** Whether the tokens `[from, to)` hold a sentence end (used to tell a quote's own clause from its neighbours). */
export function hasSentenceEnd(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsSentence(tokens, i)) return true;
  return false;
}
