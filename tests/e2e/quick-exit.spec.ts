/**
 * "Leave this site" (contract: `data-quick-exit`): on the first screen of a 320 px phone on every
 * page type and still there, uncovered, at the bottom of a long page; it blanks the page, puts the
 * neutral page in place of this one in the history (Back goes to the page before), and leaves
 * nothing of the site on the device. Shift three times does the same, never while typing.
 */
import { onePageOfEachType, published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

type Page = import('@playwright/test').Page;

/** Every page type, and the pages this wave added, in both languages. */
function pageTypes(): string[] {
  const housing = published().find((l) => l.data.category === 'recovery-housing')!.slug;
  return [
    ...onePageOfEachType(),
    '/recovery-capital/',
    '/gaps/',
    '/safety/',
    '/offline/',
    '/es/',
    '/es/find/',
    `/es/listings/${housing}/`,
  ];
}

/** The exit's neutral page, answered here with a stub: no test may reach another host. */
async function stubNeutralPage(page: Page): Promise<string> {
  const href = (await page.locator('[data-quick-exit]').first().getAttribute('href'))!;
  const host = new URL(href).hostname;
  await page.context().route(
    (url) => url.hostname === host,
    (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Sunny</p>' }),
  );
  return href;
}

/** Whether the point at the middle of the button is the button: nothing is drawn over it. */
async function uncovered(page: Page): Promise<boolean> {
  return page
    .locator('[data-quick-exit]')
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !!top && (top === el || el.contains(top));
    });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of pageTypes()) {
    test(`${path}: on the first screen, and still reachable at the bottom`, async ({ page }) => {
      await page.goto(path);
      if (/\/(find|map)\/$/.test(path)) await finderReady(page);
      const button = page.locator('[data-quick-exit]').first();
      await expect(button).toBeVisible();
      const box = (await button.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'within the first screen').toBeLessThanOrEqual(640);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.height, 'a target big enough to hit in a hurry').toBeGreaterThanOrEqual(44);
      expect(await uncovered(page)).toBe(true);
      await expect(button).toHaveAccessibleDescription(/Shift|Mayús/);
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
      await page.waitForTimeout(100);
      const after = (await button.boundingBox())!;
      expect(after.y, 'stays at the top as the page scrolls').toBeGreaterThanOrEqual(0);
      expect(after.y + after.height).toBeLessThanOrEqual(640);
      expect(await uncovered(page)).toBe(true);
    });
  }

  test('the list’s full-screen code brings its own way out', async ({ page }) => {
    const ids = published()
      .slice(0, 2)
      .map((l) => l.slug);
    await page.goto(`/list/?ids=${ids.join(',')}`);
    await page.locator('[data-qr-full]').click();
    const inDialog = page.locator('[data-qr-dialog] [data-quick-exit]');
    await expect(inDialog).toBeVisible();
    await stubNeutralPage(page);
    await inDialog.click();
    await page.waitForURL((url) => url.hostname !== '127.0.0.1');
  });
});

test.describe('leaving', () => {
  test('blanks the page, replaces it in the history and clears the device', async ({ page, baseURL }) => {
    const [first, second] = published();
    await page.goto(`/listings/${first!.slug}/`);
    await page.goto(`/list/?ids=${first!.slug},${second!.slug}`);
    // Something of everything the site may keep: the list, a kept check-in, a saved page.
    await page.evaluate(async () => {
      localStorage.setItem('kept', 'x');
      sessionStorage.setItem('kept', 'x');
      await (await caches.open('asset-map-pages-test')).put('/saved/', new Response('saved'));
    });
    const neutral = await stubNeutralPage(page);
    // The page goes blank first, before the neutral page is asked for.
    const blank = page.evaluate(
      () =>
        new Promise<string>((done) => {
          new MutationObserver(() => done(getComputedStyle(document.body).visibility)).observe(
            document.documentElement,
            {
              attributes: true,
              attributeFilter: ['data-leaving'],
            },
          );
        }),
    );
    await page.locator('[data-quick-exit]').first().click();
    expect(await blank).toBe('hidden');
    await page.waitForURL(neutral);
    await page.goBack();
    expect(page.url(), 'Back goes to the page before, not the one left').toBe(`${baseURL}/listings/${first!.slug}/`);
    const kept = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      caches: await caches.keys(),
    }));
    expect(kept).toEqual({ local: 0, session: 0, caches: [] });
  });

  test('Shift three times leaves; Shift in a text field, or for a capital, does not', async ({ page }) => {
    await page.goto('/find/');
    await finderReady(page);
    const neutral = await stubNeutralPage(page);
    const box = page.locator('#finder-q, input[type="search"]').first();
    await box.click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift');
    await page.keyboard.type('AA Meetings');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await page.locator('h1').click();
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hostname, 'a capital letter is not a press').toBe('127.0.0.1');
    await page.keyboard.press('Shift');
    await page.waitForURL(neutral);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  test('the button is a plain link to the neutral page', async ({ page }) => {
    await page.goto('/es/meetings/');
    const button = page.locator('[data-quick-exit]');
    await expect(button).toBeVisible();
    await expect(button).toHaveText('Salir de este sitio');
    await expect(button).toHaveAttribute('href', /^https:\/\//);
    await expect(button).toHaveAttribute('rel', 'noreferrer');
    const neutral = await stubNeutralPage(page);
    await button.click();
    await page.waitForURL(neutral);
  });
});
