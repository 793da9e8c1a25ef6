/**
 * Pagefind's search engine, loaded lazily from this site the first time something searches (the
 * search box, the finder's words), once per page, whoever asks first. Nothing typed leaves the
 * device: Pagefind searches its index files locally.
 *
 * Words that name a listing's terms ("dentist", "gratis") are matched against the terms, not the
 * index (src/lib/finder/term-words.ts): the search box through Pagefind's filters, the finder
 * through its facet index.
 */

import { matchedOnlyAGuess, matchedOtherWords, wordsAt } from '#lib/finder/text-match.ts';
import type { TermRef, WordGroup } from '#lib/finder/term-words.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** The result's plain text, and the positions of the matched words in it. */
  content: string;
  locations: number[];
}
export interface PagefindResult {
  /** The result's fragment, the same for the same listing in every search. */
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
  search: (
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  options?: (options: { baseUrl?: string }) => Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

/** The engine at `${base}pagefind/pagefind.js`; `base` is the site's base path, ending in a slash. */
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (engine) => {
    // Result URLs must include the base path when the site is deployed under a sub-path.
    await engine.options?.({ baseUrl: base });
    return engine;
  });
  return pagefind;
}

/** Each result's data fetched once a page, however many searches find it. */
const fetched = new Map<string, Promise<PagefindResultData>>();
export function resultData(result: PagefindResult): Promise<PagefindResultData> {
  let data = fetched.get(result.id);
  if (!data) {
    data = result.data();
    fetched.set(result.id, data);
    // A failed fetch is tried again next time, not remembered.
    data.catch(() => fetched.delete(result.id));
  }
  return data;
}

/**
 * What Pagefind finds in the listings' text for a group's words, best first; none when it only
 * guessed: it found none of a typed word and matched a letter or two of its start instead
 * (src/lib/finder/text-match.ts), or, for a word naming terms, matched some other word.
 */
export async function textResults(engine: Pagefind, group: WordGroup): Promise<PagefindResult[]> {
  const results = (await engine.search(group.words))?.results ?? [];
  const best = results[0] && (await resultData(results[0]));
  if (!best) return results;
  const matched = wordsAt(best.content, best.locations);
  const guessed =
    group.refs.length > 0 ? matchedOtherWords(group.words, matched) : matchedOnlyAGuess(group.words, matched);
  return guessed ? [] : results;
}

/** Pagefind's filter for "any of these terms" (the records' filters hold term ids, search-record.ts). */
function anyOf(refs: readonly TermRef[]): Record<string, unknown> {
  return { any: refs.map((ref) => ({ [ref.key]: ref.value })) };
}

/**
 * The search box's results for `q`, best first: every word found in a listing's text or naming
 * one of its terms (src/lib/finder/term-words.ts ranks them).
 */
export async function searchListings(base: string, q: string): Promise<PagefindResult[]> {
  const [engine, { wordGroups, rankWordMatches, TERM_WEIGHT }] = await Promise.all([
    loadPagefind(base),
    import('#lib/finder/term-words.ts'),
  ]);
  const groups = wordGroups(q);
  const byId = new Map<string, PagefindResult>();
  const order = new Map<string, number>();
  const keep = (results: readonly PagefindResult[]) =>
    results.map((r) => {
      if (!byId.has(r.id)) {
        byId.set(r.id, r);
        order.set(r.id, order.size);
      }
      return r.id;
    });
  const matches = await Promise.all(
    groups.map(async (group) => {
      const text = keep(await textResults(engine, group));
      const terms = new Map<string, number>();
      const categories = group.refs.filter((r) => r.key === 'category');
      const others = group.refs.filter((r) => r.key !== 'category');
      // The category's terms first: a listing both is and has counts as what it is.
      for (const [refs, weight] of [
        [others, TERM_WEIGHT.other],
        [categories, TERM_WEIGHT.category],
      ] as const) {
        if (refs.length === 0) continue;
        const found = (await engine.search(null, { filters: anyOf(refs) }))?.results ?? [];
        for (const id of keep(found)) terms.set(id, weight);
      }
      return { text, terms };
    }),
  );
  return rankWordMatches(matches, (id) => order.get(id) ?? 0).map((id) => byId.get(id)!);
}
