import { existsSync } from 'node:fs';
import { CATEGORIES, PATHWAYS, SUPPORT_TYPES } from '#taxonomy';
import { published, readListings, siteConfig, siteRepository } from './data.ts';
import { expect, test } from './fixtures.ts';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).pathname;

test.describe('the start page', () => {
  test('says what the site is and offers the ways in', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
    for (const term of SUPPORT_TYPES) {
      await expect(page.locator(`a[href="/support/${term.id}/"]`).first()).toBeVisible();
    }
    for (const term of CATEGORIES) {
      await expect(page.locator(`a[href="/categories/${term.id}/"]`).first()).toBeVisible();
    }
    await expect(page.locator('[data-demo]')).toContainText('Sample data');
  });

  test('opens today’s meetings', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T20:00:00-05:00')); // a Friday evening in Lansing
    await page.goto('/');
    const today = page.locator('details[data-day="friday"]');
    await expect(today).toHaveAttribute('open', '');
    await expect(today.locator('summary')).toContainText('Today');
    await expect(today.locator('a[href^="/listings/"]').first()).toBeVisible();
  });

  test('search finds a listing by a word of its name', async ({ page }) => {
    const listing = published().find((l) => l.slug === 'friday-night-owls') ?? published()[0]!;
    const word = listing.data.name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    await page.goto('/');
    await page.getByRole('searchbox').fill(word);
    const results = page.locator('#search-results');
    await expect(results.locator(`a[href="/listings/${listing.slug}/"]`)).toBeVisible();
    await expect(results).toContainText(/listings? match/);
  });

  test('the search page reads ?q= from the address', async ({ page }) => {
    await page.goto('/search/?q=dental');
    await expect(page.locator('#search-results a[href^="/listings/"]').first()).toBeVisible();
  });
});

test.describe('listing pages', () => {
  test('every published listing has a page, and closed ones do not', () => {
    const all = readListings();
    expect(all.length).toBeGreaterThanOrEqual(120);
    for (const listing of all) {
      const exists = existsSync(dist(`listings/${listing.slug}/index.html`));
      expect(exists, listing.file).toBe(listing.data.status !== 'closed');
    }
  });

  test('a meeting page shows its schedule, time zone, badges and trust links', async ({ page }) => {
    await page.goto('/listings/friday-night-owls/');
    await expect(page.locator('h1')).toHaveText('Friday Night Owls');
    await expect(page.locator('[data-schedule]')).toContainText('11:00 PM – 12:30 AM (next day)');
    await expect(page.locator('[data-schedule] caption')).toContainText('America/Detroit');
    await expect(page.locator('.badges')).toContainText('Twelve-step');
    await expect(page.locator('[data-verified]')).toContainText(/Verified .+ (ago|today|yesterday)/);
    const repo = siteRepository();
    await expect(page.getByRole('link', { name: 'Edit this listing' })).toHaveAttribute(
      'href',
      `${repo}/edit/main/data/listings/mutual-aid-meeting/friday-night-owls.md`,
    );
    // The report that needs no account comes first; the code host's form second.
    const report = await page.getByRole('link', { name: 'Report a problem' }).getAttribute('href');
    expect(report).toMatch(/^mailto:/);
    expect(decodeURIComponent(report!)).toContain('friday-night-owls');
    const issue = await page.getByRole('link', { name: 'report it on GitHub' }).getAttribute('href');
    expect(issue).toContain(`${repo}/issues/new?`);
    expect(decodeURIComponent(issue!.replace(/\+/g, ' '))).toContain('friday-night-owls');
  });

  test('a place shows call, text and directions links', async ({ page }) => {
    await page.goto('/listings/capital-area-recovery-hub/');
    await expect(page.locator('a[href^="tel:+1517555"]').first()).toBeVisible();
    await expect(page.locator('a[href^="sms:+1517555"]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Directions' })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/directions/,
    );
    await expect(page.locator('[data-hours]')).toContainText('Mon–Fri');
  });

  test('private housing shows an area and its medication policy, never a street', async ({ page }) => {
    const privateHomes = published().filter((l) => l.data.location_private === true);
    expect(privateHomes.length).toBeGreaterThan(0);
    for (const home of privateHomes) {
      await page.goto(`/listings/${home.slug}/`);
      await expect(page.locator('[data-private-location]')).toBeVisible();
      await expect(page.locator('[data-moud]')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Directions' })).toHaveCount(0);
      const html = await page.content();
      const geo = home.data.geo as { lat: number; lng: number };
      expect(html).not.toContain(String(geo.lat));
    }
  });

  test('stale and temporarily closed listings say so', async ({ page }) => {
    const oldest = published().sort((a, b) =>
      String(a.data.last_verified).localeCompare(String(b.data.last_verified)),
    )[0]!;
    await page.goto(`/listings/${oldest.slug}/`);
    await expect(page.locator('[data-stale]')).toContainText('may be out of date');

    const closed = published().find((l) => l.data.status === 'temporarily-closed')!;
    await page.goto(`/listings/${closed.slug}/`);
    await expect(page.locator('[data-status="temporarily-closed"]')).toBeVisible();
    await expect(page.locator('[data-temporarily-closed]')).toContainText('Temporarily closed');
  });

  test('an online meeting shows how to join and no address', async ({ page }) => {
    const online = published().find((l) => l.data.attendance === 'online' && l.data.category === 'mutual-aid-meeting')!;
    await page.goto(`/listings/${online.slug}/`);
    await expect(page.locator('[data-join] a[href^="https://"]')).toBeVisible();
    await expect(page.locator('address')).toHaveCount(0);
  });
});

