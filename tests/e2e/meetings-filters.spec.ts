/**
 * The meetings page's filters on a phone: every option in sight (no hidden scroll boxes), types
 * that agree with what listings say in other words ("Kids welcome" is Child-Friendly), no
 * "Location Temporarily Closed" type, "open" and "closed" explained, counts in good grammar.
 * Expectations are read from the listing files, not from the site's code.
 */
import { published } from './data.ts';
import { expect, test } from './fixtures.ts';

type Data = Record<string, unknown> & {
  schedule?: { day: string }[];
  meeting_types?: string[];
  features?: string[];
  fellowship?: string;
};
const scheduled = () => published().filter((l) => (l.data as Data).schedule);

test.describe('meeting filters on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('show every fellowship and meeting type, with no scroll box hiding some', async ({ page }) => {
    await page.goto('/meetings/');
    await page.locator('[data-meeting-filters] summary').click();
    const fellowships = new Set(
      scheduled().flatMap((l) => ((l.data as Data).fellowship ? [(l.data as Data).fellowship!] : [])),
    );
    const boxes = page.locator('[data-meeting-filters] input[type="checkbox"]');
    await expect(page.locator('[data-meeting-filters] input[name="fellowship"]')).toHaveCount(fellowships.size);
    expect(await page.locator('[data-meeting-filters] input[name="type"]').count()).toBeGreaterThan(12);
    // No option sits in anything that scrolls on its own: the page's own scroll reaches them all.
    const clipped = await boxes.evaluateAll((inputs) =>
      inputs.flatMap((input) => {
        for (let el = input.parentElement; el && el !== document.body; el = el.parentElement) {
          const { overflowY } = getComputedStyle(el);
          if (/(auto|scroll|hidden)/.test(overflowY) && el.scrollHeight > el.clientHeight + 1) {
            return [`${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`];
          }
        }
        return [];
      }),
    );
    expect(clipped).toEqual([]);
    for (const name of [/^Spanish/, /^Women$/, /^Newcomer/, /^LGBTQ/, /^Al-Anon/]) {
      const option = page.getByRole('checkbox', { name });
      if ((await option.count()) === 0) continue; // not in this copy's data
      await option.first().scrollIntoViewIfNeeded();
      await expect(option.first()).toBeInViewport();
    }
    // Each group says how many options it has.
    await expect(page.locator('legend', { hasText: 'Fellowship' })).toContainText(`(${fellowships.size})`);
  });
});

test.describe('meeting types that agree with the listings', () => {
  test('"Child-Friendly" finds every listing that says kids are welcome, however it says so', async ({ page }) => {
    const kids = scheduled().filter(
      (l) => (l.data as Data).meeting_types?.includes('CF') || (l.data as Data).features?.includes('kid-friendly'),
    );
    expect(kids.map((l) => l.slug)).toContain('friday-family-fun-night');
    await page.goto('/meetings/?type=CF');
    await expect(page.getByRole('checkbox', { name: 'Child-Friendly' })).toBeChecked();
    const shown = await page
      .locator('[data-days] li.meeting:visible')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.slug));
    // One-off events show only in the week of their dates; every weekly one shows, and nothing else.
    const weekly = kids.filter((l) => !l.data.event_dates).map((l) => l.slug);
    expect(weekly.length).toBeGreaterThan(1);
    for (const slug of weekly) expect(shown).toContain(slug);
    for (const slug of shown) expect(kids.map((l) => l.slug)).toContain(slug);
  });

  test('"Location Temporarily Closed" is a status on the row, not a type to filter by', async ({ page }) => {
    await page.goto('/meetings/');
    await page.locator('[data-meeting-filters] summary').click();
    await expect(page.locator('input[name="type"][value="TC"]')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /Temporarily Closed/i })).toHaveCount(0);
    const tc = scheduled().filter((l) => (l.data as Data).meeting_types?.includes('TC'));
    for (const listing of tc) {
      const row = page.locator(`[data-days] li.meeting[data-slug="${listing.slug}"]`).first();
      await expect(row.locator('.meeting-closed')).toContainText(/temporarily closed/i);
      await expect(row.locator('.meeting-meta')).not.toContainText(/Temporarily Closed/i);
    }
  });

  test('"open" and "closed" meetings are explained in plain words, with and without the filters', async ({ page }) => {
    await page.goto('/meetings/');
    const terms = page.locator('details.meeting-terms');
    await terms.locator('summary').click();
    await expect(terms).toContainText('anyone may attend, including family and friends');
    await expect(terms).toContainText('desire to stop drinking or using');
    await page.locator('[data-meeting-filters] summary').click();
    const typeGroup = page.locator('fieldset', { has: page.locator('input[name="type"]') });
    await expect(typeGroup.locator('.filter-hint')).toContainText('Open meetings: anyone may attend');
  });
});

test.describe('meeting counts', () => {
  test('one matching session reads "1 session … matches your filters"', async ({ page }) => {
    // A fellowship with a single session in the files.
    const sessions = new Map<string, number>();
    for (const l of scheduled()) {
      const f = (l.data as Data).fellowship;
      if (f) sessions.set(f, (sessions.get(f) ?? 0) + (l.data as Data).schedule!.length);
    }
    const single = [...sessions].find(([, n]) => n === 1)?.[0];
    expect(single, 'a fellowship with one session in the sample data').toBeDefined();
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00-05:00'));
    await page.goto(`/meetings/?fellowship=${single}`);
    await expect(page.locator('[data-meetings-count]')).toHaveText('1 session this week matches your filters.');
    await page.goto('/meetings/?fellowship=aa');
    await expect(page.locator('[data-meetings-count]')).toHaveText(/^\d+ sessions this week match your filters\.$/);
  });
});
