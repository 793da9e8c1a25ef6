/**
 * Events that are not weekly, as a peer meets them: the listing page's next date and "When"
 * table, the meetings page showing a session only in the weeks it happens, and the calendar file
 * read back by an independent parser (ical.js). The clock is frozen on Friday 4 December 2026.
 */
import ICAL from 'ical.js';
import { siteConfig } from './data.ts';
import { expect, test } from './fixtures.ts';

const SITE_ZONE = (siteConfig() as unknown as { timezone: string }).timezone;
const FRIDAY_4_DECEMBER = new Date('2026-12-04T10:00:00-05:00');

test.use({ timezoneId: SITE_ZONE });

test.describe('a listing page on Friday 4 December 2026', () => {
  test('Free Dental Saturday (2nd Saturday) is next on Saturday 12 December, not tomorrow', async ({ page }) => {
    await page.clock.setFixedTime(FRIDAY_4_DECEMBER);
    await page.goto('/listings/free-dental-saturday/');
    await expect(page.locator('[data-live-status]')).toHaveText('Next: Saturday, December 12 at 8:00 AM');
    const table = page.locator('[data-schedule]');
    await expect(table.locator('tbody th')).toHaveText(['2nd Saturday of the month']);
    await expect(table).not.toContainText('Every week');
  });

  test('each sample event says how it really repeats', async ({ page }) => {
    await page.clock.setFixedTime(FRIDAY_4_DECEMBER);
    for (const [slug, when, next] of [
      ['fresh-start-expungement-clinic', '1st Tuesday of the month', 'Next: Tuesday, January 5 at 5:00 PM'],
      ['mason-mobile-market', '1st and 3rd Thursday of the month', 'Next: Thursday, December 17 at 3:00 PM'],
      [
        'payday-pizza-get-together',
        'Every other Friday, counting from January 9, 2026',
        'Next: Friday, December 11 at 5:30 PM',
      ],
    ] as const) {
      await page.goto(`/listings/${slug}/`);
      await expect(page.locator('[data-schedule] tbody th')).toHaveText([when]);
      await expect(page.locator('[data-live-status]')).toHaveText(next);
    }
  });

  test('its calendar file, read by ical.js, has its sessions on the 2nd Saturdays only', async ({ page, request }) => {
    await page.goto('/listings/free-dental-saturday/');
    const href = await page.locator('[data-add-to-calendar]').getAttribute('href');
    const text = await (await request.get(href!)).text();
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=2SA');
    const root = new ICAL.Component(ICAL.parse(text));
    for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    const iterator = event.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next && dates.length < 40; next = iterator.next()) {
      if (next.toJSDate() > FRIDAY_4_DECEMBER) dates.push(next.toString());
      if (dates.length === 3) break;
    }
    expect(dates).toEqual(['2026-12-12T08:00:00', '2027-01-09T08:00:00', '2027-02-13T08:00:00']);
  });
});

test.describe('the meetings page shows a session only in the weeks it happens', () => {
  const row = (page: import('@playwright/test').Page, slug: string) =>
    page.locator(`[data-days] li.meeting[data-slug="${slug}"]`);

  test('a 2nd Saturday: hidden in the week of the 1st, shown in the week of the 2nd', async ({ page }) => {
    await page.clock.setFixedTime(FRIDAY_4_DECEMBER);
    await page.goto('/meetings/');
    await expect(row(page, 'free-dental-saturday')).toBeHidden();
    await expect(row(page, 'payday-pizza-get-together')).toBeHidden();
    await page.clock.setFixedTime(new Date('2026-12-11T10:00:00-05:00'));
    await page.goto('/meetings/');
    await expect(row(page, 'free-dental-saturday')).toBeVisible();
    await expect(row(page, 'free-dental-saturday').locator('[data-recurrence]')).toHaveText(
      '2nd Saturday of the month',
    );
    await expect(row(page, 'payday-pizza-get-together')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the meetings page lists every session and says how the rare ones repeat', async ({ page }) => {
    await page.goto('/meetings/');
    await expect(row(page)).toBeVisible();
    await expect(row(page).locator('[data-recurrence]')).toHaveText('2nd Saturday of the month');
  });

  const row = (page: import('@playwright/test').Page) =>
    page.locator('[data-days] li.meeting[data-slug="free-dental-saturday"]');
});

test.describe('the start page’s meetings this week', () => {
  const potluck = (page: import('@playwright/test').Page) =>
    page.locator('details[open] li', { hasText: 'Last Sunday of the month' });

  test('a last-Sunday session says so, and reads "Not today" on another Sunday', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-20T09:30:00-05:00')); // the 4th Sunday
    await page.goto('/');
    await expect(potluck(page)).toContainText('Not today');
    await expect(potluck(page)).toHaveClass(/ended/);
    await page.clock.setFixedTime(new Date('2026-12-27T09:30:00-05:00')); // the last Sunday
    await page.goto('/');
    await expect(potluck(page)).toBeVisible();
    await expect(potluck(page)).not.toContainText('Not today');
  });
});
