import AxeBuilder from '@axe-core/playwright';
import { everyWeek, meetsOn, published, siteConfig, type ScheduleEntry } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

/**
 * The meetings page against the data files, with the browser's clock frozen. The expected
 * sessions come from a plain reading of the files (a wall clock and the weekday, written out
 * here on purpose) rather than from the site's own schedule code.
 */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SITE_ZONE = (siteConfig() as unknown as { timezone: string }).timezone;

type Entry = ScheduleEntry;
type Data = Record<string, unknown> & { schedule?: Entry[]; timezone?: string; event_dates?: string[] };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The wall clock in `zone` at `instant`: weekday (Monday 0), minutes, and the date. */
function wall(instant: Date, zone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'long',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    weekday: WEEKDAYS.indexOf(parts.weekday!.toLowerCase()),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

function shiftDate(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Rows (slug per session) in progress, and starting within the hour, at `instant` (away from DST changes). */
function expected(instant: Date) {
  const inProgress: string[] = [];
  const soon: string[] = [];
  for (const { slug, data } of published()) {
    const d = data as Data;
    if (!d.schedule || d.status === 'temporarily-closed') continue;
    const now = wall(instant, d.timezone ?? SITE_ZONE);
    for (const entry of d.schedule) {
      const day = WEEKDAYS.indexOf(entry.day);
      const start = minutes(entry.start);
      const end =
        entry.end === undefined
          ? start + 60
          : minutes(entry.end) > start
            ? minutes(entry.end)
            : minutes(entry.end) + 1440;
      const onDate = (date: string) => (!d.event_dates || d.event_dates.includes(date)) && meetsOn(entry, date);
      const today = day === now.weekday && onDate(now.date);
      const yesterday = (day + 1) % 7 === now.weekday && onDate(shiftDate(now.date, -1));
      if ((today && start <= now.minutes && now.minutes < end) || (yesterday && now.minutes + 1440 < end)) {
        inProgress.push(slug);
      } else if (today && start > now.minutes && start - now.minutes <= 60) {
        soon.push(slug);
      } else if (day === (now.weekday + 1) % 7 && onDate(shiftDate(now.date, 1)) && start + 1440 - now.minutes <= 60) {
        soon.push(slug);
      }
    }
  }
  return { inProgress: inProgress.sort(), soon: soon.sort() };
}

/**
 * Runs axe over the page as it stands: every day is laid out (the page is bounded; no
 * content-visibility leaves a day's links without a size until it is scrolled to).
 */
async function axeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const sessionCount = () => published().reduce((n, l) => n + ((l.data as Data).schedule?.length ?? 0), 0);

test.describe('meetings page with a frozen clock', () => {
  const moments = [
    ['a Thursday evening', '2026-11-26T19:30:00-05:00'],
    ['just after midnight on a Saturday', '2026-11-28T00:15:00-05:00'],
    ['a Sunday morning', '2026-11-29T07:20:00-05:00'],
    ['New Year’s Eve', '2026-12-31T22:00:00-05:00'],
    // Sessions that skip weeks: on and off weeks of a 2nd Saturday, every other Friday and a last Sunday.
    ['the 1st Saturday of December', '2026-12-05T09:00:00-05:00'],
    ['the 2nd Saturday of December', '2026-12-12T09:00:00-05:00'],
    ['an off-week Friday evening', '2026-12-04T18:00:00-05:00'],
    ['a payday Friday evening', '2026-12-11T18:00:00-05:00'],
    ['the 4th Sunday of December at noon', '2026-12-20T12:30:00-05:00'],
    ['the last Sunday of December at noon', '2026-12-27T12:30:00-05:00'],
  ] as const;
  for (const [label, iso] of moments) {
    test(`shows what is in progress on ${label}`, async ({ page }) => {
      const instant = new Date(iso);
      const { inProgress, soon } = expected(instant);
      await page.clock.setFixedTime(instant);
      await page.goto('/meetings/');
      const now = page.locator('[data-now-list] li');
      await expect(page.locator('[data-now-section]')).toBeVisible();
      const shown = await now.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug!).sort());
      expect(shown).toEqual(inProgress);
      const soonShown = await page
        .locator('[data-soon-list] li')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug!).sort());
      expect(soonShown).toEqual(soon);
      if (inProgress.length === 0) {
        await expect(page.locator('[data-now-empty]')).toBeVisible();
      } else {
        await expect(page.locator('[data-now-empty]')).toBeHidden();
        await expect(now.first().locator('[data-status]')).toContainText('In progress');
      }
    });
  }

  test('puts today first, upcoming sessions before the ones that have ended', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00')); // Thursday
    await page.goto('/meetings/');
    const first = page.locator('section[data-day]').first();
    await expect(first.locator('h2')).toHaveText(/Today · Thursday/);
    await expect(page.locator('section[data-day]').nth(1).locator('h2')).toHaveText(/Tomorrow · Friday/);
    const states = await first
      .locator('li.meeting:not([hidden])')
      .evaluateAll((items) => items.map((li) => li.classList.contains('ended')));
    expect(states.length).toBeGreaterThan(0);
    // Every ended session comes after every one still to come.
    expect(states.indexOf(true) === -1 || !states.slice(states.indexOf(true)).includes(false)).toBe(true);
    expect(states).toContain(true);
  });

  test('moves on as the clock does', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-26T19:30:00-05:00') });
    await page.goto('/meetings/');
    const slugs = () =>
      page
        .locator('[data-now-list] li')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug!).sort());
    const before = expected(new Date('2026-11-26T19:30:00-05:00')).inProgress;
    const later = expected(new Date('2026-11-26T21:30:00-05:00')).inProgress;
    expect(later).not.toEqual(before);
    await expect.poll(slugs).toEqual(before);
    await page.clock.fastForward('02:00:00');
    await expect.poll(slugs).toEqual(later);
  });
});

