/**
 * Word search in the finder and on the search page: everyday words and Spanish words find what
 * they mean, "Best match" puts the listings whose own words match first, in Pagefind's order, a word no listing uses finds nothing (not every
 * street with an "S"), nothing found is never a dead end, and no stale count shows while searching.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { published, type ListingFile } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

const count = (page: Page) => page.locator('[data-result-count]');
const visibleCards = (page: Page) => page.locator('#finder-results .card:visible');
const shownSlugs = (page: Page) =>
  visibleCards(page).evaluateAll((els) =>
    els
      .map((e) => e as HTMLElement)
      .sort((a, b) => Number(a.style.order) - Number(b.style.order))
      .map((e) => e.dataset.listing!),
  );

async function openFinder(page: Page, search: string) {
  await page.goto(`/find/${search}`);
  await finderReady(page);
}

const slugs = (listings: ListingFile[]) => new Set(listings.map((l) => l.slug));
const inCategory = (id: string) => published().filter((l) => l.data.category === id);
const pathways = (l: ListingFile) => (l.data.pathways as string[] | undefined) ?? [];
/** Listings that name medication (MOUD) as a pathway, or houses that welcome residents who take it. */
const medication = published().filter(
  (l) =>
    pathways(l).includes('medication-assisted') ||
    (l.data.housing as { moud?: string } | undefined)?.moud === 'welcome',
);

/** Pagefind's own order for words, read from its engine in the page. */
async function pagefindOrder(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const engine = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const response = await engine.search(q);
    const data = await Promise.all(response.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d: { url: string }) => /\/listings\/([^/]+)\//.exec(d.url)![1]!);
  }, q);
}

test.describe('everyday words find what they mean', () => {
  const cases: [string, () => ListingFile[]][] = [
    ['sober living', () => inCategory('recovery-housing')],
    ['halfway house', () => inCategory('recovery-housing')],
    ['vivienda', () => inCategory('recovery-housing')],
    ['dentist', () => inCategory('dental')],
    ['dentista', () => inCategory('dental')],
    ['trabajo', () => inCategory('employment')],
    ['MAT', () => medication],
    ['Suboxone', () => medication],
  ];
  for (const [q, want] of cases) {
    test(`“${q}” finds exactly the listings it means`, async ({ page }) => {
      expect(want().length, 'the sample data has some').toBeGreaterThan(1);
      await openFinder(page, `?q=${encodeURIComponent(q)}`);
      await expect(count(page)).toHaveText(String(want().length));
      expect(new Set(await shownSlugs(page))).toEqual(slugs(want()));
    });
  }

  test('“free dentist” finds both free dental clinics, first', async ({ page }) => {
    const free = inCategory('dental').filter((l) => l.data.cost === 'free');
    expect(free.length).toBe(2);
    await openFinder(page, '?q=free+dentist');
    const shown = await shownSlugs(page);
    expect(new Set(shown.slice(0, free.length))).toEqual(slugs(free));
  });
});

/** The finder's listings for `q`, and the requests for results' data and for the table of result ids. */
async function searchedWith(page: Page, q: string) {
  const fragments: string[] = [];
  const tables: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/pagefind/fragment/')) fragments.push(url);
    if (url.includes('/pagefind/result-ids.')) tables.push(url);
  });
  await openFinder(page, `?q=${encodeURIComponent(q)}`);
  return { shown: await shownSlugs(page), fragments: fragments.length, tables: [...tables] };
}

/** The listings every word matches: by its text (Pagefind, the word searched alone) or by its terms. */
async function freeDentists(page: Page) {
  const saysFree = new Set(await pagefindOrder(page, 'free'));
  const saysDentist = new Set(await pagefindOrder(page, 'dentist'));
  const want = published().filter(
    (l) =>
      (saysFree.has(l.slug) || l.data.cost === 'free') && (saysDentist.has(l.slug) || l.data.category === 'dental'),
  );
  expect(saysFree.size, 'the sample data says “free” in some listings’ text').toBeGreaterThan(want.length);
  return want;
}

