/**
 * Pages never jump as they load: the layout shift of each page type, read with a
 * PerformanceObserver for `layout-shift` from navigation until the page has settled (scripts,
 * the finder's island, fetched data, the list from storage), must total 0.02 or less, on a phone
 * and on a wide screen, in English and Spanish.
 */
import { onePageOfEachType } from './data.ts';
import { expect, layoutShift, test } from './fixtures.ts';

const BUDGET = 0.02;
const PAGES = [
  ...onePageOfEachType(),
  '/find/page/2/',
  '/gaps/',
  '/recovery-capital/',
  '/safety/',
  '/offline/',
  '/es/',
  '/es/find/',
  '/es/meetings/',
  '/es/contribute/edit/?slug=harbor-house-men',
  // The search page runs the search in its address as it loads.
  '/search/?q=dentist',
  '/es/search/?q=dentista',
];

/** The page's layout shift once it has settled. */
async function settledShift(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // The finder's cards and the map come after the network is quiet; give them time to land.
  await page.waitForTimeout(800);
  return layoutShift(page);
}

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['wide', { width: 1280, height: 900 }],
] as const) {
  test.describe(`no layout shift (${name})`, () => {
    test.use({ viewport });
    for (const path of PAGES) {
      test(path, async ({ page }) => {
        const { total, moved } = await settledShift(page, path);
        expect(total, moved.join(', ')).toBeLessThanOrEqual(BUDGET);
      });
    }
  });
}
