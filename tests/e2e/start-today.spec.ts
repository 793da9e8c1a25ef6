/**
 * The start page's "Meetings this week" with the browser's clock fixed: today is opened and
 * first, and its sessions that have ended are marked and moved below the ones still to come.
 * Which have ended is read plainly from the listing files.
 */
import { published } from './data.ts';
import { expect, test } from './fixtures.ts';

type Entry = { day: string; start: string; end?: string };
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Friday 27 November 2026, 8:00 PM in Lansing. */
const NOW = new Date('2026-11-27T20:00:00-05:00');
const NOW_MINUTES = 20 * 60;

function endedByNow(entry: Entry): boolean {
  const start = minutes(entry.start);
  const end = entry.end === undefined ? start + 60 : minutes(entry.end);
  return end > start && NOW_MINUTES >= end;
}

test.describe('the start page’s Today', () => {
  test.use({ timezoneId: 'America/Detroit' });

  test('marks the sessions that have ended and puts them last', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('/');
    const today = page.locator('[data-meetings-week] details').first();
    await expect(today).toHaveAttribute('data-day', 'friday');
    await expect(today.locator('summary')).toContainText('Today');
    const rows = today.locator('ul > li');
    const seen = await rows.evaluateAll((items) =>
      items.map((li) => ({
        slug: li.querySelector('a')!.getAttribute('href')!.split('/').filter(Boolean).pop()!,
        start: (li as HTMLElement).dataset.start!,
        ended: li.classList.contains('ended'),
        text: li.textContent ?? '',
      })),
    );
    expect(seen.length).toBeGreaterThan(2);
    const listings = new Map(published().map((l) => [l.slug, l.data as { schedule?: Entry[] }]));
    const expected = seen.map((row) => {
      const entry = listings.get(row.slug)!.schedule!.find((e) => e.day === 'friday' && e.start === row.start)!;
      return endedByNow(entry);
    });
    expect(expected.some(Boolean), 'some Friday session has ended by 8 PM').toBe(true);
    expect(
      expected.some((e) => !e),
      'some Friday session is still to come at 8 PM',
    ).toBe(true);
    expect(seen.map((r) => r.ended)).toEqual(expected);
    // Still to come first, then the ended ones, each marked in words.
    const firstEnded = expected.indexOf(true);
    expect(expected.slice(firstEnded).every(Boolean)).toBe(true);
    for (const row of seen) expect(row.text.startsWith('Ended')).toBe(row.ended);
  });

  test('a morning visit marks none, and the marks follow the clock', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T06:00:00-05:00') });
    await page.goto('/');
    const today = page.locator('[data-meetings-week] details').first();
    await expect(today.locator('li')).not.toHaveCount(0);
    await expect(today.locator('li.ended')).toHaveCount(0);
    await page.clock.runFor('16:00:00'); // to 10:00 PM
    await expect(today.locator('li.ended').first()).toBeVisible();
  });
});
