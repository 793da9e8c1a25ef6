import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

type Listing = ReturnType<typeof published>[number];
const list = (l: Listing, field: string) => (l.data[field] as string[] | undefined) ?? [];

/** What the data says a facet selection should match (OR within, AND across; all-pathways matches any pathway). */
function expected(filters: Record<string, string[]>): Listing[] {
  return published().filter((l) =>
    Object.entries(filters).every(([key, values]) => {
      switch (key) {
        case 'category':
          return values.includes(l.data.category);
        case 'support':
          return values.some((v) => list(l, 'support').includes(v));
        case 'pathway':
          return values.some((v) => list(l, 'pathways').includes(v) || list(l, 'pathways').includes('all-pathways'));
        case 'attendance':
          return values.includes((l.data.attendance as string) ?? 'in-person');
        case 'language':
          return values.some((v) => (list(l, 'languages').length ? list(l, 'languages') : ['en']).includes(v));
        case 'cost':
          return values.includes(l.data.cost as string);
        default:
          return values.some((v) => list(l, key === 'population' ? 'populations' : key).includes(v));
      }
    }),
  );
}

const query = (filters: Record<string, string[]>) =>
  '?' +
  Object.entries(filters)
    .map(([k, v]) => `${k}=${v.join(',')}`)
    .join('&');

async function openFinder(page: import('@playwright/test').Page, search = '') {
  await page.goto(`/find/${search}`);
  await finderReady(page);
}
const count = (page: import('@playwright/test').Page) => page.locator('[data-result-count]');
const visibleCards = (page: import('@playwright/test').Page) => page.locator('#finder-results .card:visible');

test.describe('facets from the URL', () => {
  const cases: Record<string, string[]>[] = [
    { support: ['instrumental'] },
    { pathway: ['medication-assisted'] },
    { category: ['mutual-aid-meeting'] },
    { support: ['instrumental', 'emotional'] },
    { support: ['emotional'], pathway: ['secular'] },
    { support: ['instrumental'], pathway: ['medication-assisted'], category: ['recovery-housing'] },
    { attendance: ['online', 'hybrid'], category: ['mutual-aid-meeting'] },
    { language: ['es'] },
    { population: ['women'], cost: ['free'] },
    { accessibility: ['wheelchair'], support: ['affiliational'] },
  ];
  for (const filters of cases) {
    test(`${query(filters)} shows exactly what the data says`, async ({ page }) => {
      const want = expected(filters);
      expect(want.length, 'pick cases that match something').toBeGreaterThan(0);
      await openFinder(page, query(filters));
      await expect(count(page)).toHaveText(String(want.length));
      // Cards come in pages of 48; "Show more" reveals the rest.
      await expect(visibleCards(page)).toHaveCount(Math.min(want.length, 48));
      const more = page.getByRole('button', { name: /^Show \d+ more/ });
      while (await more.isVisible()) await more.click();
      await expect(visibleCards(page)).toHaveCount(want.length);
      const shown = await visibleCards(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.listing));
      expect(new Set(shown)).toEqual(new Set(want.map((l) => l.slug)));
      for (const href of await visibleCards(page)
        .locator('h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^\/listings\/[a-z0-9-]+\/$/);
      }
    });
  }
});

test('q finds a listing by a word of its name, together with facets', async ({ page }) => {
  await openFinder(page, '?q=Sunflower');
  await expect(page.locator('[data-listing="sunflower-house"]')).toBeVisible();
  await openFinder(page, '?q=Sunflower&category=food');
  await expect(count(page)).toHaveText('0');
  await openFinder(page, '?q=Sunflower&category=recovery-housing');
  await expect(page.locator('[data-listing="sunflower-house"]')).toBeVisible();
});

test('clicking facets updates the URL without reloading; reload and back restore the state', async ({ page }) => {
  await openFinder(page);
  const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = Math.random()));
  await page.getByRole('checkbox', { name: /^Practical help/ }).check();
  await expect(page).toHaveURL(/\/find\/\?support=instrumental$/);
  await page.getByRole('checkbox', { name: /^Medication for opioid use disorder \(MOUD\)/ }).check();
  await expect(page).toHaveURL(/\?support=instrumental&pathway=medication-assisted$/);
  const both = expected({ support: ['instrumental'], pathway: ['medication-assisted'] }).length;
  await expect(count(page)).toHaveText(String(both));
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker); // no reload

  await page.reload();
  await finderReady(page);
  await expect(count(page)).toHaveText(String(both));
  await expect(page.getByRole('checkbox', { name: /^Medication for opioid use disorder \(MOUD\)/ })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\?support=instrumental$/);
  await expect(count(page)).toHaveText(String(expected({ support: ['instrumental'] }).length));
  await expect(page.getByRole('checkbox', { name: /^Medication for opioid use disorder \(MOUD\)/ })).not.toBeChecked();

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(count(page)).toHaveText(String(published().length));
});

