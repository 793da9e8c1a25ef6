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
import type { TermRef, TextSearchPlan, WordGroup } from '#lib/finder/term-words.ts';

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

/** Pagefind's filter for "any of these terms" (the records' filters hold term ids, search-record.ts). */
function anyOf(refs: readonly TermRef[]): Record<string, unknown> {
  return { any: refs.map((ref) => ({ [ref.key]: ref.value })) };
}

/**
 * What Pagefind finds in the listings' text for one of a word search's text searches
 * (src/lib/finder/term-words.ts, textSearches), best first: the listings whose text has the
 * plan's words and that have a term of each group it matches by terms. None when Pagefind only
 * guessed: it found none of a typed word and matched a letter or two of its start instead
 * (src/lib/finder/text-match.ts), or, for a word naming terms, matched some other word.
 */
export async function textResults(
  engine: Pagefind,
  groups: readonly WordGroup[],
  plan: TextSearchPlan,
): Promise<PagefindResult[]> {
  const filters = plan.byTerms.length > 0 ? { all: plan.byTerms.map((i) => anyOf(groups[i]!.refs)) } : undefined;
  const results = (await engine.search(plan.words, filters && { filters }))?.results ?? [];
  const best = results[0] && (await resultData(results[0]));
  if (!best) return results;
  const matched = wordsAt(best.content, best.locations);
  const guessed = plan.inText.some((i) => {
    const group = groups[i]!;
    return group.refs.length > 0 ? matchedOtherWords(group.words, matched) : matchedOnlyAGuess(group.words, matched);
  });
  return guessed ? [] : results;
}

/**
 * The search box's results for `q`, best first: every word found in a listing's text or naming
 * one of its terms (src/lib/finder/term-words.ts ranks them).
 */
export async function searchListings(base: string, q: string): Promise<PagefindResult[]> {
  const [engine, { wordGroups, textSearches, rankWordMatches, termWeight }] = await Promise.all([
    loadPagefind(base),
    import('#lib/finder/term-words.ts'),
  ]);
  const groups = wordGroups(q);
  // Each group's text searched whole: ranking needs only the results' ids, not their data.
  const plans = textSearches(groups);
  const found = await Promise.all(
    groups.map(async (group, i) => {
      // One filtered search per weight: Pagefind does not say which filter a result matched.
      const weights = [...new Set(group.refs.map(termWeight))].sort((a, b) => a - b);
      const terms = [];
      for (const weight of weights) {
        const refs = group.refs.filter((ref) => termWeight(ref) === weight);
        const results = (await engine.search(null, { filters: anyOf(refs) }))?.results ?? [];
        terms.push({ results, weight });
      }
      // The heavier weights last, so a listing that both is and has counts as what it is.
      return { text: await textResults(engine, groups, plans[i]!), terms };
    }),
  );
  // Results numbered in the groups' order, not in the order the searches answered, so equal
  // matches keep one order from one visit to the next.
  const byId = new Map<string, PagefindResult>();
  const order = new Map<string, number>();
  for (const result of found.flatMap((g) => [...g.text, ...g.terms.flatMap((t) => t.results)])) {
    if (byId.has(result.id)) continue;
    byId.set(result.id, result);
    order.set(result.id, order.size);
  }
  const matches = found.map((g) => ({
    text: g.text.map((r) => r.id),
    terms: new Map(g.terms.flatMap((t) => t.results.map((r) => [r.id, t.weight] as const))),
  }));
  return rankWordMatches(matches, (id) => order.get(id) ?? 0).map((id) => byId.get(id)!);
}
