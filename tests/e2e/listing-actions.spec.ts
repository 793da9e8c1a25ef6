import { published, siteConfig, siteRepository } from './data.ts';
import { expect, test } from './fixtures.ts';

/** A listing's page as a coach uses it: pass it on, print it, get there, report or fix it. */
const withPhone = () =>
  published().find(
    (l) =>
      typeof l.data.phone === 'string' &&
      (l.data.attendance ?? 'in-person') === 'in-person' &&
      !l.data.location_private &&
      ('hours' in l.data || 'schedule' in l.data),
  )!;

test.describe('passing a listing on', () => {
  test('"Text it to someone" opens a message with the name, phone and address of the page', async ({ page }) => {
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    const href = (await page.locator('[data-share-sms]').getAttribute('href'))!;
    expect(href.startsWith('sms:?&body=')).toBe(true);
    const body = decodeURIComponent(href.slice('sms:?&body='.length));
    expect(body).toContain(listing.data.name);
    expect(body).toContain(`/listings/${listing.slug}/`);
    expect(body).toMatch(/\(\d{3}\) \d{3}-\d{4}/);
  });

  test('Share copies the page’s link where the browser has no share sheet', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Like most desktop browsers: no share sheet, so Share becomes "Copy link".
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    const share = page.locator('[data-share-listing]');
    await expect(share).toBeVisible();
    await expect(share).toHaveText('Copy link');
    await share.click();
    await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`/listings/${listing.slug}/$`));
  });

  test('Share opens the phone’s share sheet with the page’s name and link', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
    });
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    await page.locator('[data-share-listing]').click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: listing.data.name, url: expect.stringMatching(`/listings/${listing.slug}/$`) }]);
  });

  test('prints without the site’s navigation and buttons', async ({ page }) => {
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('[data-print]')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-schedule], [data-hours]').first()).toBeVisible();
  });
});

test.describe('getting there, and keeping it right', () => {
  test('directions use OpenStreetMap and the phone’s map app, never for a private home', async ({ page }) => {
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    await expect(page.getByRole('link', { name: 'Directions' })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/directions\?/,
    );
    await expect(page.getByRole('link', { name: 'Open in map app' })).toHaveAttribute('href', /^geo:/);
    const home = published().find((l) => l.data.location_private === true)!;
    await page.goto(`/listings/${home.slug}/`);
    await expect(page.getByRole('link', { name: 'Directions' })).toHaveCount(0);
  });

  test('"Report a problem" opens a prefilled issue, with an e-mail fallback; "Edit" opens the file', async ({
    page,
  }) => {
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    const report = new URL((await page.locator('[data-report]').getAttribute('href'))!);
    expect(report.href.startsWith(`${siteRepository().replace(/\/$/, '')}/issues/new`)).toBe(true);
    const body = report.searchParams.get('body')!;
    expect(body).toContain(`\`${listing.slug}\``);
    for (const item of [
      'Phone number',
      'Address or location',
      'Hours or meeting times',
      'It has closed',
      'Something else',
    ])
      expect(body).toContain(`- [ ] ${item}`);
    const contact = (siteConfig() as { contact_email?: string }).contact_email;
    if (contact) {
      const mail = (await page.locator('[data-report-mail]').getAttribute('href'))!;
      expect(mail.startsWith(`mailto:${contact}?subject=`)).toBe(true);
      expect(decodeURIComponent(mail)).toContain(listing.slug);
    }
    await expect(page.getByRole('link', { name: 'Edit this listing' })).toHaveAttribute(
      'href',
      `${siteRepository().replace(/\/$/, '')}/edit/main/data/listings/${listing.file}`,
    );
  });
});
