/**
 * The finder's words: searched with Pagefind on the device as the person types (debounced), the
 * matches then narrowed by the facets. Nothing typed leaves the device.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FacetIndex } from '#lib/finder/facets.ts';
import { loadPagefind, resultData, textResults, type PagefindResult } from '#client/pagefind.ts';
import { resultIdFile, resultPositions, slugOfUrl, splitResultId, type ResultIdTable } from '#lib/finder/result-ids.ts';

/** How many results' data are fetched when the table of result ids cannot be used. */
const MAX_FETCHED_RESULTS = 1000;

/**
 * Each language's table of result ids, laid beside the facet index: fetched once a page;
 * undefined when there is none or it is another build's.
 */
const lookups = new Map<string, Promise<Map<string, number> | undefined>>();
function resultLookup(base: string, prefix: string, index: FacetIndex): Promise<Map<string, number> | undefined> {
  let lookup = lookups.get(prefix);
  if (!lookup) {
    lookup = fetch(`${base}pagefind/${resultIdFile(prefix)}`)
      .then((response) => (response.ok ? (response.json() as Promise<ResultIdTable>) : undefined))
      .then((table) => table && resultPositions(table, index.slugs))
      .catch(() => {
        // No network (offline before the table was kept): tried again at the next search.
        lookups.delete(prefix);
        return undefined;
      });
    lookups.set(prefix, lookup);
  }
  return lookup;
}

/**
 * The facet index positions of Pagefind results, in their order: looked up in the table of result
 * ids, or, without it (a build without one, or offline before it was kept), read from each
 * result's data, up to MAX_FETCHED_RESULTS.
 */
async function positionsOf(
  results: readonly PagefindResult[],
  lookup: Map<string, number> | undefined,
  bySlug: Map<string, number>,
): Promise<number[]> {
  const found = lookup
    ? results.map((result) => lookup.get(splitResultId(result.id).hash))
    : (await Promise.all(results.slice(0, MAX_FETCHED_RESULTS).map(resultData))).map(({ url }) => {
        const slug = slugOfUrl(url);
        return slug === undefined ? undefined : bySlug.get(slug);
      });
  return found.filter((position) => position !== undefined);
}

/**
 * Positions (in the facet index) of the listings found for `q`, best first: each word found in a
 * listing's text by Pagefind, or naming one of its terms in the facet index
 * (src/lib/finder/term-words.ts). Results are looked up in the table of result ids of the page's
 * language (Pagefind searches the index of the page's `lang`); without the table, the searches
 * are narrowed to what the words match, as each result's data is then fetched. The word table
 * and the table of result ids are loaded only when words are searched.
 */
async function searchText(q: string, base: string, index: FacetIndex, bySlug: Map<string, number>): Promise<number[]> {
  const lang = document.documentElement.lang;
  const [engine, { wordGroups, textSearches, termMatches, rankWordMatches }, table] = await Promise.all([
    loadPagefind(base),
    import('#lib/finder/term-words.ts'),
    resultLookup(base, lang, index),
  ]);
  const groups = wordGroups(q);
  const plans = textSearches(groups, { narrowed: !table });
  const results = await Promise.all(plans.map((plan) => textResults(engine, groups, plan)));
  // Results from another language's index than the table's (should Pagefind read the page's
  // language otherwise) are read from their data.
  const lookup = results.every((r) => r.every((result) => splitResultId(result.id).prefix === lang))
    ? table
    : undefined;
  const found = await Promise.all(results.map((r) => positionsOf(r, lookup, bySlug)));
  // Each group's text matches, in the plans' order (the closest matches first).
  const text = groups.map(() => new Set<number>());
  plans.forEach((plan, p) => {
    for (const g of plan.inText) for (const position of found[p]!) text[g]!.add(position);
  });
  const matches = groups.map((group, g) => ({ text: [...text[g]!], terms: termMatches(index, group.refs) }));
  return rankWordMatches(matches, (position) => position);
}

export interface TextSearch {
  /** What Pagefind found for the words, best first; undefined with no words. */
  matches: number[] | undefined;
  /** A search for the current words is under way. */
  pending: boolean;
}

/** `base` is the site's base path, where Pagefind's files are. */
export function useTextSearch(q: string, index: FacetIndex | undefined, base: string): TextSearch {
  // The last search that finished, with the words it was for.
  const [found, setFound] = useState<{ q: string; matches: number[] }>();
  const positions = useMemo(() => new Map(index?.slugs.map((slug, i) => [slug, i]) ?? []), [index]);

  useEffect(() => {
    if (!q || !index) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      searchText(q, base, index, positions)
        .catch(() => [])
        .then((matches) => !cancelled && setFound({ q, matches }));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, index, base, positions]);

  // Worked out while rendering, not set by the effect: the render that shows new words already
  // says their search is under way, so the ready marker never stands for words not yet searched.
  // While it runs the last matches are held; no words drop them.
  const searching = !!q && !!index;
  return { matches: searching ? found?.matches : undefined, pending: searching && found?.q !== q };
}
