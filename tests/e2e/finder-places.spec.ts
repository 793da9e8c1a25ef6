/**
 * The finder's places, cards and keyboard path against the production build: a typed town sorts
 * nearest first, the device's position never enters the address, cards answer the first question
 * (call, medication policy, why they matched), the map is skipped by keyboard users, the day
 * facet, and the map's link to what it cannot plot.
 */
import zipcodes from 'zipcodes';
import { approximateArea, distanceMiles } from '#lib/map/geo.ts';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

type Page = import('@playwright/test').Page;
type Listing = ReturnType<typeof published>[number];
type Geo = { lat: number; lng: number };

const hasPlace = (l: Listing) =>
  ['in-person', 'hybrid'].includes((l.data.attendance as string | undefined) ?? 'in-person') && !!l.data.geo;
const shown = (l: Listing): Geo => {
  const geo = l.data.geo as Geo;
  return l.data.location_private ? approximateArea(geo) : geo;
};
const days = (l: Listing) => ((l.data.schedule as { day: string }[] | undefined) ?? []).map((e) => e.day);

/** The slugs of the shown cards, in the order the finder gives them. */
function shownOrder(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#finder-results .card')]
      .filter((c) => !c.hidden)
      .sort((a, b) => Number(a.style.order) - Number(b.style.order))
      .map((c) => c.dataset.listing!),
  );
}

async function openFinder(page: Page, search = '') {
  await page.goto(`/find/${search}`);
  await finderReady(page);
}

test.describe('a typed town sorts nearest first', () => {
  const okemos = zipcodes.lookup('48864')!;
  const town = { lat: okemos.latitude, lng: okemos.longitude };
  const dentists = published().filter((l) => l.data.category === 'dental' && hasPlace(l));
  const byDistance = [...dentists].sort((a, b) => distanceMiles(town, shown(a)) - distanceMiles(town, shown(b)));

  test('the nearest dentist to Okemos comes first, and the rest follow by distance', async ({ page, request }) => {
    expect(dentists.length).toBeGreaterThan(2);
    // The town's point is in the town, not pulled away by a post office box ZIP code.
    const places = (await (await request.get('/find/places.json')).json()) as { towns: [string, number, number][] };
    const [, lat, lng] = places.towns.find(([name]) => name === 'Okemos')!;
    expect(distanceMiles({ lat, lng }, town)).toBeLessThan(1.5);

    await openFinder(page, '?category=dental');
    const input = page.getByLabel('Near a ZIP code or town');
    await input.fill('Okemos');
    await input.press('Enter');
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from Okemos.');
    await expect(page).toHaveURL(/\?category=dental&sort=nearest&near=Okemos$/);
    await expect(page.locator('#finder-sort')).toHaveValue('nearest');
    // By distance from the town's point, and the first is the nearest to the town itself.
    const fromPoint = [...dentists].sort(
      (a, b) => distanceMiles({ lat, lng }, shown(a)) - distanceMiles({ lat, lng }, shown(b)),
    );
    await expect.poll(() => shownOrder(page)).toEqual(fromPoint.map((l) => l.slug));
    expect(fromPoint[0]!.slug).toBe(byDistance[0]!.slug);
  });

  test('with words searched too, entering a town switches to nearest first', async ({ page }) => {
    await openFinder(page, '?q=dental');
    const input = page.getByLabel('Near a ZIP code or town');
    await input.fill('Okemos');
    await input.press('Enter');
    await expect(page).toHaveURL(/sort=nearest/);
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from Okemos.');
    const miles = await page.locator('#finder-results .card:visible').evaluateAll((cards) =>
      cards
        .sort((a, b) => Number((a as HTMLElement).style.order) - Number((b as HTMLElement).style.order))
        .map((c) => c.querySelector('[data-distance]')?.textContent ?? '')
        .filter(Boolean)
        .map((t) => Number(/([\d.]+) mi/.exec(t)?.[1] ?? (t.includes('under') ? 0 : NaN))),
    );
    expect(miles.length).toBeGreaterThan(1);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    // Clearing the place goes back to the best match.
    await page.getByRole('button', { name: 'Clear place' }).click();
    await expect(page).toHaveURL(/\?q=dental$/);
  });
});

