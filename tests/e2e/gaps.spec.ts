import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

/**
 * The gaps page as a planner uses it: choose a kind of support, read which places have none
 * within reach, download the table, print a summary. Expected counts are worked out here from the
 * listing files and the built place table, with a distance formula written out in this file.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const shots = new URL('../../test-results/gaps/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

type Page = import('@playwright/test').Page;
type LatLng = { lat: number; lng: number };

/** Great-circle miles, written out here (not the site's code). */
function miles(a: LatLng, b: LatLng): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 3958.7613 * Math.asin(Math.sqrt(h));
}

const ready = (page: Page) => expect(page.locator('[data-gaps-ready]')).toBeAttached({ timeout: 30_000 });
const rows = (page: Page) => page.locator('[data-gaps-rows] tr');

test.describe('the places table', () => {
  test('counts food within 10 miles of every place as worked out from the listing files', async ({ page }) => {
    const places = JSON.parse(readFileSync(new URL('../../dist/find/places.json', import.meta.url), 'utf8')) as {
      zips: [string, number, number][];
      towns: [string, number, number][];
    };
    const food = published().filter((l) => l.data.category === 'food' && l.data.geo);
    // Private homes count at their area's centre, which this check does not work out: food has none.
    expect(food.some((l) => l.data.location_private)).toBe(false);
    const points = food.map((l) => l.data.geo as LatLng);
    await page.goto('/gaps/?category=food');
    await ready(page);
    await expect(rows(page)).toHaveCount(places.zips.length + places.towns.length);
    for (const [name, lat, lng] of [...places.towns, ...places.zips]) {
      const distances = points.map((p) => miles({ lat, lng }, p));
      // A point's stored position moves it by a few metres at most: skip the rare place on the edge.
      if (distances.some((d) => Math.abs(d - 10) < 0.01)) continue;
      const row = page.locator(`[data-gaps-rows] tr[data-place="${name}"]`).first();
      const count = distances.filter((d) => d <= 10).length;
      await expect(row, name).toHaveAttribute('data-count', String(count));
      const nearest = Math.min(...distances);
      expect(Number(await row.getAttribute('data-nearest-miles')), name).toBeCloseTo(nearest, 0);
      if (count === 0) await expect(row).toHaveAttribute('data-gap', '');
      else await expect(row).not.toHaveAttribute('data-gap');
      await expect(row).toHaveAttribute('data-lat', String(lat));
    }
  });

  test('a narrower choice and a shorter distance make gaps, said in sentences; the URL keeps the choice', async ({
    page,
  }) => {
    await page.goto('/gaps/');
    await ready(page);
    await page.getByLabel('Kind of place or service').selectOption('recovery-housing');
    await page.getByLabel('Pathway', { exact: true }).selectOption('medication-assisted');
    await page.locator('#gaps-within').selectOption('5');
    await expect(page).toHaveURL(/\/gaps\/\?category=recovery-housing&pathway=medication-assisted&within=5$/);
    await expect(page.locator('[data-gaps-summary]')).toContainText(/of \d+ places have none within 5 miles/);
    const first = page.locator('[data-gaps-biggest] li').first();
    await expect(first).toContainText(
      /^No recovery housing for “Medication for opioid use disorder \(MOUD\)” within 5 miles of .+ \(nearest: [\d.]+ miles\)\.$/,
    );
    expect(await page.locator('[data-gaps-rows] tr[data-gap]').count()).toBeGreaterThan(0);
    // The table sorts by place name on request, and says so.
    await page.getByRole('button', { name: 'Place' }).click();
    await expect(page.locator('th[data-sort-key="place"]')).toHaveAttribute('aria-sort', 'ascending');
    const names = await page.locator('[data-gaps-rows] tr th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  test('the map draws a marker for every place, gaps as crosses, once it is scrolled to', async ({ page }) => {
    await page.goto('/gaps/?category=recovery-housing&pathway=medication-assisted');
    await ready(page);
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    await page.locator('[data-gaps-map]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-gaps-map][data-map-ready]')).toBeAttached();
    const total = await rows(page).count();
    const gaps = await page.locator('[data-gaps-rows] tr[data-gap]').count();
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(total);
    await expect(page.locator('.leaflet-marker-icon.gap-marker')).toHaveCount(gaps);
    await expect(page.locator('.gaps-map figcaption')).toContainText(
      'A red square with a cross: none within 10 miles.',
    );
    await page.screenshot({ path: `${shots}gaps-1280.png`, fullPage: true });
  });

  test('the table downloads as CSV, one row per place, safe to open in a spreadsheet', async ({ page }) => {
    await page.goto('/gaps/?category=food&within=5');
    await ready(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('recovery-support-gaps-category-food-within-5.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Place,Kind,Within 5 miles,Nearest,Distance,Gap');
    expect(lines).toHaveLength((await rows(page).count()) + 1);
    const firstRow = rows(page).first();
    const place = await firstRow.getAttribute('data-place');
    expect(lines[1]!.startsWith(`${place},`)).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/(^|,)[=+@-]/);
  });
});

