/**
 * Counts in words, so a page never says "1 sessions" or "1 session match". English only for now:
 * when the Spanish pages come, `Intl.PluralRules` picks the form and the words move to the
 * dictionaries.
 */

/** `one` when the count is 1, else `other`: "matches" / "match", "is" / "are". */
export function byCount(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/** "1 meeting", "2 meetings", "1,250 meetings": the number with the word that agrees with it. */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${byCount(count, one, other)}`;
}
