import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { published, siteConfig, siteRepository } from './data.ts';
import { expect, test } from './fixtures.ts';

type Page = import('@playwright/test').Page;
const shots = new URL('../../test-results/listing/', import.meta.url).pathname;

/** A listing's page as a coach uses it: pass it on, print it, get there, report or fix it. */
const withPhone = () =>
  published().find(
    (l) =>
      typeof l.data.phone === 'string' &&
      (l.data.attendance ?? 'in-person') === 'in-person' &&
      !l.data.location_private &&
      ('hours' in l.data || 'schedule' in l.data),
  )!;

/** The words of the page's "Text it to someone" message. */
async function smsBody(page: Page): Promise<string> {
  const href = (await page.locator('[data-share-sms]').getAttribute('href'))!;
  expect(href.startsWith('sms:?&body=')).toBe(true);
  return decodeURIComponent(href.slice('sms:?&body='.length));
}

/** The number of pages in a PDF (each page is one `/Type /Page` object). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/**
 * Serves `path` as a browser without JavaScript sees it: scripts removed, <noscript> parts in
 * force. Script stays on for the test itself.
 */
async function withoutScripts(page: Page, path: string) {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(path);
}

test.describe('passing a listing on', () => {
  test('"Text it to someone" opens a message with the name, phone and the address the page is served from', async ({
    page,
  }) => {
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    const body = await smsBody(page);
    expect(body.startsWith(`${listing.data.name} · `)).toBe(true);
    expect(body).toMatch(/\(\d{3}\) \d{3}-\d{4}/);
    // The build was told no address (astro.config's placeholder): the link is where the page is.
    expect(body.endsWith(` · ${page.url()}`)).toBe(true);
    expect(page.url()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/listings/${listing.slug}/$`));
    // Only the head's hreflang alternates name the site's configured address (search engines want
    // absolute ones); nothing a visitor can pass on does.
    expect(await page.locator('body').innerHTML()).not.toContain(`example.org/listings/${listing.slug}/`);
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
    expect(copied).toBe(page.url());
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
    expect(shared).toEqual([{ title: listing.data.name, url: page.url() }]);
  });

  test('without JavaScript, nothing offers a dead link: the text message has no address, Share and Print are gone', async ({
    page,
  }) => {
    const listing = withPhone();
    await withoutScripts(page, `/listings/${listing.slug}/`);
    const body = await smsBody(page);
    expect(body.startsWith(listing.data.name)).toBe(true);
    expect(body).toMatch(/\(\d{3}\) \d{3}-\d{4}/);
    expect(body).not.toMatch(/https?:|example\.org/);
    await expect(page.getByRole('link', { name: 'Text it to someone' })).toBeVisible();
    await expect(page.locator('[data-share-listing]')).toBeHidden();
    await expect(page.locator('[data-print]')).toBeHidden();
    await expect(page.locator('[data-print-address]')).toBeHidden();
  });
});

test.describe('on paper', () => {
  test('prints without navigation, buttons or the map box, with the crisis lines and the day it was printed', async ({
    page,
  }) => {
    // Friday 4 December 2026, in the evening: the printout carries the visitor's own date.
    await page.clock.setFixedTime(new Date(2026, 11, 4, 21, 15));
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    await page.emulateMedia({ media: 'print' });
    for (const part of [
      '.site-nav',
      '.site-footer',
      '.breadcrumbs',
      '[data-print]',
      '[data-share-sms]',
      '.report-links',
    ])
      await expect(page.locator(part).first(), part).toBeHidden();
    await expect(page.locator('[data-detail-map]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'On the map' })).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-schedule], [data-hours]').first()).toBeVisible();
    const notes = page.locator('.print-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Suicide & Crisis Lifeline: call 988 or text 988.');
    await expect(notes).toContainText('SAMHSA National Helpline (free, confidential, 24/7): call (800) 662-4357.');
    await expect(notes).toContainText('Printed on December 4, 2026 from');
    await expect(page.locator('[data-print-address]')).toHaveText(`This page online: ${page.url()}`);
    // Not on screen.
    await page.emulateMedia({ media: 'screen' });
    await expect(notes).toBeHidden();
    await expect(page.locator('[data-print-address]')).toBeHidden();
  });

  test('the date is set again just before printing, for a page left open overnight', async ({ page }) => {
    await page.clock.install({ time: new Date(2026, 11, 4, 23, 50) });
    await page.goto(`/listings/${withPhone().slug}/`);
    await expect(page.locator('[data-printed-on]')).toHaveText('December 4, 2026');
    await page.clock.fastForward('00:30:00');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('[data-printed-on]')).toHaveText('December 5, 2026');
  });

  test('without JavaScript the printout gives the crisis lines and claims no print date', async ({ page }) => {
    await withoutScripts(page, `/listings/${withPhone().slug}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-notes')).toContainText('988');
    await expect(page.locator('[data-printed]')).toBeHidden();
    await expect(page.locator('.print-notes')).toContainText(/This page was last published on \w+ \d{1,2}, \d{4}\./);
    // What is on paper: the hidden "Printed on" line's words are in the page, but not printed.
    expect(await page.locator('.print-notes').innerText()).not.toContain('Printed on');
  });

  test('a typical listing prints on one Letter page, and so does the longest', async ({ page }) => {
    // The longest listing files have the most to print.
    const { readFileSync } = await import('node:fs');
    const size = (l: ReturnType<typeof published>[number]) =>
      readFileSync(new URL(`../../data/listings/${l.file}`, import.meta.url), 'utf8').length;
    const bySize = [...published()].sort((a, b) => size(b) - size(a));
    const picks = [
      withPhone(),
      bySize[0]!,
      bySize[1]!,
      published().find((l) => l.data.category === 'recovery-housing')!,
    ];
    mkdirSync(shots, { recursive: true });
    for (const listing of picks) {
      await page.goto(`/listings/${listing.slug}/`);
      const pdf = await page.pdf({ format: 'Letter', path: `${shots}${listing.slug}.pdf` });
      expect(pdfPages(pdf), `${listing.slug} prints on one page`).toBe(1);
    }
  });
});

test.describe('the action buttons', () => {
  for (const width of [390, 1280]) {
    test(`are all one height (at least 44px) and fill their rows, at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // A listing with every button: call, text, directions and the map app.
      const listing = published().find(
        (l) => typeof l.data.phone === 'string' && typeof l.data.sms === 'string' && !l.data.location_private,
      )!;
      await page.goto(`/listings/${listing.slug}/`);
      await expect(page.locator('[data-share-listing]')).toBeVisible();
      const boxes = await page
        .locator('.side .button:visible, .side .add-to-list:visible')
        .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThanOrEqual(8);
      const heights = new Set(boxes.map((b) => Math.round(b.height)));
      expect([...heights]).toHaveLength(1);
      expect([...heights][0]).toBeGreaterThanOrEqual(44);
      // Rows line up: every row starts at the column's left edge and ends at its right edge.
      const lefts = Math.min(...boxes.map((b) => b.left));
      const rights = Math.max(...boxes.map((b) => b.right));
      const rows = new Map<number, DOMRect[]>();
      for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
      for (const row of rows.values()) {
        expect(Math.min(...row.map((b) => b.left))).toBeCloseTo(lefts, 0);
        expect(Math.max(...row.map((b) => b.right))).toBeCloseTo(rights, 0);
        expect(row.length).toBeLessThanOrEqual(2);
      }
      await page.screenshot({ path: `${shots}actions-${width}.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  }
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

  test('"Report a problem" is an e-mail naming the listing and its page, needing no account; the code host comes second', async ({
    page,
  }) => {
    const listing = withPhone();
    await page.goto(`/listings/${listing.slug}/`);
    const contact = (siteConfig() as { contact_email?: string }).contact_email!;
    expect(contact).toBeTruthy();
    const links = page.locator('.report-links a');
    // First the e-mail, then the code host's form, then editing.
    await expect(links.first()).toHaveText('Report a problem');
    const mail = (await links.first().getAttribute('href'))!;
    expect(mail.startsWith(`mailto:${contact}?subject=`)).toBe(true);
    const url = new URL(mail);
    expect(url.searchParams.get('subject')).toBe(`Problem with listing: ${listing.data.name}`);
    const body = url.searchParams.get('body')!;
    expect(body.split('\n').slice(0, 2)).toEqual([
      `Listing: ${listing.data.name} (${listing.slug})`,
      `Page: ${page.url()}`,
    ]);
    expect(body).toContain('- Phone number');
    await expect(page.locator('.report-links')).toContainText('No account needed');

    const issueLink = page.getByRole('link', { name: 'report it on GitHub' });
    await expect(issueLink).toBeVisible();
    const report = new URL((await issueLink.getAttribute('href'))!);
    expect(report.href.startsWith(`${siteRepository().replace(/\/$/, '')}/issues/new`)).toBe(true);
    const issueBody = report.searchParams.get('body')!;
    expect(issueBody).toContain(`\`${listing.slug}\``);
    for (const item of [
      'Phone number',
      'Address or location',
      'Hours or meeting times',
      'It has closed',
      'Something else',
    ])
      expect(issueBody).toContain(`- [ ] ${item}`);
    await expect(page.locator('.report-links')).toContainText('needs a free account');
    await expect(page.getByRole('link', { name: 'Edit this listing' })).toHaveAttribute(
      'href',
      `${siteRepository().replace(/\/$/, '')}/edit/main/data/listings/${listing.file}`,
    );
  });

  test('a listing that may be out of date asks to be told by e-mail', async ({ page }) => {
    // The listing verified longest ago is past site.yaml's stale_after_days in the sample data.
    const oldest = [...published()].sort((a, b) =>
      String(a.data.last_verified).localeCompare(String(b.data.last_verified)),
    )[0]!;
    await page.goto(`/listings/${oldest.slug}/`);
    const stale = page.locator('[data-stale]');
    await expect(stale).toBeVisible();
    await expect(stale.getByRole('link', { name: 'tell us' })).toHaveAttribute('href', /^mailto:/);
  });

  test('/contribute/ says the report is an e-mail that needs no account, not a form', async ({ page }) => {
    await page.goto('/contribute/');
    const section = page.locator('main');
    await expect(section).not.toContainText('opens a short form');
    await expect(section).toContainText('It opens your own e-mail app');
    await expect(section).toContainText('You do not need an account.');
    const contact = (siteConfig() as { contact_email?: string }).contact_email!;
    await expect(page.locator(`main a[href="mailto:${contact}"]`)).toHaveText(contact);
  });
});
