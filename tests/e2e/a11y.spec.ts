import AxeBuilder from '@axe-core/playwright';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function pagesToCheck(): string[] {
  const listings = published();
  const pick = (pred: (l: (typeof listings)[number]) => boolean) => listings.find(pred)?.slug;
  const oldest = [...listings].sort((a, b) =>
    String(a.data.last_verified).localeCompare(String(b.data.last_verified)),
  )[0]?.slug;
  const details = [
    pick((l) => l.data.category === 'mutual-aid-meeting' && l.data.attendance === 'hybrid'),
    pick((l) => l.data.category === 'mutual-aid-meeting' && l.data.attendance === 'online'),
    pick((l) => l.data.location_private === true),
    pick((l) => l.data.status === 'temporarily-closed'),
    pick((l) => l.data.category === 'employment'),
    pick((l) => Array.isArray(l.data.hours)),
    oldest,
  ];
  return [
    '/',
    '/search/',
    '/categories/',
    '/categories/recovery-housing/',
    '/support/instrumental/',
    '/pathways/medication-assisted/',
    '/about/',
    '/contribute/',
    '/recovery-capital/',
    '/gaps/',
    '/safety/',
    '/es/safety/',
    '/meetings/wednesday/',
    '/es/meetings/sunday/',
    '/offline/',
    '/no-such-page/',
    ...details.filter(Boolean).map((slug) => `/listings/${slug}/`),
  ];
}

type Page = import('@playwright/test').Page;

/**
 * Opens `path`, lets `ready` bring the page to the state to check, then runs axe on it (but for
 * `withoutRules`, each with its reason at the call).
 */
async function expectNoViolations(
  page: Page,
  path: string,
  ready?: (page: Page) => Promise<void>,
  withoutRules: string[] = [],
) {
  await page.goto(path);
  await ready?.(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).disableRules(withoutRules).analyze();
  const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${path}\n${report.join('\n')}`).toEqual([]);
}

test.describe('keyboard on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('search results are announced and keyboard reachable', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab'); // skip link
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.getByRole('searchbox').fill('pantry');
    await expect(page.locator('#search-results')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('#search-results a').first()).toBeVisible();
    await page.getByRole('searchbox').press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('#search-results a').first()).toBeFocused();
  });
});

test('the axe check can fail: it catches a planted violation', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')?.append(img);
  });
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toContain('image-alt');
});

const mapReady = async (page: Page) => {
  await finderReady(page);
  await expect(page.locator('[data-map-points]')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
};

/**
 * Every check runs in both palettes: the dark one (prefers-color-scheme: dark) must keep AA
 * contrast everywhere the light one does, including the finder, the map's chrome and focus rings.
 */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} palette`, () => {
    test.use({ colorScheme });

    test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
      for (const path of pagesToCheck()) {
        test(`desktop ${path}`, async ({ page }) => expectNoViolations(page, path));
      }
    });

    test.describe('accessibility on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });
      for (const path of ['/', '/listings/harbor-house-men/', '/categories/mutual-aid-meeting/']) {
        test(`phone ${path}`, async ({ page }) => expectNoViolations(page, path));
      }
    });

    test.describe('accessibility of the finder', () => {
      for (const path of [
        '/find/',
        '/find/?support=instrumental&pathway=medication-assisted&q=house&near=48912&radius=5',
        // Cards saying what they match, the day facet open, and near=me without a position.
        '/find/?language=es&day=friday&near=me',
        '/find/?category=recovery-housing',
      ]) {
        test(`finder ${path}`, async ({ page }) => expectNoViolations(page, path, mapReady));
      }
      test('finder with a map popup open', async ({ page }) => {
        // Leaflet fades a popup in, and a busy machine may reopen it after the map pans to it;
        // axe measures contrast through the opacity. Asking for less motion makes it solid at once.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await expectNoViolations(
          page,
          '/map/?category=dental',
          async () => {
            await mapReady(page);
            await page.locator('.leaflet-marker-icon.map-place').first().focus();
            await page.keyboard.press('Enter');
            await expect(page.locator('.leaflet-popup-content')).toBeVisible();
            await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
            await expect(page.locator('.leaflet-popup')).toHaveCSS('transition-duration', '0s');
            // Target size is left to the same page's checks without a popup (the map on a phone,
            // the finder): with one open, axe's tap-space reading of page links and filters came
            // out differently from run to run (about one run in ten: a filter's box or a menu link,
            // never the popup's own), as the map pans the popup into view and scrolls the page.
          },
          ['target-size'],
        );
      });
    });

    test.describe('accessibility of the map on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });
      for (const path of ['/find/?view=map', '/map/?near=Okemos&radius=5', '/find/?near=48912']) {
        test(`phone ${path}`, async ({ page }) =>
          expectNoViolations(page, path, path.includes('map') ? mapReady : finderReady));
      }
      test('a detail page with its map drawn', async ({ page }) =>
        expectNoViolations(page, '/listings/harbor-house-men/', async () => {
          await page.locator('[data-detail-map]').scrollIntoViewIfNeeded();
          await expect(page.locator('[data-map-ready]')).toBeAttached();
        }));
    });

    test.describe('accessibility of the listing form', () => {
      for (const path of ['/contribute/new/', '/es/contribute/edit/?slug=harbor-house-men']) {
        test(`form ${path}, its problems shown`, async ({ page }) =>
          expectNoViolations(page, path, async () => {
            // A blank form loads its checker when a box is first reached for.
            await page.locator('#f-name').focus();
            await expect(page.locator('form.listing-form[data-checker-ready]')).toBeAttached({ timeout: 30_000 });
            await page.locator('button[type="submit"]').click();
            await page.locator('#f-name').fill('');
            await expect(page.locator('.form-summary')).toBeVisible();
          }));
      }
    });

    test('the meetings page with filters open and sessions in progress', async ({ page }) =>
      expectNoViolations(page, '/meetings/?fellowship=aa,na', async () => {
        await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00'));
        await page.reload();
        await page.locator('[data-meeting-filters] summary').click();
        await page.locator('details.meeting-terms summary').click();
        // Every day is laid out as it is (no content-visibility), so axe measures the page as it stands.
        await expect(page.locator('[data-now-list] li').first()).toBeVisible();
      }));
  });
}
