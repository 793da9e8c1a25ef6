import { describe, expect, it } from 'vitest';
import { PRECACHED_PAGES, cacheKey, fallbackFor, offlinePlan, precachedPages } from '#lib/offline/plan.ts';

describe('what the service worker keeps', () => {
  const plan = offlinePlan(['en', 'es'], '/', 'abc123');

  it('precaches the pages a peer needs first, in every language, with the finder’s data', () => {
    for (const page of ['index.html', 'find/index.html', 'meetings/index.html', 'list/index.html']) {
      expect(plan.globPatterns).toContain(page);
      expect(plan.globPatterns).toContain(`es/${page}`);
    }
    expect(plan.globPatterns).toContain('recovery-capital/index.html');
    expect(plan.globPatterns).toContain('es/safety/index.html');
    expect(plan.globPatterns).toContain('es/offline/index.html');
    expect(plan.globPatterns).toContain('find/facets.json');
    expect(plan.globPatterns).toContain('find/points.json');
    // Listing pages, the search index and map tiles are left to runtime caching.
    expect(plan.globPatterns.some((glob) => /listings|pagefind|tile/.test(glob))).toBe(false);
  });

  it('names every cache after the build, so the next build can tell its own', () => {
    expect(plan.cacheId).toBe('asset-map-abc123');
    for (const name of Object.values(plan.caches)) expect(name).toMatch(/^asset-map-[a-z]+-abc123$/);
  });

  it('writes paths under a sub-path', () => {
    const sub = offlinePlan(['en', 'es'], '/recovery-map/', 'x');
    // Globs are relative to the build folder; the base is only in the addresses.
    expect(sub.globPatterns).toContain('es/find/index.html');
    expect(fallbackFor(sub, '/recovery-map/es/listings/a/')).toBe('/recovery-map/es/offline/index.html');
    expect(fallbackFor(sub, '/recovery-map/listings/a/')).toBe('/recovery-map/offline/index.html');
  });

  it('builds one language only when the site has one', () => {
    const english = offlinePlan(['en'], '/', 'x');
    expect(english.globPatterns.filter((glob) => glob.startsWith('es/'))).toEqual([]);
    expect(english.globPatterns.filter((glob) => glob.endsWith('index.html'))).toHaveLength(PRECACHED_PAGES.length);
  });

  it('shows the offline page in the language of the page asked for', () => {
    expect(fallbackFor(plan, '/es/listings/a/')).toBe('/es/offline/index.html');
    expect(fallbackFor(plan, '/listings/a/')).toBe('/offline/index.html');
    // "/espanol/" is not under "/es/".
    expect(fallbackFor(plan, '/espanol/')).toBe('/offline/index.html');
  });

  it('keys every cache entry without its query string or fragment', () => {
    expect(cacheKey('https://example.org/find/?q=dentist&near=48912#results')).toBe('https://example.org/find/');
    expect(cacheKey('https://example.org/pagefind/pagefind-entry.json?ts=1764900000')).toBe(
      'https://example.org/pagefind/pagefind-entry.json',
    );
  });
});

describe('pages too big to precache', () => {
  const MB = 1024 * 1024;

  it('are left to runtime caching in every language when one language’s is too big', () => {
    const sizes: Record<string, number> = { 'find/index.html': 1.9 * MB, 'es/find/index.html': 2.1 * MB };
    const { pages, leftOut } = precachedPages(['en', 'es'], (file) => sizes[file] ?? 20_000);
    expect(leftOut).toEqual(['find/']);
    expect(pages).not.toContain('find/');
    expect(offlinePlan(['en', 'es'], '/', 'x', pages).globPatterns).not.toContain('find/index.html');
  });

  it('never leave out the offline page, and do not count a missing file', () => {
    const { pages } = precachedPages(['en'], (file) => (file === 'offline/index.html' ? 3 * MB : undefined));
    expect(pages).toEqual([...PRECACHED_PAGES]);
  });
});