test.describe('landing pages', () => {
  const landings = [
    ...CATEGORIES.map((t) => `/categories/${t.id}/`),
    ...SUPPORT_TYPES.map((t) => `/support/${t.id}/`),
    ...PATHWAYS.map((t) => `/pathways/${t.id}/`),
  ];
  test('every category, support type and pathway has a page with listings', async ({ page }) => {
    for (const path of landings) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const count = Number(await page.locator('[data-count]').getAttribute('data-count'));
      expect(count, path).toBeGreaterThan(0);
      // One page of cards; the pager leads to the rest (finder-pages.spec.ts).
      await expect(page.locator('.card')).toHaveCount(Math.min(48, count));
    }
  });

  test('pathway pages include listings that welcome all pathways', async ({ page }) => {
    const all = published();
    const expected = all.filter((l) => {
      const p = (l.data.pathways as string[] | undefined) ?? [];
      return p.includes('secular') || p.includes('all-pathways');
    }).length;
    await page.goto('/pathways/secular/');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', String(expected));
  });
});

test.describe('other pages', () => {
  test('about and contribute load', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.locator('h1')).toContainText('About');
    await page.goto('/contribute/');
    await expect(page.locator('h1')).toContainText('current');
  });

  test('an unknown address gets a helpful 404', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('can’t find');
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByRole('link', { name: 'start page' })).toHaveAttribute('href', '/');
  });

  test('the search index is published', async ({ request }) => {
    expect((await request.get('/pagefind/pagefind.js')).status()).toBe(200);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('start, detail and landing pages are complete', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('details[data-day]')).toHaveCount(7);
    await page.goto('/listings/friday-night-owls/');
    await expect(page.locator('[data-schedule]')).toContainText('Friday');
    await page.goto('/categories/dental/');
    await expect(page.locator('.card').first()).toBeVisible();
  });

  test('each day of the start page’s week opens that day’s meetings page', async ({ page }) => {
    await page.goto('/');
    await page.locator('details[data-day="tuesday"] summary').click();
    await page.locator('details[data-day="tuesday"] a[href="/meetings/tuesday/"]').click();
    await expect(page.locator('h1')).toHaveText('Meetings and events on Tuesday');
    await expect(page.locator('section#tuesday li.meeting').first()).toBeVisible();
  });

  test('detail pages ship no framework JavaScript, only small scripts for what the page has', async ({ page }) => {
    const listings = published();
    const timed = (l: (typeof listings)[number]) => 'schedule' in l.data || 'hours' in l.data;
    const placed = (l: (typeof listings)[number]) => !['online', 'phone'].includes(l.data.attendance as string);
    // Component scripts by name: the map loader, the open-now line, the share, print and list buttons,
    // the header's "My list" link (which also runs the list buttons), the printout's date, the
    // language switch (which keeps the query string), the quick exit and the layout's own (the
    // service worker and the offline note).
    const scripts = async (slug: string) => {
      await page.goto(`/listings/${slug}/`);
      await expect(page.locator('astro-island')).toHaveCount(0);
      const sources = await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('src') ?? 'inline'));
      for (const src of sources)
        expect(src).toMatch(
          /\/(DetailMap|LiveStatus|ShareListing|AddToList|MyListLink|PrintNotes|LanguageSwitch|QuickExit|BaseLayout)\.astro_astro_type_script/,
        );
      return sources.map((src) => src.replace(/^.*\/(\w+)\.astro.*$/, '$1'));
    };
    const plain = await scripts(listings.find((l) => placed(l) && !timed(l))!.slug);
    expect(plain).toContain('DetailMap');
    expect(plain).not.toContain('LiveStatus');
    const online = await scripts(listings.find((l) => !placed(l) && timed(l))!.slug);
    expect(online).toContain('LiveStatus');
    expect(online).not.toContain('DetailMap');
    const hub = await scripts('capital-area-recovery-hub');
    expect(hub).toEqual(expect.arrayContaining(['DetailMap', 'LiveStatus']));
    // The map takes no room without JavaScript; the address and directions say where it is.
    await expect(page.locator('[data-detail-map]')).toBeHidden();
  });
});

