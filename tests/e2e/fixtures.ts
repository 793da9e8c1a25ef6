/**
 * Shared test fixture: every page is checked for privacy. Every request to another host is
 * recorded and blocked (map tiles cannot load here, and tests must not depend on them). Requests
 * to the tile host set in data/site.yaml are collected in `tileRequests`, for tests that check
 * which pages ask for tiles; a request to any other host fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { siteConfig } from './data.ts';

const tileUrl = siteConfig().map?.tile_url ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const tileHost = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).hostname;

export const test = base.extend<{ foreignRequests: string[]; tileRequests: string[] }>({
  tileRequests: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ context, tileRequests }, use) => {
      const foreign: string[] = [];
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => {
          const url = route.request().url();
          (new URL(url).hostname === tileHost ? tileRequests : foreign).push(url);
          return route.abort();
        },
      );
      await use(foreign);
      expect(foreign, 'pages must not contact any host but the site and its tile server').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the finder island has loaded its data and applied the URL (facets, place, words):
 * the moment it sets `data-finder-ready`. On a busy 2-core machine (two test workers, a preview
 * server and two Chromiums) that can take several seconds longer than the default wait, most of
 * it Pagefind's WebAssembly and index when the URL has words; the wait ends as soon as it is ready.
 */
export async function finderReady(page: Page): Promise<void> {
  await expect(page.locator('[data-finder-ready]')).toBeAttached({ timeout: 30_000 });
}

/**
 * The layout shift since navigation (entries without recent input, read from the browser's
 * buffer), what moved (for the message of a failing check), and whether anything inside
 * `within` (a selector) moved. Budget: 0.02.
 */
export async function layoutShift(
  page: Page,
  within = ':root',
): Promise<{ total: number; moved: string[]; movedWithin: boolean }> {
  return page.evaluate(
    (selector) =>
      new Promise<{ total: number; moved: string[]; movedWithin: boolean }>((done) => {
        let total = 0;
        let movedWithin = false;
        const moved: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            for (const source of entry.sources ?? []) {
              const node = source.node instanceof Element ? source.node : undefined;
              if (node?.closest(selector)) movedWithin = true;
              moved.push(`${node?.nodeName ?? '?'}.${node?.className ?? ''} (${entry.value.toFixed(4)})`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done({ total, moved, movedWithin }), 50);
      }),
    within,
  );
}
