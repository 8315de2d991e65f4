/** Small text helpers shared by the rules' messages and name comparisons. */

/** A one-line excerpt for a message: white space collapsed, cut at `max` characters with an ellipsis. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A name as written, without a trailing possessive (`Lavrov's`, `Lavrov’s`, `Reuters'`) and outer white space. */
export function stripPossessive(name: string): string {
  return name.trim().replace(/['’]s?$/u, '');
}

/** The words of a name: runs of letters, digits, inner apostrophes, hyphens and periods (`U.N.`, `O'Brien`). */
export function nameTokens(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu) ?? [];
}
