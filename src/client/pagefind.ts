/**
 * Pagefind's search engine, loaded lazily from this site the first time something searches (the
 * search box, the finder's words), once per page, whoever asks first. Nothing typed leaves the
 * device: Pagefind searches its index files locally.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
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