test('the phone number library loads only where phone numbers are typed: the listing form', async ({ page }) => {
  // libphonenumber's metadata is most of the form's checker; a shared helper that imports it (as
  // the web-app manifest once did through links.ts) would put it on every page.
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.set(response.url(), await response.text());
  });
  const carriesIt = () => [...scripts].filter(([, body]) => body.includes('country_calling_codes')).map(([url]) => url);
  for (const path of [
    '/',
    '/about/',
    '/find/',
    '/meetings/',
    '/list/',
    '/recovery-capital/',
    '/listings/harbor-house-men/',
  ]) {
    scripts.clear();
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts.size, path).toBeGreaterThan(0);
    expect(carriesIt(), path).toEqual([]);
  }
  scripts.clear();
  await page.goto('/contribute/new/');
  await page.locator('#f-name').focus();
  await expect(page.locator('form.listing-form[data-checker-ready]')).toBeAttached({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(carriesIt().length).toBeGreaterThan(0);
});

test.describe('a peer whose device keeps the site’s time', () => {
  // As the community's own peers: the device's zone is the site's.
  test.use({ timezoneId: siteConfig().timezone });

  test('reads and writes every clock without Intl’s date data, in both languages', async ({ page }) => {
    // The first Intl date format a page makes loads the locale's date data and the zone's: a
    // long task on a slow phone, before "open now" or today's meetings can show. The build
    // writes the zone's offsets, the clock's style and the day names into the page instead.
    await page.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { dateFormats: string[] }).dateFormats = made;
      const Original = Intl.DateTimeFormat;
      Intl.DateTimeFormat = new Proxy(Original, {
        construct: (target, args: ConstructorParameters<typeof Original>) => {
          made.push(JSON.stringify(args));
          return new target(...args);
        },
        apply: (target, _this, args: ConstructorParameters<typeof Original>) => {
          made.push(JSON.stringify(args));
          return target(...args);
        },
      });
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const path of [
      '/meetings/',
      '/es/meetings/',
      '/find/',
      '/map/',
      '/',
      '/listings/capital-area-recovery-hub/',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // The pages did read the clock: live lines and today's meetings are there.
      if (path.includes('meetings')) await expect(page.locator('[data-days] ol[data-ordered]').first()).toBeAttached();
      if (path.startsWith('/listings/')) await expect(page.locator('[data-live-status]')).not.toBeEmpty();
      if (path === '/find/') await expect(page.locator('[data-card-live]').first()).toBeAttached();
      expect(await page.evaluate(() => (window as unknown as { dateFormats: string[] }).dateFormats), path).toEqual([]);
    }
  });
});
