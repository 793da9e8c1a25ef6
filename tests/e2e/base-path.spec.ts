import { BASE_PATH, BASE_PORT } from '../../playwright.config.ts';
import { published } from './data.ts';
import { expect, finderReady, test as siteTest } from './fixtures.ts';

/**
 * The site built with `base: /recovery-map/` and served only under that path (the second web
 * server in playwright.config.ts), as GitHub Pages serves a project site. Every request must stay
 * under the base: one that escapes it would 404 on such a host.
 */
const origin = `http://127.0.0.1:${BASE_PORT}`;
/** Fails a test whose page asks the server for anything outside the base path. */
const test = siteTest.extend<{ outside: string[] }>({
  outside: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin && !url.pathname.startsWith(BASE_PATH)) outside.push(url.pathname);
      });
      await use(outside);
      expect(outside, 'requests outside the base path').toEqual([]);
    },
    { auto: true },
  ],
});
test.use({ baseURL: origin });

test('pages and their links stay under the base path', async ({ page }) => {
  await page.goto(BASE_PATH);
  await expect(page.locator('h1')).toBeVisible();
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href.startsWith(BASE_PATH)).toBe(true);
  const listing = published()[0]!;
  await page.goto(`${BASE_PATH}listings/${listing.slug}/`);
  await expect(page.locator('h1')).toHaveText(listing.data.name);
});

test('the finder loads its data, and the map its points', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE_PATH}find/?category=mutual-aid-meeting`);
  await finderReady(page);
  const meetings = published().filter((l) => l.data.category === 'mutual-aid-meeting').length;
  await expect(page.locator('[data-result-count]')).toHaveText(String(meetings));
  await page.goto(`${BASE_PATH}map/`);
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
});

test('search finds a listing and links to it under the base path', async ({ page }) => {
  const listing = published().find((l) => l.slug === 'friday-night-owls') ?? published()[0]!;
  await page.goto(`${BASE_PATH}search/`);
  await page.getByRole('searchbox').fill(listing.data.name.split(' ').sort((a, b) => b.length - a.length)[0]!);
  await expect(page.locator(`#search-results a[href="${BASE_PATH}listings/${listing.slug}/"]`)).toBeVisible();
});

test('the meetings page and a hand-picked list work', async ({ page }) => {
  await page.goto(`${BASE_PATH}meetings/`);
  await expect(page.locator('[data-meetings-count]')).toHaveText(/sessions/);
  const slugs = published()
    .slice(0, 3)
    .map((l) => l.slug);
  await page.goto(`${BASE_PATH}list/?ids=${slugs.join(',')}`);
  for (const slug of slugs) await expect(page.locator(`a[href="${BASE_PATH}listings/${slug}/"]`).first()).toBeVisible();
});

test('a listing is shared and reported under the address it is served from, base path included', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  const listing = published().find((l) => typeof l.data.phone === 'string') ?? published()[0]!;
  await page.goto(`${BASE_PATH}listings/${listing.slug}/`);
  const here = `${origin}${BASE_PATH}listings/${listing.slug}/`;
  expect(page.url()).toBe(here);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(here);
  const sms = decodeURIComponent((await page.locator('[data-share-sms]').getAttribute('href'))!);
  expect(sms.endsWith(` · ${here}`)).toBe(true);
  const mail = new URL((await page.getByRole('link', { name: 'Report a problem' }).getAttribute('href'))!);
  expect(mail.searchParams.get('body')).toContain(`Page: ${here}`);
});

test('the Spanish pages stay under the base path, and switch language there', async ({ page }) => {
  await page.goto(`${BASE_PATH}es/find/?support=emotional`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href.startsWith(BASE_PATH)).toBe(true);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    new RegExp(`${BASE_PATH}find/$`),
  );
  await finderReady(page);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(`${origin}${BASE_PATH}find/?support=emotional`);
});

test.describe('offline under the base path', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker works in the sub-path only, and a page never saved shows the offline page', async ({
    page,
    context,
  }) => {
    await page.goto(BASE_PATH);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}${BASE_PATH}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await context.setOffline(true);
    await page.goto(`${BASE_PATH}es/find/`);
    await finderReady(page);
    await expect(page.locator('h1')).toHaveText('Buscar apoyo');
    await page.goto(`${BASE_PATH}listings/${published()[3]!.slug}/`);
    await expect(page.locator('h1')).toHaveText('You are offline');
    await expect(page.locator(`main a[href="${BASE_PATH}find/"]`)).toBeVisible();
  });
});
