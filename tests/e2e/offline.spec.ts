/**
 * Offline after the first visit (src/integrations/offline, src/lib/offline/plan.ts): the pages
 * precached at the first visit, a listing opened before, a list kept for offline, the offline page
 * for a page never saved, a search that worked once, cache keys without query strings, and a new
 * build's worker replacing the old caches. The rest of the suite runs with service workers blocked,
 * so every page is also checked working without one.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

type Page = import('@playwright/test').Page;

test.use({ serviceWorkers: 'allow' });

/** The first visit: the start page, until its service worker controls it (precache done). */
async function firstVisit(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** Every cache and the addresses it holds. */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      all[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    }
    return all;
  });
}

/** Keeps the list of `slugs` for offline from the list page; resolves once it says so. */
async function keepList(page: Page, slugs: string[]): Promise<void> {
  await page.goto(`/list/?ids=${slugs.join(',')}`);
  await expect(page.locator('[data-list-items] > li h2')).toHaveCount(slugs.length);
  await page.locator('[data-keep-button]').click();
  await expect(page.locator('[data-keep-status]')).toContainText(`Saved ${slugs.length} listing pages`);
}

test('after one visit, saved pages open with no connection and others show the offline page', async ({
  page,
  context,
}) => {
  const [opened, keptA, keptB, never] = published();
  await firstVisit(page);
  await page.goto(`/listings/${opened!.slug}/`);
  await keepList(page, [keptA!.slug, keptB!.slug]);

  await context.setOffline(true);
  await page.goto('/find/');
  await finderReady(page);
  await expect(page.locator('h1')).toHaveText('Find support');
  await expect(page.locator('#finder-results [data-listing]:visible').first()).toBeVisible();
  await expect(page.locator('[data-offline-note]')).toContainText('You are offline');

  await page.goto('/meetings/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('li.meeting:not([hidden]) .meeting-name').first()).toBeVisible();

  await page.goto(`/listings/${opened!.slug}/`);
  await expect(page.locator('h1')).toHaveText(opened!.data.name);
  await expect(page.locator('[data-offline-note]')).toContainText(/saved on this device on /);

  await page.goto(`/list/?ids=${keptA!.slug},${keptB!.slug}`);
  await expect(page.locator('[data-list-items] > li h2')).toHaveText([keptA!.data.name, keptB!.data.name]);
  await page.goto(`/listings/${keptB!.slug}/`);
  await expect(page.locator('h1'), 'a kept listing opens though it was never opened').toHaveText(keptB!.data.name);

  await page.goto(`/listings/${never!.slug}/`);
  await expect(page.locator('h1')).toHaveText('You are offline');
  await expect(page.locator('main a[href="/find/"]')).toBeVisible();
  await expect(page.locator('[data-saved-listings] a')).toHaveText(
    [opened!.data.name, keptA!.data.name, keptB!.data.name].sort((a, b) => a.localeCompare(b)),
  );
  await page.goto(`/es/listings/${never!.slug}/`);
  await expect(page.locator('h1')).toHaveText('Está sin conexión');
});

test('a search that worked once works offline, and no cache key carries a query string', async ({ page, context }) => {
  const word = published()[0]!.data.name.split(' ')[0]!.toLowerCase();
  await firstVisit(page);
  await page.goto(`/find/?q=${encodeURIComponent(word)}`);
  await finderReady(page);
  const online = await page.locator('[data-result-count]').textContent();
  await keepList(page, [published()[1]!.slug, published()[2]!.slug]);

  await context.setOffline(true);
  await page.goto(`/find/?q=${encodeURIComponent(word)}`);
  await finderReady(page);
  await expect(page.locator('[data-result-count]')).toHaveText(online!);

  const keys = Object.values(await cacheContents(page)).flat();
  expect(keys.some((url) => url.includes('/pagefind/'))).toBe(true);
  expect(keys.filter((url) => url.includes('?'))).toEqual([]);
  expect(keys.filter((url) => url.includes(word))).toEqual([]);
});

/**
 * The site as a host serves it, through a local proxy that can switch to a next build's service
 * worker: a browser fetches its worker's script itself, where the test cannot route it.
 */
async function proxy(target: string, overrides: Map<string, string>): Promise<{ url: string; close: () => void }> {
  const server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    const own = overrides.get(path.split('?')[0]!);
    if (own !== undefined) {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      response.end(own);
      return;
    }
    const upstream = await fetch(new URL(path, target));
    const headers = Object.fromEntries(
      [...upstream.headers].filter(
        ([name]) => !/^(content-encoding|content-length|transfer-encoding|connection)$/i.test(name),
      ),
    );
    response.writeHead(upstream.status, headers);
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

test('a new build’s worker replaces the old caches and keeps the kept pages', async ({ page, baseURL }) => {
  const overrides = new Map<string, string>();
  const site = await proxy(baseURL!, overrides);
  try {
    const [kept, other] = published();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await page.goto(`${site.url}/list/?ids=${kept!.slug},${other!.slug}`);
    await expect(page.locator('[data-list-items] > li h2')).toHaveCount(2);
    await page.locator('[data-keep-button]').click();
    await expect(page.locator('[data-keep-status]')).toContainText('Saved 2 listing pages');
    const before = Object.keys(await cacheContents(page));
    const oldId = /^asset-map-kept-(.+)$/.exec(before.find((name) => name.startsWith('asset-map-kept-'))!)![1]!;
    expect(before.every((name) => name.includes(oldId))).toBe(true);

    // The next deploy: the same files under another build id.
    const newId = 'rebuilt0001';
    const worker = await (await fetch(`${site.url}/sw.js`)).text();
    const extraPath = /importScripts\("([^"]+)"\)/.exec(worker)![1]!;
    const extra = await (await fetch(`${site.url}${extraPath}`)).text();
    overrides.set('/sw.js', worker.replaceAll(oldId, newId).replace(extraPath, '/sw-offline.rebuilt.js'));
    overrides.set('/sw-offline.rebuilt.js', extra.replaceAll(oldId, newId));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    await expect
      .poll(async () => Object.keys(await cacheContents(page)).sort(), { timeout: 20_000 })
      .toEqual(
        before
          .map((name) => name.replace(oldId, newId))
          .filter((name) => !name.startsWith('asset-map-data-'))
          .sort(),
      );
    const after = await cacheContents(page);
    expect(after[`asset-map-kept-${newId}`]!.some((url) => url.endsWith(`/listings/${kept!.slug}/`))).toBe(true);
  } finally {
    site.close();
  }
});
