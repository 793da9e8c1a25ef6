/**
 * The finder's words: searched with Pagefind on the device as the person types (debounced), the
 * matches then narrowed by the facets. Nothing typed leaves the device.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FacetIndex } from '#lib/finder/facets.ts';
import { loadPagefind } from '#client/pagefind.ts';

const MAX_TEXT_RESULTS = 1000;

/** Positions (in the facet index) of the listings Pagefind finds for `q`, best match first. */
async function searchText(q: string, base: string, positions: Map<string, number>): Promise<number[]> {
  const engine = await loadPagefind(base);
  const response = await engine.search(q);
  const data = await Promise.all((response?.results ?? []).slice(0, MAX_TEXT_RESULTS).map((r) => r.data()));
  const found: number[] = [];
  for (const { url } of data) {
    const slug = /\/listings\/([^/]+)\//.exec(url)?.[1];
    const position = slug ? positions.get(slug) : undefined;
    if (position !== undefined && !found.includes(position)) found.push(position);
  }
  return found;
}

export interface TextSearch {
  /** What Pagefind found for the words, best first; undefined with no words. */
  matches: number[] | undefined;
  /** A search for the current words is under way. */
  pending: boolean;
}

/** `base` is the site's base path, where Pagefind's files are. */
export function useTextSearch(q: string, index: FacetIndex | undefined, base: string): TextSearch {
  const [matches, setMatches] = useState<number[] | undefined>();
  const [pending, setPending] = useState(false);
  const positions = useMemo(() => new Map(index?.slugs.map((slug, i) => [slug, i]) ?? []), [index]);

  // The search runs (and is cancelled) here, so whether one is under way is set here too, and
  // no words drop the last matches; the held results and the ready marker follow these.
  useEffect(() => {
    if (!q || !index) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setMatches(undefined);
      setPending(false);
      return;
    }
    let cancelled = false;
    setPending(true);
    const timer = setTimeout(() => {
      searchText(q, base, positions)
        .then((found) => !cancelled && setMatches(found))
        .catch(() => !cancelled && setMatches([]))
        .finally(() => !cancelled && setPending(false));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, index, base, positions]);

  return { matches, pending };
}
