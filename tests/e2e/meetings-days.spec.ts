import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { meetsOn, published, siteConfig, type ScheduleEntry } from './data.ts';
import { expect, layoutShift, test } from './fixtures.ts';

/**
 * Meetings by day (/meetings/<day>/), today first on /meetings/, old links, no layout shift,
 * the first meeting on a phone's first screen, and axe on every weekday. Expected sessions are
 * read plainly from the data files.
 */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const SITE_ZONE = (siteConfig() as unknown as { timezone: string }).timezone;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Data = Record<string, unknown> & { schedule?: ScheduleEntry[]; fellowship?: string; event_dates?: string[] };
const sessions = () =>
  published().flatMap(({ slug, data }) => ((data as Data).schedule ?? []).map((entry) => ({ slug, data, entry })));
const onDay = (day: string) => sessions().filter((s) => s.entry.day === day);
/** Sessions on `date` (on its weekday), as a visitor with script sees them: their weeks, their event dates. */
const happening = (day: string, date: string) =>
  onDay(day).filter(({ data, entry }) => {
    const dates = (data as Data).event_dates;
    return (!dates || dates.includes(date)) && meetsOn(entry, date);
  });
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The built /meetings/: the date its first day stands for (the build's today in the site's zone). */
function builtToday(): { date: string; day: string } {
  const html = readFileSync(new URL('../../dist/meetings/index.html', import.meta.url), 'utf8');
  const match = /<section[^>]*\bid="([a-z]+)"[^>]*\bdata-date="(\d{4}-\d{2}-\d{2})"/.exec(html);
  if (!match) throw new Error('dist/meetings/index.html has no dated day: run npm run build');
  return { day: match[1]!, date: match[2]! };
}

/** An instant at `time` on `date` on the site's clock (the sample's zone is five hours behind UTC in winter). */
const siteInstant = (date: string, time: string) => new Date(`${date}T${time}:00-05:00`);

