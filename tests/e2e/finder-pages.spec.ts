/**
 * The finder's pages of cards: without JavaScript, /find/ and its later pages (/find/page/2/)
 * list every listing once, a page at a time, and so do the landing pages; with JavaScript, cards
 * the page does not hold come from the card files, so old links still show the same results.
 */
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

const PER_PAGE = 48;
const cards = (page: import('@playwright/test').Page) => page.locator('#finder-results .card:visible');
const slugsOn = (page: import('@playwright/test').Page, scope = '#finder-results') =>
  page.locator(`${scope} .card`).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.listing!));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pager leads through every listing, each once', async ({ page }) => {
    const all = published();
    expect(all.length, 'the sample needs more than one page').toBeGreaterThan(PER_PAGE);
    const seen: string[] = [];
    await page.goto('/find/');
    for (let n = 1; ; n++) {
      const slugs = await slugsOn(page);
      expect(slugs.length).toBe(Math.min(PER_PAGE, all.length - seen.length));
      seen.push(...slugs);
      const pager = page.getByRole('navigation', { name: 'Pages of results' });
      await expect(pager.getByRole('link', { name: `Page ${n}`, exact: true })).toHaveAttribute('aria-current', 'page');
      const next = pager.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/find/page/${n + 1}/$`));
      await expect(page).toHaveTitle(new RegExp(`Page ${n + 1} of ${Math.ceil(all.length / PER_PAGE)}`));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(all.map((l) => l.slug).sort());
    // The count on every page is the whole list's.
    await expect(page.locator('[data-result-count]')).toHaveText(String(all.length));
  });

  test('a landing page with more than a page of listings has later pages', async ({ page }) => {
    const matching = published().filter((l) => ((l.data.support as string[] | undefined) ?? []).includes('emotional'));
    expect(matching.length).toBeGreaterThan(PER_PAGE);
    await page.goto('/support/emotional/');
    await expect(page.locator('[data-count]')).toHaveText(String(matching.length));
    const first = await slugsOn(page, 'main');
    expect(first).toHaveLength(PER_PAGE);
    await page.getByRole('navigation', { name: 'Pages of results' }).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/support\/emotional\/page\/2\/$/);
    const second = await slugsOn(page, 'main');
    expect(second).toHaveLength(Math.min(PER_PAGE, matching.length - PER_PAGE));
    expect(second.filter((slug) => first.includes(slug))).toEqual([]);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(/\/support\/emotional\/$/);
  });

  test('the Spanish finder has its own pages', async ({ page }) => {
    await page.goto('/es/find/page/2/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const pager = page.getByRole('navigation', { name: 'Páginas de resultados' });
    await expect(pager.getByRole('link', { name: 'Página 2', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(pager.getByRole('link', { name: 'Página anterior' })).toHaveAttribute('href', '/es/find/');
  });
});

test.describe('with JavaScript', () => {
  test('a filter whose results lie beyond the first page shows them from the card files', async ({ page }) => {
    // The listings after the first page, by the finder's name order: pick a category that has
    // results only there, or at least some there.
    await page.goto('/find/');
    await finderReady(page);
    const onPage = new Set(await slugsOn(page));
    const later = published().filter((l) => !onPage.has(l.slug));
    const category = later[0]!.data.category;
    const want = published().filter((l) => l.data.category === category);
    const files: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/find/cards/')) files.push(new URL(r.url()).pathname);
    });
    await page.goto(`/find/?category=${category}`);
    await finderReady(page);
    await expect(page.locator('[data-result-count]')).toHaveText(String(want.length));
    await expect(cards(page)).toHaveCount(Math.min(PER_PAGE, want.length));
    const shown = await cards(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.listing!));
    expect(shown.every((slug) => want.some((l) => l.slug === slug))).toBe(true);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^\/find\/cards\/\d+\.json$/.test(f))).toBe(true);
    // A card from a file works like the page's own: "Add to my list" knows the device's list.
    const slug = shown.find((s) => !onPage.has(s))!;
    const fromFile = page.locator(`#finder-results [data-listing="${slug}"]`);
    await fromFile.locator('[data-add-to-list]').click();
    await expect(fromFile.locator('[data-add-to-list]')).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await finderReady(page);
    await expect(page.locator(`#finder-results [data-listing="${slug}"] [data-add-to-list]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('a later page starts where it says until something changes, then the address is the finder’s', async ({
    page,
  }) => {
    await page.goto('/find/page/2/');
    await finderReady(page);
    // The page's own cards, read from its HTML: the live list may also hold hidden cards the map
    // fetched for its labels.
    const server = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return [...doc.querySelectorAll<HTMLElement>('#finder-results .card')].map((el) => el.dataset.listing!);
    });
    expect(server).toHaveLength(PER_PAGE);
    // The island shows the page's own cards, and "Show more" instead of the pager.
    await expect
      .poll(() => cards(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.listing!).sort()))
      .toEqual([...server].sort());
    await expect(page.getByRole('navigation', { name: 'Pages of results' })).toBeHidden();
    await page.locator('#f-support-emotional').check();
    await expect(page).toHaveURL(/\/find\/\?support=emotional$/);
    const emotional = published().filter((l) => ((l.data.support as string[] | undefined) ?? []).includes('emotional'));
    await expect(page.locator('[data-result-count]')).toHaveText(String(emotional.length));
    await expect(cards(page)).toHaveCount(Math.min(PER_PAGE, emotional.length));
  });

  test('the map names places whose cards are not on the page yet', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/find/');
    await finderReady(page);
    await expect(page.locator('[data-map-points]')).toBeAttached({ timeout: 30_000 });
    const slugs = new Set(published().map((l) => l.slug));
    const names = new Set(published().map((l) => l.data.name));
    const markers = page.locator('#finder-map .leaflet-marker-icon:not(.map-cluster)');
    await expect(markers.first()).toBeAttached();
    // Markers drawn before their card file arrived are drawn again with the listing's name.
    await expect
      .poll(async () =>
        (await markers.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).filter((label) =>
          slugs.has(label),
        ),
      )
      .toEqual([]);
    const labels = await markers.evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    expect(labels.filter((label) => !names.has(label))).toEqual([]);
  });
});
