/**
 * The finder's words: searched with Pagefind on the device as the person types (debounced), the
 * matches then narrowed by the facets. Nothing typed leaves the device.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FacetIndex } from '#lib/finder/facets.ts';
import { loadPagefind, resultData, textResults } from '#client/pagefind.ts';

const MAX_TEXT_RESULTS = 1000;

/**
 * Positions (in the facet index) of the listings found for `q`, best first: each word found in a
 * listing's text by Pagefind, or naming one of its terms in the facet index
 * (src/lib/finder/term-words.ts). The word table is loaded only when words are searched.
 */
async function searchText(
  q: string,
  base: string,
  index: FacetIndex,
  positions: Map<string, number>,
): Promise<number[]> {
  const [engine, { wordGroups, termMatches, rankWordMatches }] = await Promise.all([
    loadPagefind(base),
    import('#lib/finder/term-words.ts'),
  ]);
  const matches = await Promise.all(
    wordGroups(q).map(async (group) => {
      const results = (await textResults(engine, group)).slice(0, MAX_TEXT_RESULTS);
      const data = await Promise.all(results.map(resultData));
      const text = new Set<number>();
      for (const { url } of data) {
        const slug = /\/listings\/([^/]+)\//.exec(url)?.[1];
        const position = slug ? positions.get(slug) : undefined;
        if (position !== undefined) text.add(position);
      }
      return { text: [...text], terms: termMatches(index, group.refs) };
    }),
  );
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
