/**
 * Telling a real word match from Pagefind's guess.
 *
 * When a typed word is not in the index at all, Pagefind searches for the longest start of it
 * that is, so a word half typed still finds something. On a small index that start can be one or
 * two letters: "suboxone" became "s" and "stimulant" became "st", which every street address has
 * ("2304 S Washington Ave", "Main St"), so a search for a word no listing used listed license help
 * and bus passes, ranked by how short their pages were. A guess that short says nothing about the
 * word, so such a search counts as finding nothing (and the no-results help takes over).
 */

/** Letters and digits only, lower case, accents dropped: how words are compared here. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query, normalized; quotes and punctuation dropped. */
export function queryWords(q: string): string[] {
  return q
    .split(/\s+/)
    .map(normalizeWord)
    .filter((w) => w.length > 0);
}

/**
 * The words of a result's text at its match locations. Pagefind numbers words by splitting the
 * text on white space the same way when it marks an excerpt.
 */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.flatMap((i) => (words[i] === undefined ? [] : [normalizeWord(words[i])]));
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** How many leading letters a matched word must share with a typed word to be about it. */
const MIN_SHARED = 3;

/**
 * True when Pagefind matched some typed word only by a short start of it: none of the matched
 * words shares at least three leading letters with it (or all of it, for shorter words), and one
 * of them is such a short start. `matched` are the words at one result's match locations; since
 * Pagefind makes the same substitution for every result, the best result is enough to tell.
 */
export function matchedOnlyAGuess(q: string, matched: readonly string[]): boolean {
  const found = matched.map(normalizeWord).filter((m) => m.length > 0);
  return queryWords(q).some((word) => {
    const needed = Math.min(word.length, MIN_SHARED);
    const real = found.some((m) => sharedStart(m, word) >= needed);
    const guess = found.some((m) => m.length < needed && word.startsWith(m));
    return !real && guess;
  });
}

/**
 * True when Pagefind's match for a word that names a term (src/lib/finder/term-words.ts) is not
 * that word: no matched word shares all but its last two letters with it (three at least). The
 * term's listings are found without Pagefind, so only the text's own uses of the word should be
 * added: "suboxone", which no description uses, would otherwise bring every "substance" Pagefind
 * falls back to, and "dentist" every "dental".
 */
export function matchedOtherWords(word: string, matched: readonly string[]): boolean {
  const typed = normalizeWord(word);
  const needed = Math.max(Math.min(typed.length, MIN_SHARED), typed.length - 2);
  return !matched.map(normalizeWord).some((m) => sharedStart(m, typed) >= needed);
}