test.describe('"Use my location" keeps the position out of the address', () => {
  const here = { latitude: 42.7336, longitude: -84.5467 };
  test.use({ geolocation: here, permissions: ['geolocation'] });

  test('the URL and every history entry say near=me, never the point', async ({ page }) => {
    // Every address the page writes, history entries included.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenUrls: string[] }).seenUrls = seen;
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history);
        history[method] = (data, unused, url) => {
          seen.push(String(url));
          original(data, unused, url);
        };
      }
    });
    await openFinder(page, '?category=dental');
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from your location.');
    await expect(page).toHaveURL(/\?category=dental&sort=nearest&near=me$/);
    const from = { lat: 42.734, lng: -84.547 };
    const dentists = published().filter((l) => l.data.category === 'dental' && hasPlace(l));
    const nearest = dentists.sort((a, b) => distanceMiles(from, shown(a)) - distanceMiles(from, shown(b)))[0]!;
    await expect.poll(async () => (await shownOrder(page))[0]).toBe(nearest.slug);
    await page.getByLabel('Within').selectOption('5');
    await expect(page).toHaveURL(/near=me&radius=5$/);

    const seen = await page.evaluate(() => (window as unknown as { seenUrls: string[] }).seenUrls);
    expect(seen.length).toBeGreaterThan(1);
    for (const url of [...seen, page.url()]) {
      expect(url).not.toMatch(/42[.,]7|84[.,]5|%2C-84/);
    }
    // Back and forward through those entries: still no point anywhere, and the distances return.
    await page.goBack();
    await expect(page).toHaveURL(/near=me$/);
    await page.goForward();
    await expect(page).toHaveURL(/near=me&radius=5$/);
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from your location, within 5 miles.');
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toMatch(/42\.73|84\.54/);
  });

  test('a reload asks the device again when this site may already know', async ({ page }) => {
    await openFinder(page, '?near=me');
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from your location.');
    await expect(page.locator('#finder-results .card [data-distance]').first()).toBeVisible();
  });
});

test.describe('a shared link with near=me, opened where the location was never shared', () => {
  test('explains, shows every listing, and offers the choice', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openFinder(page, '?near=me');
    await expect(page.locator('#finder-near-status')).toContainText('never saved in a link');
    await expect(page.locator('[data-result-count]')).toHaveText(String(published().length));
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeEnabled();
    await expect(page.getByLabel('Near a ZIP code or town')).toHaveValue('');
    await expect(page.locator('#finder-results [data-distance]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('cards that answer the first question', () => {
  test('a Call link of at least 44 px wherever the listing has a number', async ({ page }) => {
    await openFinder(page, '?category=dental');
    const dentists = published().filter((l) => l.data.category === 'dental');
    for (const l of dentists) {
      const call = page.locator(`[data-listing="${l.slug}"] .card-call`);
      await expect(call).toHaveAttribute('href', `tel:+1${String(l.data.phone).replace(/\D/g, '')}`);
      const box = (await call.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    const withoutPhone = published().find((l) => !l.data.phone && l.data.attendance !== 'phone')!;
    await expect(page.locator(`[data-listing="${withoutPhone.slug}"] .card-call`)).toHaveCount(0);
  });

  test('recovery housing cards state the medication policy the listing gives', async ({ page }) => {
    await openFinder(page, '?category=recovery-housing');
    const labels: Record<string, string> = {
      welcome: 'Medication welcome',
      'case-by-case': 'Medication case by case',
      'not-accepted': 'Medication not accepted',
    };
    const houses = published().filter((l) => l.data.category === 'recovery-housing');
    expect(new Set(houses.map((l) => (l.data.housing as { moud: string }).moud)).size).toBe(3);
    for (const l of houses) {
      const moud = (l.data.housing as { moud: string }).moud;
      await expect(page.locator(`[data-listing="${l.slug}"] .card-policy strong`)).toHaveText(labels[moud]!);
    }
  });

  test('cards say which chosen filters they match', async ({ page }) => {
    const spanishOnFriday = published().filter(
      (l) => ((l.data.languages as string[] | undefined) ?? []).includes('es') && days(l).includes('friday'),
    );
    const spanishOnly = published().filter(
      (l) => ((l.data.languages as string[] | undefined) ?? []).includes('es') && !days(l).includes('friday'),
    );
    expect(spanishOnFriday.length).toBeGreaterThan(0);
    await openFinder(page, '?language=es');
    for (const l of [...spanishOnFriday, ...spanishOnly].slice(0, 5)) {
      await expect(page.locator(`[data-listing="${l.slug}"] [data-card-why]`)).toHaveText('Matches: Spanish (Español)');
    }
    await page.locator('summary', { hasText: 'Day it meets or happens' }).click();
    await page.getByRole('checkbox', { name: /^Friday/ }).check();
    for (const l of spanishOnFriday) {
      await expect(page.locator(`[data-listing="${l.slug}"] [data-card-why]`)).toHaveText(
        'Matches: Spanish (Español) · Friday',
      );
    }
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.locator('[data-card-why]:visible')).toHaveCount(0);
  });

  test('map popups carry the Call link too', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openFinder(page, '?category=dental');
    const marker = page.locator('.leaflet-marker-icon.map-place').first();
    await marker.click();
    const popup = page.locator('.leaflet-popup-content');
    await expect(popup.locator('.card-call')).toHaveAttribute('href', /^tel:\+1\d{10}$/);
  });
});

test.describe('the keyboard goes past the map', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const path of ['/find/', '/map/']) {
    test(`${path}: markers are not tab stops, and the first result is a few Tabs past the filters`, async ({
      page,
    }) => {
      await page.goto(path);
      await finderReady(page);
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
      const markers = await page.locator('.leaflet-marker-icon').count();
      expect(markers).toBeGreaterThan(3);
      await expect(page.locator('.leaflet-marker-icon:not([tabindex="-1"])')).toHaveCount(0);

      // From the last filter, Tab: first "Skip the map", then at most a few map controls, then a result.
      await page.locator('.finder-facets summary').last().focus();
      const stops: string[] = [];
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el.closest('#finder-results .card')) return 'result';
          if (el.classList.contains('leaflet-marker-icon')) return 'marker';
          return el.textContent?.trim().slice(0, 30) || el.className;
        });
        stops.push(stop);
        if (stop === 'result') break;
      }
      expect(stops[0]).toBe('Skip the map');
      expect(stops).not.toContain('marker');
      expect(stops.at(-1)).toBe('result');
      expect(stops.length).toBeLessThanOrEqual(8);

      // "Skip the map" goes straight to the first result, and leaves the address alone.
      const url = page.url();
      await page.locator('.finder-facets summary').last().focus();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip the map' })).toBeFocused();
      await page.keyboard.press('Enter');
      const first = (await shownOrder(page))[0]!;
      await expect(page.locator(`[data-listing="${first}"] h2 a`)).toBeFocused();
      expect(page.url()).toBe(url);
    });
  }

  test('a marker still opens its popup when chosen (pointer or screen reader)', async ({ page }) => {
    await page.goto('/find/?category=dental');
    await finderReady(page);
    const marker = page.locator('.leaflet-marker-icon.map-place').first();
    await expect(marker).toHaveAttribute('role', 'button');
    await marker.click();
    await expect(page.locator('.leaflet-popup-content a').first()).toBeFocused();
  });
});