test.describe('meetings page days and filters', () => {
  test('day=today shows only today, and a weekday link shows that day', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00-05:00')); // Thursday
    await page.goto('/meetings/?day=today');
    await expect(page.locator('section[data-day]:visible')).toHaveCount(1);
    await expect(page.locator('section[data-day]:visible h2')).toHaveText(/Thursday/);
    await page.locator('[data-day-link="monday"]').click();
    await expect(page).toHaveURL(/day=monday/);
    await expect(page.locator('section[data-day]:visible')).toHaveCount(1);
    await expect(page.locator('section[data-day]:visible h2')).toHaveText(/Monday/);
    const mondaySessions = published().flatMap((l) =>
      ((l.data as Data).schedule ?? []).filter((e) => e.day === 'monday' && !(l.data as Data).event_dates),
    ).length;
    await expect(page.locator('#monday li.meeting:visible')).toHaveCount(mondaySessions);
    await page.goBack();
    await expect(page.locator('section[data-day]:visible')).toHaveCount(1);
    await expect(page.locator('section[data-day]:visible h2')).toHaveText(/Thursday/);
  });

  test('filters by fellowship and attendance, in the URL and against the files', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00-05:00'));
    await page.goto('/meetings/');
    await page.locator('[data-meeting-filters] summary').click();
    await page.getByRole('checkbox', { name: /Narcotics Anonymous/ }).check();
    await expect(page).toHaveURL(/fellowship=na/);
    // Temporarily closed meetings stay listed (marked so), so they count here.
    const na = published().filter((l) => l.data.fellowship === 'na');
    const naSessions = na.reduce((n, l) => n + ((l.data as Data).schedule?.length ?? 0), 0);
    expect(naSessions).toBeGreaterThan(0);
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(naSessions);
    await page.getByRole('checkbox', { name: 'Can join online' }).check();
    await expect(page).toHaveURL(/attendance=online/);
    const naOnline = na.filter((l) => l.data.attendance === 'online' || l.data.attendance === 'hybrid');
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(
      naOnline.reduce((n, l) => n + ((l.data as Data).schedule?.length ?? 0), 0),
    );
    // The same URL opened fresh gives the same list.
    const url = page.url();
    await page.goto(url);
    await expect(page.getByRole('checkbox', { name: 'Can join online' })).toBeChecked();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/fellowship/);
  });

  test('online meetings say how to join and never show an address', async ({ page }) => {
    await page.goto('/meetings/');
    for (const listing of published().filter((l) => l.data.attendance === 'online' && (l.data as Data).schedule)) {
      const row = page.locator(`[data-days] li.meeting[data-slug="${listing.slug}"]`).first();
      const url = listing.data.conference_url as string | undefined;
      if (url) await expect(row.locator(`a[href="${url}"]`)).toBeVisible();
      await expect(row.locator('.meeting-meta')).toContainText('Online');
      await expect(row.locator('.meeting-place')).toHaveCount(0);
    }
  });

  test('a visitor in another zone sees each time in their own clock too', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00'));
    await page.goto('/meetings/');
    await expect(page.locator('[data-visitor-zone]')).toContainText('Pacific');
    const owls = page.locator('#friday li[data-slug="friday-night-owls"] [data-visitor-time]');
    await expect(owls).toHaveText('8:00 PM your time');
    await expect(page.locator('[data-now-list] [data-status]').first()).toContainText('Eastern');
    await context.close();
  });
});

