/**
 * What every page shares: "Need help now?" on the first screen of a phone with crisis links big
 * enough to tap, the footer's help lines, no layout shift from them, and no sideways scroll on
 * a 320px-wide phone. Run over one page of every type.
 */
import { onePageOfEachType, readListings } from './data.ts';
import { expect, finderReady, layoutShift, test } from './fixtures.ts';

type Page = import('@playwright/test').Page;

/** The finder and the map draw after loading: measure them once they have. */
async function settle(page: Page, path: string) {
  if (path.startsWith('/find/') || path.startsWith('/map/')) await finderReady(page);
  await page.waitForLoadState('load');
}

test.describe('"Need help now?" on the first screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of onePageOfEachType()) {
    test(`on ${path}: 988 to call and text, 44px targets, above the fold`, async ({ page }) => {
      await page.goto(path);
      const line = page.getByRole('complementary', { name: 'Need help now' });
      await expect(line).toBeVisible();
      const call = line.locator('a[href="tel:988"]');
      const text = line.locator('a[href="sms:988"]');
      for (const link of [call, text, line.locator('a[href="#help-now"]')]) {
        const box = (await link.boundingBox())!;
        expect(box.height, 'tap target height').toBeGreaterThanOrEqual(44);
        expect(box.width, 'tap target width').toBeGreaterThanOrEqual(44);
        expect(box.y + box.height, 'on the first screen').toBeLessThanOrEqual(844);
      }
      await expect(call).toHaveAccessibleName(/^Call 988, Suicide & Crisis Lifeline/);
    });
  }

  test('leads to every help line in the footer, SAMHSA’s too, each a 44px target', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Need help now\?/ }).click();
    await expect(page).toHaveURL(/#help-now$/);
    const footer = page.locator('footer section', { has: page.locator('#help-now') });
    await expect(footer).toBeInViewport();
    await expect(footer.locator('a[href="tel:+18006624357"]')).toContainText('662-4357');
    for (const link of await footer.locator('a').all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    for (const link of await page.locator('.footer-links a').all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
  });

  test('never moves as the page loads, and the pages around it do not jump', async ({ page }) => {
    // Scripts on the meetings and listing pages fill in what is on now after load (their own
    // shifts, below the frame): there only the frame is checked; on the other pages, everything.
    for (const path of ['/', '/meetings/', '/about/', `/listings/${readListings()[0]!.slug}/`]) {
      await page.goto(path);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      const { total, movedWithin: frameMoved } = await layoutShift(page, '.site-header, .help-now');
      expect(frameMoved, `${path}: the header or the help line moved`).toBe(false);
      if (!/^\/(meetings|listings)\//.test(path))
        expect(total, `${path}: cumulative layout shift`).toBeLessThanOrEqual(0.02);
    }
  });
});

test.describe('no sideways scroll on a 320px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of onePageOfEachType()) {
    test(`${path} fits 320px`, async ({ page }) => {
      await page.goto(path);
      await settle(page, path);
      const wide = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 321)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      expect(wide, `${path} is ${wide}px wide; wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(320);
    });
  }

  test('the meetings page with its filters open fits too', async ({ page }) => {
    await page.goto('/meetings/');
    await page.locator('[data-meeting-filters] summary').click();
    await page.locator('details.meeting-terms summary').click();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('both palettes', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });

      test('the palette is in force and every focus ring stands out (3:1) from what is behind it', async ({ page }) => {
        await page.goto('/meetings/');
        const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(paper).toBe(colorScheme === 'dark' ? 'rgb(18, 24, 22)' : 'rgb(255, 255, 255)');
        const targets = [
          '.site-header a.site-name',
          '.help-now a[href="tel:988"]',
          '.day-nav a',
          // A session that meets today: today comes first, and one that skips this week is hidden.
          'li.meeting:not([hidden]) .meeting-name',
          '.site-footer a',
        ];
        for (const selector of targets) {
          const ratio = await page
            .locator(selector)
            .first()
            .evaluate((el: HTMLElement) => {
              el.focus({ focusVisible: true } as FocusOptions);
              if (!el.matches(':focus-visible')) return 0;
              const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
              const lum = (c: string) => {
                const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
                  const s = v / 255;
                  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              let bg = 'rgb(255, 255, 255)';
              for (let node: HTMLElement | null = el.parentElement; node; node = node.parentElement) {
                const color = getComputedStyle(node).backgroundColor;
                if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') {
                  bg = color;
                  break;
                }
              }
              const ring = getComputedStyle(el).outlineColor;
              const [a, b] = [lum(ring), lum(bg)].sort((x, y) => y - x);
              return (a! + 0.05) / (b! + 0.05);
            });
          expect(ratio, `${selector} focus ring`).toBeGreaterThanOrEqual(3);
        }
      });
    });
  }
});
