/**
 * Content words for the summary's word-overlap features (centrality, redundancy): lower-cased runs of letters and
 * digits, without function words. Kept apart from the tokenizer because overlap wants bare words, not punctuation.
 */

/** Function words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on ' +
    'once only or other our ours ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself yourselves said says say told one two new also s t ' +
    'mr mrs ms year years last first like get got us may might must shall'
  ).split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased runs of letters and digits, the same units ROUGE counts. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The words of `text` that carry content: not function words, not single characters. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** Term counts of a word list. */
export function termCounts(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Share of the distinct words of `a` that also occur in `b` (0 when `a` is empty). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const w of a) if (b.has(w)) hit++;
  return hit / a.size;
}
