/**
 * Pages never jump as they load: the layout shift of each page type, read with a
 * PerformanceObserver for `layout-shift` from navigation until the page has settled (scripts,
 * the finder's island, fetched data, the list from storage), must total 0.02 or less, on a phone
 * and on a wide screen, in English and Spanish.
 */
import { onePageOfEachType } from './data.ts';
import { expect, test } from './fixtures.ts';

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
];

/** Layout shift without recent input since navigation, with what moved, after the page settles. */
async function layoutShift(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // The finder's cards and the map come after the network is quiet; give them time to land.
  await page.waitForTimeout(800);
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((done) => {
        let total = 0;
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
              const node = source.node as Element | undefined;
              moved.push(`${node?.nodeName ?? '?'}.${node?.className ?? ''} (${entry.value.toFixed(4)})`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done({ total, moved }), 50);
      }),
  );
}

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['wide', { width: 1280, height: 900 }],
] as const) {
  test.describe(`no layout shift (${name})`, () => {
    test.use({ viewport });
    for (const path of PAGES) {
      test(path, async ({ page }) => {
        const { total, moved } = await layoutShift(page, path);
        expect(total, moved.join(', ')).toBeLessThanOrEqual(BUDGET);
      });
    }
  });
}