test.describe('print and without JavaScript', () => {
  test('the printed summary: the choice’s biggest gaps, the pathway matrix, the date and the data’s age', async ({
    page,
  }) => {
    await page.goto('/gaps/?category=recovery-housing&pathway=medication-assisted');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-gaps-biggest] li').first()).toBeVisible();
    await expect(page.locator('.gaps-matrix').first()).toBeVisible();
    await expect(page.locator('.gaps-table')).toBeHidden();
    await expect(page.locator('.gaps-controls')).toBeHidden();
    // The date it is printed on, and the data's age: as of the day the site was built.
    await expect(page.locator('[data-printed]')).toContainText(/Printed on \w+ \d+, \d{4} from/);
    await expect(page.locator('.gaps-basis')).toContainText(/rest on \d+ published listings/);
    const pdf = await page.pdf({ format: 'Letter', path: `${shots}summary.pdf` });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  test.describe('no JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the coverage matrices are there, each number linking to its combination', async ({ page }) => {
      await page.goto('/gaps/');
      // Playwright's text search skips <noscript>, so the notice is found by its place.
      const notice = page.locator('.gaps noscript p');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('The coverage tables below work without it.');
      const matrix = page.locator('.gaps-matrix').first();
      await expect(matrix.locator('tbody tr')).toHaveCount(19);
      const cell = matrix.locator('tbody tr').first().locator('td a').first();
      await expect(cell).toHaveAttribute('href', '/gaps/?category=recovery-housing&pathway=twelve-step');
      await expect(cell).toHaveAttribute('aria-label', /^Recovery housing, Twelve-step: /);
      await expect(page.locator('.gaps-controls')).toBeHidden();
    });
  });
});

test.describe('ways in and languages', () => {
  test('the finder links here with its choices, and a listing page with its kind', async ({ page }) => {
    await page.goto('/find/?category=food&pathway=secular');
    await finderReady(page);
    const link = page.getByRole('link', { name: 'Where is this missing? A view for planners' });
    await link.click();
    await expect(page).toHaveURL(/\/gaps\/\?category=food&pathway=secular$/);
    await ready(page);
    await expect(page.getByLabel('Kind of place or service')).toHaveValue('food');
    const listing = published().find((l) => l.data.category === 'dental')!;
    await page.goto(`/listings/${listing.slug}/`);
    await expect(page.getByRole('link', { name: /^Planning\? See where dental care is missing/ })).toHaveAttribute(
      'href',
      '/gaps/?category=dental',
    );
  });

  for (const path of [
    '/gaps/?category=mutual-aid-meeting&time=evening',
    '/es/gaps/?category=mutual-aid-meeting&time=evening',
  ]) {
    test(`${path}: no axe violation, with results and the map`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      await page.locator('[data-gaps-map]').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-gaps-map][data-map-ready]')).toBeAttached();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const report = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(report).toEqual([]);
    });
  }

  test('in Spanish: Spanish words, Spanish sentences, the Spanish finder link', async ({ page }) => {
    await page.goto('/es/gaps/?category=recovery-housing');
    await ready(page);
    await expect(page.locator('h1')).toHaveText('Dónde falta apoyo para la recuperación');
    await expect(page.locator('[data-gaps-summary]')).toContainText(/recursos? coincide/);
    await expect(page.locator('th[data-sort-key="place"]')).toContainText('Lugar');
    // A ZIP code mid-sentence, in the sentence's own words.
    await page.goto('/es/gaps/?category=recovery-housing&pathway=medication-assisted&within=5');
    await ready(page);
    const biggest = page.locator('[data-gaps-biggest]');
    await expect(biggest).toContainText(
      /a menos de 5 millas de código postal \d{5} \(el más cercano: [\d,.]+ millas\)/,
    );
    await expect(biggest).not.toContainText('Código');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}gaps-es-390.png`, fullPage: true });
  });
});