async function axeReport(page: import('@playwright/test').Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('a page for each day', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const [prefix, heading] of [
      ['', 'Meetings and events on Monday'],
      ['/es', 'Reuniones y actividades del lunes'],
    ] as const) {
      test(`${prefix}/meetings/monday/ lists Monday’s sessions in local time, with the seven days linked`, async ({
        page,
      }) => {
        await page.goto(`${prefix}/meetings/monday/`);
        await expect(page.locator('h1')).toHaveText(heading);
        await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(onDay('monday').length);
        const slugs = await page
          .locator('[data-days] li.meeting')
          .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slug!).sort());
        expect(slugs).toEqual(
          onDay('monday')
            .map((s) => s.slug)
            .sort(),
        );
        for (const { slug, entry } of onDay('monday')) {
          await expect(page.locator(`li.meeting[data-slug="${slug}"] time[datetime="${entry.start}"]`)).toHaveCount(1);
        }
        const days = page.locator(
          'nav.day-nav a[data-day-link]:not([data-day-link="today"]):not([data-day-link="week"])',
        );
        await expect(days).toHaveCount(7);
        const hrefs = await days.evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
        expect(hrefs).toEqual(WEEKDAYS.map((d) => `${prefix}/meetings/${d}/`).sort());
        await expect(page.locator(`nav.day-nav a[href="${prefix}/meetings/monday/"]`)).toHaveAttribute(
          'aria-current',
          'page',
        );
        await page.locator(`nav.day-nav a[href="${prefix}/meetings/friday/"]`).click();
        await expect(page).toHaveURL(new RegExp(`${prefix}/meetings/friday/$`));
        await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(onDay('friday').length);
      });
    }

    test('every day has its page in both languages, each listing that day and no other', async ({ request }) => {
      for (const prefix of ['', '/es']) {
        for (const day of WEEKDAYS) {
          const response = await request.get(`${prefix}/meetings/${day}/`);
          expect(response.ok(), `${prefix}/meetings/${day}/`).toBe(true);
          const html = await response.text();
          expect(html.match(/<li class="meeting"/g) ?? []).toHaveLength(onDay(day).length);
          expect(html).toContain(`id="${day}"`);
        }
      }
    });

    test('/meetings/ opens on today, before anything else, and links each day’s page', async ({ page, request }) => {
      const html = await (await request.get('/meetings/')).text();
      const { day } = builtToday();
      // Today's first session comes before the live lists and the rest of the week, and its
      // bytes arrive in the server's first round trip (ten packets of 1,460 bytes, gzip).
      const firstRow = html.indexOf('<li class="meeting"');
      const firstDay = html.indexOf('<section');
      expect(firstRow).toBeGreaterThan(0);
      expect(html.slice(firstDay, firstRow)).toContain(`id="${day}"`);
      expect(firstRow).toBeLessThan(html.indexOf('data-now-section'));
      const rowEnd = html.indexOf('</li>', firstRow);
      expect(gzipSync(html.slice(0, rowEnd)).length).toBeLessThan(14_600);
      await page.goto('/meetings/');
      await expect(page.locator('section[data-day]').first()).toHaveAttribute('id', day);
      await expect(page.locator(`nav.day-nav a[href="/meetings/${day}/"]`)).toBeVisible();
    });
  });

  test('filters work on a day page, and leave with the visitor to another day', async ({ page }) => {
    await page.clock.setFixedTime(siteInstant('2026-11-23', '12:00')); // a Monday
    await page.goto('/meetings/monday/?fellowship=aa');
    const aa = happening('monday', '2026-11-23').filter((s) => s.data.fellowship === 'aa');
    expect(aa.length).toBeGreaterThan(0);
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(aa.length);
    await expect(page.getByRole('checkbox', { name: /Alcoholics Anonymous/ })).toBeChecked();
    await expect(page.locator('[data-meetings-count]')).toHaveText(
      `${aa.length} sessions on Monday match your filters.`,
    );
    await page.locator('nav.day-nav a[data-day-link="tuesday"]').click();
    await expect(page).toHaveURL(/\/meetings\/tuesday\/\?fellowship=aa$/);
    const tuesdayAa = happening('tuesday', '2026-11-24').filter((s) => s.data.fellowship === 'aa');
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(tuesdayAa.length);
  });

  test('an old link to a day with filters still shows that day’s meetings', async ({ page }) => {
    await page.clock.setFixedTime(siteInstant('2026-11-26', '12:00')); // a Thursday
    await page.goto('/meetings/?day=monday&fellowship=aa');
    const aa = happening('monday', '2026-11-30').filter((s) => s.data.fellowship === 'aa');
    expect(aa.length).toBeGreaterThan(0);
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(aa.length);
    const shown = await page
      .locator('[data-days] li.meeting:visible')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).closest('section')!.id));
    expect(new Set(shown)).toEqual(new Set(['monday']));
  });
});

test.describe('/meetings/ holding today only (a week too big for one page)', () => {
  /** Serves /meetings/ as a large site's build writes it: the build's day alone, no whole week. */
  async function todayOnly(page: import('@playwright/test').Page) {
    await page.route(/\/meetings\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/ data-whole-week(="")?/, '')
        // Every day but the build's (the one marked meeting-today), with its first-paint script.
        .replace(/<section class="meeting-day" [\s\S]*?<\/section><script>[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
  }

  test('brings the visitor’s today from its day page when the build was another day', async ({ page }) => {
    await todayOnly(page);
    const { date } = builtToday();
    // The day after the build's, at noon on the site's clock.
    const next = addDays(date, 1);
    const day = WEEKDAYS[(new Date(`${next}T12:00:00Z`).getUTCDay() + 6) % 7]!;
    await page.clock.setFixedTime(siteInstant(next, '12:00'));
    await page.goto('/meetings/');
    await expect(page.locator('section[data-day]')).toHaveCount(1);
    await expect(page.locator('section[data-day]')).toHaveAttribute('id', day);
    await expect(page.locator('section[data-day] h2')).toContainText('Today');
    const slugs = await page
      .locator('[data-days] li.meeting')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slug!).sort());
    expect(slugs).toEqual(
      onDay(day)
        .map((s) => s.slug)
        .sort(),
    );
  });

  test('opens the day page for an old link to another day, with its filters', async ({ page }) => {
    await todayOnly(page);
    const { day, date } = builtToday();
    await page.clock.setFixedTime(siteInstant(date, '12:00'));
    const other = WEEKDAYS[(WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]) + 3) % 7]!;
    await page.goto(`/meetings/?day=${other}&fellowship=aa`);
    await expect(page).toHaveURL(new RegExp(`/meetings/${other}/\\?fellowship=aa$`));
    const aa = happening(other, addDays(date, 3)).filter((s) => s.data.fellowship === 'aa');
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(aa.length);
  });
});