test.describe('a search of several words naming terms', () => {
  test('“free dentist” finds every listing that says or is each word, looking results up in one table', async ({
    page,
  }) => {
    const { shown, fragments, tables } = await searchedWith(page, 'free dentist');
    expect(new Set(shown)).toEqual(slugs(await freeDentists(page)));
    expect(tables).toEqual([expect.stringMatching(/\/pagefind\/result-ids\.en\.json$/)]);
    // Data only for the best result of each word's search ("free", "dentist"), to tell a real
    // match from Pagefind's guess.
    expect(fragments).toBeGreaterThan(0);
    expect(fragments).toBeLessThanOrEqual(2);
  });

  test('without the table, the same listings, from the results’ data, for listings the words match only', async ({
    page,
  }) => {
    await page.route('**/pagefind/result-ids.*', (route) => route.abort());
    const { shown, fragments } = await searchedWith(page, 'free dentist');
    const want = await freeDentists(page);
    expect(new Set(shown)).toEqual(slugs(want));
    // The text searches are narrowed to the other word's terms: no data is fetched for a listing
    // that says "free" but is no dentist.
    expect(fragments).toBeGreaterThan(0);
    expect(fragments).toBeLessThanOrEqual(want.length);
  });
});

test('with words, “Best match” puts listings whose own words say it first, in Pagefind’s order; “suboxone” lists only medication listings', async ({
  page,
}) => {
  await openFinder(page, '?q=suboxone');
  await expect(page.locator('#finder-sort')).toHaveValue('best');
  const shown = await shownSlugs(page);
  // Houses that welcome medication have the word in their search record; listings that name the
  // medication pathway match it in the browser, and come after.
  const inText = await pagefindOrder(page, 'suboxone');
  expect(inText.length).toBeGreaterThan(0);
  expect(shown.slice(0, inText.length)).toEqual(inText);
  expect(shown.length).toBeGreaterThan(inText.length);
  expect(new Set(shown)).toEqual(slugs(medication));
});

test('a word no listing uses finds nothing, not every street address with an “S” or “St”', async ({ page }) => {
  await openFinder(page, '?q=stimulant');
  // Pagefind on its own falls back to the longest start of the word it knows: "st".
  expect((await pagefindOrder(page, 'stimulant')).length).toBeGreaterThan(10);
  await expect(count(page)).toHaveText('0');
  await expect(visibleCards(page)).toHaveCount(0);
  const help = page.locator('[data-no-results]');
  await expect(help).toContainText('No listing uses the words “stimulant”');
  await expect(help.getByRole('link', { name: 'Browse every kind of place' })).toHaveAttribute('href', '/categories/');
});

test.describe('nothing found is never an empty page', () => {
  test('the nearest category to the words, with its count, one click away', async ({ page }) => {
    await openFinder(page, '?q=dentist+veterans');
    await expect(count(page)).toHaveText('0');
    const dental = inCategory('dental').length;
    const suggestion = page.locator('[data-suggest-category="dental"]');
    await expect(suggestion).toHaveText(`Everything in Dental care (${dental} listings)`);
    await expect(suggestion).toHaveAttribute('href', '/find/?category=dental');
    await suggestion.click();
    await expect(page).toHaveURL(/\/find\/\?category=dental$/);
    await expect(count(page)).toHaveText(String(dental));
    await expect(page.locator('[data-no-results]')).toHaveCount(0);
    await expect(page.locator('#finder-q')).toHaveValue('');
  });

  test('each filter that narrows to nothing can be taken away, with the count it gives', async ({ page }) => {
    // Free dental care for veterans: the sample data has none.
    await openFinder(page, '?q=dentist&cost=free&population=veterans');
    await expect(count(page)).toHaveText('0');
    const help = page.locator('[data-no-results]');
    await expect(help.getByRole('heading', { name: 'Nothing matches all of that' })).toBeVisible();
    const withoutVeterans = help.locator('[data-loosen="population=veterans"]');
    const freeDental = inCategory('dental').filter((l) => l.data.cost === 'free').length;
    await expect(withoutVeterans).toHaveText(`Remove “Veterans” (${freeDental} listings)`);
    await withoutVeterans.click();
    await expect(page).toHaveURL(/\?q=dentist&cost=free$/);
    await expect(count(page)).toHaveText(String(freeDental));
    await expect(help).toHaveCount(0);
  });

  test('filters alone that match nothing offer their way back too', async ({ page }) => {
    await openFinder(page, '?category=dental&attendance=online');
    await expect(count(page)).toHaveText('0');
    const online = published().filter((l) => l.data.attendance === 'online').length;
    await expect(page.locator('[data-loosen="category=dental"]')).toHaveText(
      `Remove “Dental care” (${online} listings)`,
    );
    await expect(page.locator('[data-loosen="attendance=online"]')).toContainText('Remove “Online”');
  });
});