test('facet counts update as other facets change', async ({ page }) => {
  await openFinder(page, '?category=recovery-housing');
  const moud = page.getByRole('checkbox', { name: /^Medication for opioid use disorder \(MOUD\)/ });
  const label = page.locator('label[for="f-pathway-medication-assisted"] .n');
  const want = expected({ category: ['recovery-housing'], pathway: ['medication-assisted'] }).length;
  await expect(label).toHaveText(`(${want})`);
  await moud.check();
  await expect(count(page)).toHaveText(String(want));
});

test('keyboard: facets are reachable and focus stays put after an update', async ({ page }) => {
  await openFinder(page);
  const box = page.getByRole('checkbox', { name: /^Emotional/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  await expect(page.locator('.finder-count')).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^Informational/ })).toBeFocused();
});

test('a filter group turns from links into checkboxes once it is on screen', async ({ page }) => {
  await openFinder(page);
  const group = (legend: string) =>
    page.locator('.finder-facets details').filter({ has: page.locator('summary', { hasText: legend }) });
  const open = group('Kind of support');
  const closed = group('Accessibility');
  await expect(closed).not.toHaveAttribute('open');
  // Beside the results: the groups open by default are checkboxes, a closed one still links.
  await expect(open.getByRole('checkbox')).not.toHaveCount(0);
  await expect(closed.locator('input[type="checkbox"]')).toHaveCount(0);
  await expect(closed.locator('a')).not.toHaveCount(0);
  // Opening it turns it, and its boxes filter like the others.
  await closed.locator('summary').click();
  const box = closed.getByRole('checkbox').first();
  await expect(box).toBeVisible();
  await expect(closed.locator('a')).toHaveCount(0);
  await box.check();
  await expect(page).toHaveURL(/\/find\/\?\w+=/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the filters stay links behind their button until it opens them', async ({ page }) => {
    await openFinder(page);
    const facets = page.locator('.finder-facets details');
    await expect(facets.locator('input[type="checkbox"]')).toHaveCount(0);
    await page.locator('#finder-filters-button').click();
    await expect(page.getByRole('checkbox', { name: /^Emotional/ })).toBeVisible();
  });
});

test('sorting by recently verified puts the newest first', async ({ page }) => {
  await openFinder(page, '?sort=verified');
  const newest = [...published()].sort(
    (a, b) =>
      String(b.data.last_verified).localeCompare(String(a.data.last_verified)) ||
      a.data.name.localeCompare(b.data.name),
  )[0]!;
  const first = await page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('#finder-results .card')].filter((c) => !c.hidden);
    return cards.sort((a, b) => Number(a.style.order) - Number(b.style.order))[0]?.dataset.listing;
  });
  expect(published().find((l) => l.slug === first)?.data.last_verified).toBe(newest.data.last_verified);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists the first page of listings with facet links to the landing pages', async ({ page }) => {
    await page.goto('/find/');
    // Every listing, a page at a time (finder-pages.spec.ts follows the pager to the end).
    await expect(page.locator('#finder-results .card')).toHaveCount(Math.min(48, published().length));
    await expect(count(page)).toHaveText(String(published().length));
    // The primary facets are open without JavaScript too; their options link to the landing pages.
    await page
      .locator('.finder-facets')
      .getByRole('link', { name: /^Practical help/ })
      .click();
    await expect(page).toHaveURL(/\/support\/instrumental\/$/);
  });
});

test('"Show more" moves focus to the first newly shown card', async ({ page }) => {
  await openFinder(page);
  await expect(visibleCards(page)).toHaveCount(48);
  await page.getByRole('button', { name: /^Show 48 more/ }).click();
  await expect(visibleCards(page)).toHaveCount(Math.min(96, published().length));
  const focused = await page.evaluate(() => document.activeElement?.closest('[data-listing]')?.getAttribute('style'));
  expect(focused).toContain('order: 48');
});