test.describe('nothing moves as the page loads', () => {
  // The visitor's clock reads the build's day in the evening, when most of today has ended and
  // the rows are reordered; in the site's zone and in another one (every row gets a second time).
  for (const timezoneId of [SITE_ZONE, 'UTC']) {
    for (const width of [390, 1280]) {
      for (const path of ['/meetings/', '/es/meetings/', `/meetings/${'{today}'}/`]) {
        test(`${path} at ${width}px in ${timezoneId}: layout shift ≤ 0.02`, async ({ browser }) => {
          const context = await browser.newContext({ timezoneId, viewport: { width, height: 844 } });
          const page = await context.newPage();
          const { date, day } = builtToday();
          await page.clock.setFixedTime(siteInstant(date, '19:45'));
          await page.goto(path.replace('{today}', day));
          // The page script has run its first pass: it names today ("Today · ").
          await expect(page.locator('section[data-day] [data-day-prefix]').first()).not.toBeEmpty();
          // The minute's refresh and anything the script does after its first pass.
          await page.waitForTimeout(500);
          const { total, moved } = await layoutShift(page);
          expect(total, moved.join(', ')).toBeLessThanOrEqual(0.02);
          // Today's ended sessions were already below the ones to come.
          const ended = await page
            .locator('section[data-day]')
            .first()
            .locator('li.meeting:not([hidden])')
            .evaluateAll((rows) => rows.map((r) => r.classList.contains('ended')));
          expect(ended.indexOf(true) === -1 || !ended.slice(ended.indexOf(true)).includes(false)).toBe(true);
          await context.close();
        });
      }
    }
  }
});

test.describe('the first meeting on a phone’s first screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/meetings/', '/es/meetings/']) {
    test(`${path} shows today’s first meeting without scrolling`, async ({ page }) => {
      const { date } = builtToday();
      await page.clock.setFixedTime(siteInstant(date, '08:00'));
      await page.goto(path);
      const first = page.locator('section[data-day]').first().locator('li.meeting:not([hidden]) .meeting-name').first();
      await expect(first).toBeVisible();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    });
  }
});

test.describe('axe on the meetings page on every weekday', () => {
  // The week of 23 November 2026, Monday to Sunday, in the evening: every day's layout differs
  // (which day is first, which rows have ended, what is on now).
  const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
  for (const [i, date] of week.entries()) {
    for (const [prefix, width] of [
      ['', 1280],
      ['/es', 390],
    ] as const) {
      test(`${prefix}/meetings/ on a ${WEEKDAYS[i]} at ${width}px has no violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 844 });
        await page.clock.setFixedTime(siteInstant(date, '19:30'));
        await page.goto(`${prefix}/meetings/`);
        await expect(page.locator('section[data-day]').first()).toHaveAttribute('id', WEEKDAYS[i]!);
        expect(await axeReport(page)).toEqual([]);
      });
    }
  }

  test('a day page has no violations, with filters open', async ({ page }) => {
    await page.clock.setFixedTime(siteInstant('2026-11-26', '19:30'));
    await page.goto('/es/meetings/thursday/?fellowship=aa,na');
    // A link with filters opens with them showing.
    await expect(page.locator('[data-meeting-filters]')).toHaveAttribute('open', '');
    expect(await axeReport(page)).toEqual([]);
  });
});
