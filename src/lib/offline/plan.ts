/**
 * What the service worker keeps, and where (src/integrations/offline builds it with Workbox).
 * Pure, so the choices are unit-tested rather than read out of a generated file.
 *
 * - Precached at install, in every language: the start page, the finder with its data, the
 *   meetings page, the list, the check-in, the safety page and the offline page, plus the scripts
 *   and styles. A page bigger than PRECACHE_MAX_PAGE_BYTES in any language (the finder and the
 *   meetings page of a very large site) is left to runtime caching in every language, so no
 *   language works offline with less: it is kept once it has been opened.
 * - Runtime: every page opened (network first, so a page online is never stale), the search
 *   index files as they are used, and the data files the pages fetch.
 * - Cache keys never carry a query string: /find/?q=… is kept as /find/, so nothing typed is kept.
 * - Every cache, the precache too, carries the build's id: a new build's worker precaches afresh
 *   and deletes the old caches, fetching again the pages someone chose to keep for offline. So
 *   precached files need no revision in their keys (Workbox would add `?__WB_REVISION__=…`).
 */

import { manifestFiles } from '#lib/web-app/manifest.ts';

/** Pages precached in each language, relative to the language's root. */
export const PRECACHED_PAGES = ['', 'find/', 'meetings/', 'list/', 'recovery-capital/', 'safety/', 'offline/'] as const;

/** The finder's data, fetched by /find/ in every language (written once, at the site's root). */
export const PRECACHED_DATA = ['find/facets.json', 'find/points.json', 'find/places.json', 'find/times.json'] as const;

/** Scripts, styles and the map's images: every page's shell. */
export const PRECACHED_ASSETS = ['_astro/**/*.{js,css,png,svg}', 'favicon.svg'] as const;

/** A page bigger than this (uncompressed; Workbox's own default limit) is not precached. */
export const PRECACHE_MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** Every cache the worker makes starts with this, so the worker knows which are its own. */
export const CACHE_PREFIX = 'asset-map-';

/** The service worker's file, at the site's root so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

export interface OfflinePlan {
  /** CACHE_PREFIX, carried in the plan because the worker's own part cannot import it. */
  prefix: string;
  /** This build's id, in the name of every cache it makes. */
  buildId: string;
  /** Workbox's cacheId: the precache is named after it. */
  cacheId: string;
  /** Glob patterns of the precached files, relative to dist/. */
  globPatterns: string[];
  /** The runtime caches of this build, by what they hold. */
  caches: { pages: string; search: string; data: string; assets: string; kept: string };
  /** The offline page by language prefix ('/es/' …), the default language's last under the base. */
  fallbacks: { prefix: string; page: string }[];
  base: string;
}

/** The language roots under `base`: the default language at the base, the others at base + code. */
function languageRoots(languages: readonly string[], base: string): { lang: string; root: string }[] {
  return languages.map((lang, i) => ({ lang, root: i === 0 ? base : `${base}${lang}/` }));
}

/** A precached page's file in each language, relative to dist/: 'find/' → find/index.html, es/find/index.html. */
export function pageFiles(languages: readonly string[], page: string): string[] {
  return languages.map((lang, i) => `${i === 0 ? '' : `${lang}/`}${page}index.html`);
}

/**
 * The pages to precache: PRECACHED_PAGES but those whose file in some language is bigger than
 * PRECACHE_MAX_PAGE_BYTES (`sizeOf` gives a file's size in bytes, or undefined when it is absent).
 * The offline page always stays.
 */
export function precachedPages(
  languages: readonly string[],
  sizeOf: (file: string) => number | undefined,
): { pages: string[]; leftOut: string[] } {
  const fits = (page: string) =>
    page === 'offline/' || pageFiles(languages, page).every((file) => (sizeOf(file) ?? 0) <= PRECACHE_MAX_PAGE_BYTES);
  return {
    pages: PRECACHED_PAGES.filter(fits),
    leftOut: PRECACHED_PAGES.filter((page) => !fits(page)),
  };
}

export function offlinePlan(
  languages: readonly string[],
  base: string,
  buildId: string,
  pages: readonly string[] = PRECACHED_PAGES,
): OfflinePlan {
  const roots = languageRoots(languages, base);
  const pageGlobs = pages.flatMap((page) => pageFiles(languages, page));
  const name = (what: string) => `${CACHE_PREFIX}${what}-${buildId}`;
  return {
    prefix: CACHE_PREFIX,
    buildId,
    cacheId: `${CACHE_PREFIX}${buildId}`,
    // The manifests by name: a `**` pattern would walk every folder of the site, twice per build.
    globPatterns: [
      ...pageGlobs,
      ...PRECACHED_DATA,
      ...PRECACHED_ASSETS,
      ...manifestFiles(languages).map((file) => file.path),
      'icons/*',
    ],
    caches: {
      pages: name('pages'),
      search: name('search'),
      data: name('data'),
      assets: name('assets'),
      kept: name('kept'),
    },
    // Longest prefix first, so /es/… finds the Spanish page before the root's.
    fallbacks: roots
      .map(({ root }) => ({ prefix: root, page: `${root}offline/index.html` }))
      .sort((a, b) => b.prefix.length - a.prefix.length),
    base,
  };
}

/** `url` without its query string or fragment: the key everything is cached under. */
export function cacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/** The offline page for a page at `pathname`, in that page's language. */
export function fallbackFor(plan: Pick<OfflinePlan, 'fallbacks'>, pathname: string): string {
  return (plan.fallbacks.find((f) => pathname.startsWith(f.prefix)) ?? plan.fallbacks.at(-1)!).page;
}
