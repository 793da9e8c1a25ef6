/**
 * Pagefind's search engine, loaded lazily from this site the first time something searches (the
 * search box, the finder's words), once per page, whoever asks first. Nothing typed leaves the
 * device: Pagefind searches its index files locally.
 */

import { matchedOnlyAGuess, wordsAt } from '#lib/finder/text-match.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** The result's plain text, and the positions of the matched words in it. */
  content: string;
  locations: number[];
}
export interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
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

/**
 * The results for `q`, best first, or none when Pagefind only guessed: it found none of a typed
 * word and matched a letter or two of its start instead (src/lib/finder/text-match.ts).
 */
export async function searchListings(base: string, q: string): Promise<PagefindResult[]> {
  const engine = await loadPagefind(base);
  const results = (await engine.search(q))?.results ?? [];
  const best = await results[0]?.data();
  if (best && matchedOnlyAGuess(q, wordsAt(best.content, best.locations))) return [];
  return results;
}