test('while words are being searched the count says “Searching…”, and the finder is not ready', async ({ page }) => {
  await openFinder(page, '');
  // Hold Pagefind's index until the stale state has been looked at.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('#finder-q').fill('dentist');
  await expect(page.locator('.finder-count')).toHaveText('Searching for “dentist”…');
  await expect(count(page)).toHaveCount(0);
  await expect(page.locator('[data-finder-ready]')).toHaveCount(0);
  release();
  await finderReady(page);
  await expect(count(page)).toHaveText(String(inCategory('dental').length));
});

test.describe('the search page', () => {
  test('uses the same words: “halfway house” lists recovery housing', async ({ page }) => {
    await page.goto('/search/?q=halfway+house');
    const results = page.locator('#search-results');
    const housing = inCategory('recovery-housing');
    await expect(results).toContainText(`${housing.length} listings match “halfway house”`);
    const first = await results.locator('li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of first) expect(slugs(housing)).toContain(/\/listings\/([^/]+)\//.exec(href!)![1]);
  });

  test('a word naming a kind of place lists every listing of that kind: “dentista” on the English page', async ({
    page,
  }) => {
    await page.goto('/search/?q=dentista');
    const results = page.locator('#search-results');
    const dental = inCategory('dental');
    await expect(results).toContainText(`${dental.length} listings match “dentista”`);
    const shown = await results.locator('li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(shown.map((href) => /\/listings\/([^/]+)\//.exec(href)![1]))).toEqual(slugs(dental));
  });

  test('nothing found: says so, suggests the nearest category and every category', async ({ page }) => {
    await page.goto('/search/?q=stimulant');
    const results = page.locator('#search-results');
    await expect(results).toContainText('No listing uses the words “stimulant”');
    await expect(results.getByRole('link', { name: 'Browse every kind of place' })).toBeVisible();
    await page.goto('/search/?q=dentist+veterans');
    await expect(page.locator('#search-results [data-suggest-category="dental"]')).toHaveAttribute(
      'href',
      '/categories/dental/',
    );
  });
});

test.describe('the help for nothing found is accessible', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  test.use({ viewport: { width: 390, height: 844 } });
  const cases: [string, (page: Page) => Promise<void>][] = [
    ['/find/?q=dentist+veterans&cost=free', (page) => expect(page.locator('[data-no-results]')).toBeVisible()],
    ['/search/?q=dentist+veterans', (page) => expect(page.locator('[data-suggest-category]')).toBeVisible()],
  ];
  for (const [path, ready] of cases) {
    test(`axe finds nothing on ${path}, and nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/find/')) await finderReady(page);
      await ready(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The ways out are tap targets of 44 px or more.
      for (const box of await page.locator('[data-suggest-category], [data-loosen]').all()) {
        expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
    });
  }
});
