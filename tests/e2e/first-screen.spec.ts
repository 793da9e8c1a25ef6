/**
 * What a peer sees first on a phone: the count and the first results on the first screen of
 * /find/ and a landing page, with the filters behind a Filters button that says how many are
 * set, and the filters in use as chips that remove themselves.
 */
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

const PHONE = { width: 390, height: 844 };
const emotional = () =>
  published().filter((l) => ((l.data.support as string[] | undefined) ?? []).includes('emotional'));

/** The top of the first visible card, in page pixels, with the page scrolled to the top. */
async function firstCardTop(page: import('@playwright/test').Page, scope: string): Promise<number> {
  const box = await page.locator(`${scope} .card:visible`).first().boundingBox();
  return box!.y;
}

test.describe('at 390 × 844', () => {
  test.use({ viewport: PHONE });

  test('/find/ shows the count and the first result on the first screen', async ({ page }) => {
    await page.goto('/find/');
    await finderReady(page);
    await expect(page.locator('[data-result-count]')).toBeInViewport();
    expect(await firstCardTop(page, '#finder-results')).toBeLessThan(PHONE.height - 40);
    // The filters wait behind their button.
    await expect(page.locator('#finder-filters')).toBeHidden();
  });

  test('a landing page shows its first listing on the first screen', async ({ page }) => {
    await page.goto('/support/emotional/');
    expect(await firstCardTop(page, 'main')).toBeLessThan(PHONE.height - 40);
  });

  test('the Filters button opens the filters, counts those set, and "Show results" goes to them', async ({ page }) => {
    await page.goto('/find/');
    await finderReady(page);
    const button = page.locator('#finder-filters-button');
    await expect(button).toHaveText('Filters');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#finder-filters')).toBeVisible();
    await page.getByRole('checkbox', { name: /^Emotional/ }).check();
    const want = emotional().length;
    await expect(page.locator('[data-result-count]')).toHaveText(String(want));
    await expect(button).toHaveText('Filters (1)');
    await page.getByRole('button', { name: `Show ${want} results` }).click();
    await expect(page.locator('#finder-filters')).toBeHidden();
    await expect(page.locator('#finder-results .card:visible').first().locator('a').first()).toBeFocused();
  });

  test('Escape closes the filters and returns to the button', async ({ page }) => {
    await page.goto('/find/');
    await finderReady(page);
    await page.locator('#finder-filters-button').click();
    await page.getByRole('checkbox', { name: /^Emotional/ }).focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('#finder-filters')).toBeHidden();
    await expect(page.locator('#finder-filters-button')).toBeFocused();
  });

  test('filters in use are chips above the results; removing one keeps the keyboard in the row', async ({ page }) => {
    await page.goto('/find/?support=emotional&language=es');
    await finderReady(page);
    const chips = page.getByRole('list', { name: 'Filters in use' });
    await expect(chips).toBeInViewport();
    await expect(page.locator('#finder-filters-button')).toHaveText('Filters (2)');
    await chips.getByRole('button', { name: 'Remove: Emotional' }).click();
    await expect(page).toHaveURL(/\/find\/\?language=es$/);
    await expect(chips.getByRole('button', { name: /^Remove: Spanish/ })).toBeFocused();
    await expect(page.locator('#finder-filters-button')).toHaveText('Filters (1)');
    await chips.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveURL(/\/find\/$/);
    await expect(chips).toHaveCount(0);
    await expect(page.getByLabel('Search by word')).toBeFocused();
    await expect(page.locator('[data-result-count]')).toHaveText(String(published().length));
  });

  test('the Spanish finder has the same controls in Spanish', async ({ page }) => {
    await page.goto('/es/find/?support=emotional');
    await finderReady(page);
    await expect(page.locator('#finder-filters-button')).toHaveText('Filtros (1)');
    await expect(
      page.getByRole('list', { name: 'Filtros aplicados' }).getByRole('button').first(),
    ).toHaveAccessibleName(/^Quitar: /);
  });

  test('without JavaScript the facet links follow the list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/find/');
    await expect(page.locator('#finder-filters-button')).toBeHidden();
    const results = await page.locator('#finder-results').boundingBox();
    const facets = await page.locator('.finder-facets').boundingBox();
    expect(facets!.y).toBeGreaterThan(results!.y + results!.height - 1);
    expect(await firstCardTop(page, '#finder-results')).toBeLessThan(PHONE.height);
    await context.close();
  });
});

test.describe('wide screens', () => {
  test('keep the filters beside the results, with no Filters button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/find/');
    await finderReady(page);
    await expect(page.locator('#finder-filters')).toBeVisible();
    await expect(page.locator('#finder-filters-button')).toBeHidden();
    const filters = await page.locator('#finder-filters').boundingBox();
    const results = await page.locator('#finder-results').boundingBox();
    expect(filters!.x + filters!.width).toBeLessThanOrEqual(results!.x);
  });
});
