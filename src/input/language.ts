/**
 * A cheap "is this English?" check, so the CLI can warn that newsx's English rules and model will find little in,
 * say, a German or Russian article. It is a heuristic for a warning, never a reason to refuse input.
 *
 * Two signals over the first SAMPLE_CHARS characters (one linear pass each):
 * 1. script: the share of letters that are ASCII A–Z/a–z. Cyrillic, Greek, Arabic, Hebrew, CJK or Devanagari text
 *    has almost none; English with a few accented names ("Zürich", "Erdoğan") keeps well above MIN_ASCII_SHARE.
 * 2. function words: the share of words that are among English's commonest function words. They make up about a
 *    third to a half of running English prose (news included) and a few per cent of French, German, Spanish or
 *    Italian, whose own function words ("der", "les", "el", "di") are not in the list.
 * Texts with fewer than MIN_LETTERS letters or MIN_WORDS words are too short to judge and count as English (no warning).
 */

/** Only the start of a long article is looked at: the answer does not change with length, the cost would. */
const SAMPLE_CHARS = 20_000;
/** Fewer words than this: too little evidence, say English (no warning on a headline or an empty file). */
const MIN_WORDS = 20;
/** Fewer letters than this: too little evidence for the script test. */
const MIN_LETTERS = 40;
/** Least share of letters that must be ASCII. */
const MIN_ASCII_SHARE = 0.7;
/** Least share of words that must be English function words. English news runs at 0.3–0.5; other Latin-script
 * languages at 0.01–0.06 against this list. */
const MIN_FUNCTION_SHARE = 0.12;

/** English function words that are not also common words in the other big Latin-script languages ("a", "in",
 * "on", "die", "son" are left out on purpose). */
const FUNCTION_WORDS = new Set(
  (
    'the of and to is was that for with as by at from it its his her he she they their them this these those ' +
    'has have had be been are were will would said says not but or an which who whom what when where than ' +
    'after about over into also more other some there we you our your can could should may might'
  ).split(' '),
);

/** Whether `text` looks like English prose (true when too short to tell). */
export function looksEnglish(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Script first: Chinese or Japanese has few space-separated words however long it is.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const ascii = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (letters >= MIN_LETTERS && ascii / letters < MIN_ASCII_SHARE) return false;
  const words = sample.match(/\p{L}+(?:['\u2019]\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  let common = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w.toLowerCase())) common++;
  return common / words.length >= MIN_FUNCTION_SHARE;
}