test.describe('the day facet', () => {
  test('day= keeps the meetings and events on those days, as a facet like the others', async ({ page }) => {
    const onFriday = published().filter((l) => days(l).includes('friday'));
    const onFridayOrSunday = published().filter((l) => days(l).some((d) => d === 'friday' || d === 'sunday'));
    expect(onFriday.length).toBeGreaterThan(0);
    await openFinder(page, '?day=friday');
    await expect(page.locator('[data-result-count]')).toHaveText(String(onFriday.length));
    // A group with a chosen value opens by itself.
    await expect(page.getByRole('checkbox', { name: /^Friday/ })).toBeChecked();
    await page.getByRole('checkbox', { name: /^Sunday/ }).check();
    await expect(page).toHaveURL(/\?day=friday,sunday$/);
    await expect(page.locator('[data-result-count]')).toHaveText(String(onFridayOrSunday.length));
    // Counts respect the other facets, and places with opening hours are never in it.
    await openFinder(page, '?category=dental');
    await page.locator('summary', { hasText: 'Day it meets or happens' }).click();
    const dentalFriday = published().filter((l) => l.data.category === 'dental' && days(l).includes('friday'));
    await expect(page.locator('label[for="f-day-friday"] .n')).toHaveText(`(${dentalFriday.length})`);
    const hoursOnly = published().find((l) => l.data.hours && !l.data.schedule)!;
    await openFinder(page, '?day=monday,tuesday,wednesday,thursday,friday,saturday,sunday');
    await expect(page.locator(`[data-listing="${hoursOnly.slug}"]`)).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('each day leads to that day on the meetings page', async ({ page }) => {
      await page.goto('/find/');
      await page.locator('summary', { hasText: 'Day it meets or happens' }).click();
      await page
        .locator('.finder-facets')
        .getByRole('link', { name: /^Friday/ })
        .click();
      await expect(page).toHaveURL(/\/meetings\/\?day=friday#friday$/);
      await expect(page.locator('#friday')).toBeAttached();
    });
  });
});

test.describe('the map’s “online or by phone” count', () => {
  test('links to those listings', async ({ page }) => {
    const unplaced = published().filter((l) => ['online', 'phone'].includes(l.data.attendance as string));
    expect(unplaced.length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/map/');
    await finderReady(page);
    const link = page.locator('[data-map-online-link]');
    await expect(link).toHaveText(`${unplaced.length} online or by phone`);
    await expect(link).toHaveAttribute('href', '/find/?attendance=online,phone');
    await link.click();
    await finderReady(page);
    await expect(page).toHaveURL(/\/find\/\?attendance=online,phone$/);
    await expect(page.locator('[data-result-count]')).toHaveText(String(unplaced.length));
  });
});