test.describe('meetings page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the complete week', async ({ page }) => {
    await page.goto('/meetings/');
    await expect(page.locator('section[data-day]')).toHaveCount(7);
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(sessionCount());
    await expect(page.locator('[data-now-section]')).toBeHidden();
    await expect(page.locator('[data-meeting-filters]')).toBeHidden();
    // Each day has its own page, which works without script.
    await page.locator('[data-day-link="friday"]').click();
    await expect(page).toHaveURL(/\/meetings\/friday\/$/);
    await expect(page.locator('section[data-day]')).toHaveCount(1);
  });
});

test('the meetings page without JavaScript has no accessibility violations', async ({ page }) => {
  // axe needs script to run, so the page is served as a browser without JavaScript sees it: its
  // scripts removed and its <noscript> parts in force.
  await page.route('**/meetings/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/meetings/');
  await expect(page.locator('[data-meeting-filters]')).toBeHidden();
  await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(sessionCount());
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('meetings page accessibility', () => {
  for (const width of [390, 1280]) {
    test(`has no violations at ${width}px with filters open and sessions in progress`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00'));
      await page.goto('/meetings/?fellowship=aa,na');
      await page.locator('[data-meeting-filters] summary').click();
      await expect(page.locator('[data-now-list] li').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/** Listings open (by their hours) or meeting at `instant`, read plainly from the files. */
function openOrMeeting(instant: Date): string[] {
  const meeting = new Set(expected(instant).inProgress);
  const open = new Set<string>(meeting);
  for (const { slug, data } of published()) {
    const d = data as Data & { hours?: { days: string[]; opens: string; closes: string }[] };
    if (!d.hours || d.schedule || d.status === 'temporarily-closed') continue;
    const now = wall(instant, d.timezone ?? SITE_ZONE);
    for (const block of d.hours) {
      const opens = minutes(block.opens);
      const closes = block.closes === '23:59' ? 1440 : minutes(block.closes);
      const end = closes > opens ? closes : closes + 1440;
      const days = block.days.map((day) => WEEKDAYS.indexOf(day));
      if (days.includes(now.weekday) && opens <= now.minutes && now.minutes < end) open.add(slug);
      if (days.includes((now.weekday + 6) % 7) && now.minutes + 1440 < end) open.add(slug);
    }
  }
  return [...open].sort();
}

test.describe('open now beyond the meetings page', () => {
  // The visitor is in the community's own zone unless a test says otherwise.
  test.use({ timezoneId: SITE_ZONE });
  for (const [label, iso] of [
    ['a Thursday morning', '2026-11-26T10:30:00-05:00'],
    // Free Dental Saturday (the 2nd Saturday) is on the 12th, not the 5th.
    ['the 1st Saturday of December', '2026-12-05T09:00:00-05:00'],
    ['the 2nd Saturday of December', '2026-12-12T09:00:00-05:00'],
  ] as const) {
    test(`the finder’s open=now keeps exactly what is open or meeting on ${label}`, async ({ page }) => {
      const instant = new Date(iso);
      const wanted = openOrMeeting(instant);
      expect(wanted.length).toBeGreaterThan(0);
      await page.clock.setFixedTime(instant);
      await page.goto('/find/?open=now');
      await finderReady(page);
      await expect(page.locator('[data-result-count]')).toHaveText(String(wanted.length));
      const shown = await page
        .locator('#finder-results [data-listing]:visible')
        .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.listing!).sort());
      expect(shown).toEqual(wanted.slice(0, 48));
      await expect(page.locator('#finder-results [data-listing]:visible [data-card-live]').first()).toHaveText(
        /^(Open now|In progress)/,
      );
      await page.getByRole('checkbox', { name: /Open or meeting now/ }).uncheck();
      await expect(page).not.toHaveURL(/open=now/);
      await expect(page.locator('[data-result-count]')).toHaveText(String(published().length));
    });
  }

  test('a meeting’s page says it is on, and offers its calendar file', async ({ page, request }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T00:15:00-05:00')); // Friday night, past midnight
    await page.goto('/listings/friday-night-owls/');
    await expect(page.locator('[data-live-status]')).toHaveText('In progress · ends at 12:30 AM');
    const link = page.locator('[data-add-to-calendar]');
    const ics = await request.get((await link.getAttribute('href'))!);
    expect(ics.ok()).toBe(true);
    const text = await ics.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toMatch(/DTSTART;TZID=America\/Detroit:\d{8}T230000/);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR');
  });

  test('a place’s page says when it closes, in the visitor’s time', async ({ browser }) => {
    const place = published().find(
      (l) => Array.isArray((l.data as { hours?: unknown }).hours) && l.data.status !== 'temporarily-closed',
    )!;
    const context = await browser.newContext({ timezoneId: 'America/Denver' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-25T12:00:00-05:00'));
    await page.goto(`/listings/${place.slug}/`);
    const wanted = openOrMeeting(new Date('2026-11-25T12:00:00-05:00')).includes(place.slug);
    await expect(page.locator('[data-live-status]')).toHaveText(wanted ? /^Open now/ : /^Closed now/);
    await expect(page.locator('[data-live-status]')).toContainText('Eastern');
    await context.close();
  });

  test('pages without hours or a schedule carry no status script', async ({ page }) => {
    const plain = published().find((l) => !(l.data as Data).schedule && !(l.data as { hours?: unknown }).hours)!;
    const timed = published().find((l) => (l.data as Data).schedule)!;
    const scripts = () => page.locator('script[src]').evaluateAll((s) => s.map((e) => e.getAttribute('src')!));
    await page.goto(`/listings/${timed.slug}/`);
    const statusScript = (await scripts()).filter((src) => src.includes('LiveStatus'));
    expect(statusScript).toHaveLength(1);
    await page.goto(`/listings/${plain.slug}/`);
    await expect(page.locator('[data-live-status]')).toHaveCount(0);
    expect(await scripts()).not.toContain(statusScript[0]);
  });
});

test.describe('meeting exports from the built site', () => {
  test('/exports/meetings.json gives back every weekly meeting, and only an area for online ones', async ({
    request,
  }) => {
    const response = await request.get('/exports/meetings.json');
    expect(response.ok()).toBe(true);
    const feed = (await response.json()) as {
      slug: string;
      name: string;
      day?: number;
      time?: string;
      end_time?: string;
      conference_url?: string;
      formatted_address?: string;
      latitude?: number;
      approximate?: string;
      url: string;
    }[];
    // Meeting Guide apps know weekly meetings only: sessions that skip weeks are left out.
    const meetings = published().filter(
      (l) =>
        l.data.category === 'mutual-aid-meeting' &&
        l.data.status !== 'temporarily-closed' &&
        (l.data as Data).schedule &&
        !(l.data as Data).event_dates,
    );
    const sunday0 = ['sunday', ...WEEKDAYS.slice(0, 6)];
    for (const { slug, data } of meetings) {
      const d = data as Data & { conference_url?: string; attendance?: string; location_private?: boolean };
      for (const entry of d.schedule!) {
        const record = feed.find(
          (m) => m.url.endsWith(`/listings/${slug}/`) && m.day === sunday0.indexOf(entry.day) && m.time === entry.start,
        );
        if (!everyWeek(entry)) {
          expect(record, `${slug} ${entry.day} ${entry.start} skips weeks`).toBeUndefined();
          continue;
        }
        expect(record, `${slug} ${entry.day} ${entry.start}`).toBeDefined();
        expect(record!.name).toBe(d.name);
        if (entry.end) expect(record!.end_time).toBe(entry.end);
        if (d.conference_url) expect(record!.conference_url).toBe(d.conference_url);
        if (d.attendance === 'online') {
          // Only the area it belongs to, as the spec asks of online meetings: never a street or a point.
          expect(record!.approximate).toBe('yes');
          expect(record!.latitude).toBeUndefined();
        }
        if (d.location_private) expect(record!.approximate).toBe('yes');
      }
    }
    // Meetings by appointment: one record each, without a day and time, as the spec allows.
    const byAppointment = published().filter(
      (l) =>
        l.data.category === 'mutual-aid-meeting' &&
        l.data.status !== 'temporarily-closed' &&
        (l.data as { by_appointment?: boolean }).by_appointment,
    );
    expect(byAppointment.length).toBeGreaterThan(0);
    for (const { slug } of byAppointment) {
      const record = feed.find((m) => m.url.endsWith(`/listings/${slug}/`));
      expect(record, slug).toBeDefined();
      expect(record!.day).toBeUndefined();
      expect(record!.time).toBeUndefined();
    }
    expect(feed).toHaveLength(
      meetings.reduce((n, l) => n + (l.data as Data).schedule!.filter(everyWeek).length, 0) + byAppointment.length,
    );
    expect(JSON.stringify(feed)).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
  });

  test('/exports/meetings.ics holds one series per session, weekly or not, in its zone', async ({ request }) => {
    const text = await (await request.get('/exports/meetings.ics')).text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const weekly = published().filter(
      (l) => l.data.status !== 'temporarily-closed' && (l.data as Data).schedule && !(l.data as Data).event_dates,
    );
    const entries = weekly.flatMap((l) => (l.data as Data).schedule!);
    const rrules = text.match(/^RRULE:FREQ=WEEKLY;BYDAY=[A-Z]{2}\r$/gm) ?? [];
    expect(rrules).toHaveLength(entries.filter(everyWeek).length);
    const others = text.match(
      /^RRULE:FREQ=(MONTHLY;BYDAY=(-1|[1-5])[A-Z]{2}(,(-1|[1-5])[A-Z]{2})*|WEEKLY;INTERVAL=2;BYDAY=[A-Z]{2})\r$/gm,
    );
    expect(others ?? []).toHaveLength(entries.filter((e) => !everyWeek(e)).length);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=2SA\r\n');
    expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${SITE_ZONE}`);
    expect(text).toMatch(/DTSTART;TZID=America\/Chicago:\d{8}T190000/);
  });
});
