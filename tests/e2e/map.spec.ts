/**
 * The asset map against the production build: it plots exactly the matching listings that have a
 * place, private locations only as areas, distances from a ZIP code, a town or the device's
 * position worked out on the device, and no page asks any host but the site and its tile server
 * (tiles are blocked here; the map must work without them).
 */
import zipcodes from 'zipcodes';
import { approximateArea, distanceMiles } from '#lib/map/geo.ts';
import { decodeFacetIndex, type FacetIndexJson } from '#lib/finder/facets.ts';
import { decodePoints, pointOf, type PointsJson } from '#lib/map/points.ts';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

type Listing = ReturnType<typeof published>[number];
type Page = import('@playwright/test').Page;
type Geo = { lat: number; lng: number };
const list = (l: Listing, field: string) => (l.data[field] as string[] | undefined) ?? [];

/** What the data files say: the listing is somewhere people go. */
const hasPlace = (l: Listing) =>
  ['in-person', 'hybrid'].includes((l.data.attendance as string | undefined) ?? 'in-person') && !!l.data.geo;

/** The point the map may show for a listing: its own, or its private area's centre. */
function shown(l: Listing): Geo {
  const geo = l.data.geo as Geo;
  return l.data.location_private ? approximateArea(geo) : geo;
}

function matching(filters: Record<string, string[]>): Listing[] {
  return published().filter((l) =>
    Object.entries(filters).every(([key, values]) => {
      if (key === 'category') return values.includes(l.data.category);
      if (key === 'pathway')
        return values.some((v) => list(l, 'pathways').includes(v) || list(l, 'pathways').includes('all-pathways'));
      if (key === 'attendance') return values.includes((l.data.attendance as string) ?? 'in-person');
      if (key === 'cost') return values.includes(l.data.cost as string);
      return values.some((v) => list(l, key === 'population' ? 'populations' : key).includes(v));
    }),
  );
}

const query = (filters: Record<string, string[]>) =>
  Object.entries(filters)
    .map(([k, v]) => `${k}=${v.join(',')}`)
    .join('&');

/** Waits until the page has fetched these files (resource timing keeps every fetch). */
async function fetched(page: Page, ...files: string[]) {
  await expect
    .poll(() =>
      page.evaluate(
        (names) => names.every((name) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(name))),
        files,
      ),
    )
    .toBe(true);
}

/** The zoom of the map's latest drawing of markers (cluster-layer.ts records it), if it has drawn. */
const drawnZoom = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByName('map:update').at(-1) as PerformanceMeasure | undefined)?.detail?.zoom as
        number | undefined,
  );

async function openMap(page: Page, path: string) {
  await page.goto(path);
  await finderReady(page);
  await expect(page.locator('[data-map-points]')).toBeVisible();
}

test.describe('the map plots exactly the matching places', () => {
  const cases: Record<string, string[]>[] = [
    {},
    { category: ['recovery-housing'] },
    { support: ['affiliational'], pathway: ['secular'] },
    { category: ['mutual-aid-meeting'], attendance: ['online', 'hybrid'] },
    { pathway: ['medication-assisted'], cost: ['free'] },
  ];
  for (const [viewport, size] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    test.describe(viewport, () => {
      test.use({ viewport: size });
      for (const filters of cases) {
        test(`/find/?view=map&${query(filters)}`, async ({ page }) => {
          const want = matching(filters);
          const placed = want.filter(hasPlace);
          await openMap(page, `/find/?view=map&${query(filters)}`);
          await expect(page.locator('[data-result-count]')).toHaveText(String(want.length));
          await expect(page.locator('[data-map-points]')).toHaveAttribute('data-map-points', String(placed.length));
          const online = want.length - placed.length;
          if (online > 0) await expect(page.locator('[data-map-online]')).toHaveText(String(online));
          else await expect(page.locator('[data-map-online]')).toHaveCount(0);
          // Zoomed out to the whole region, markers and clusters add up to the places plotted.
          await page.locator('.map-canvas').focus();
          // Leaflet ignores a zoom asked for while another is under way, and the map redraws
          // for other reasons too (names arriving), so each step waits for the drawing at the
          // zoom it asked for before asking for the next.
          await expect.poll(() => drawnZoom(page)).toEqual(expect.any(Number));
          // Three steps out; a press Leaflet dropped (a zoom still under way) is pressed again.
          const goal = (await drawnZoom(page))! - 3;
          await expect(async () => {
            const before = (await drawnZoom(page))!;
            if (before > goal) {
              await page.keyboard.press('-');
              await expect.poll(() => drawnZoom(page), { timeout: 3_000 }).toBeLessThan(before);
            }
            expect(await drawnZoom(page)).toBeLessThanOrEqual(goal);
          }).toPass({ timeout: 30_000 });
          const inView = await page
            .locator('.leaflet-marker-icon.map-place, .leaflet-marker-icon.map-cluster')
            .evaluateAll((els) =>
              els.reduce((n, el) => n + (el.classList.contains('map-cluster') ? Number(el.textContent) : 1), 0),
            );
          expect(inView).toBe(placed.length);
        });
      }
    });
  }

  test('the map page has the same contract', async ({ page }) => {
    const want = matching({ category: ['food'] });
    await openMap(page, '/map/?category=food');
    await expect(page.locator('[data-map-points]')).toHaveAttribute(
      'data-map-points',
      String(want.filter(hasPlace).length),
    );
  });
});

test.describe('private locations', () => {
  test('the point data holds only their areas, never the true point', async ({ request }) => {
    const index = decodeFacetIndex((await (await request.get('/find/facets.json')).json()) as FacetIndexJson);
    const points = decodePoints((await (await request.get('/find/points.json')).json()) as PointsJson, index.size);
    const bySlug = new Map(published().map((l) => [l.slug, l]));
    let areas = 0;
    index.slugs.forEach((slug, i) => {
      const listing = bySlug.get(slug)!;
      const point = pointOf(points, i);
      expect(!!point, slug).toBe(hasPlace(listing));
      if (!point) return;
      const metresFromShown = distanceMiles(point, shown(listing)) * 1609.344;
      expect(metresFromShown, slug).toBeLessThan(1);
      if (listing.data.location_private) {
        areas++;
        expect(distanceMiles(point, listing.data.geo as Geo) * 1609.344, slug).toBeGreaterThan(1);
      }
    });
    expect(areas).toBe(published().filter((l) => l.data.location_private && hasPlace(l)).length);
    expect(areas).toBeGreaterThan(0);
  });

  test('they are drawn as areas, never as pins, and their popups have no street', async ({ page }) => {
    const home = published().find((l) => l.data.location_private && hasPlace(l))!;
    // Narrow to this one home so it stands alone on the map.
    await openMap(page, `/find/?view=map&q=${encodeURIComponent(home.data.name)}&category=${home.data.category}`);
    const marker = page.getByRole('button', { name: `${home.data.name}, approximate area` });
    await expect(marker).toHaveClass(/map-area/);
    await expect(page.locator('path.map-area-circle')).toHaveCount(1);
    await expect(page.locator('.leaflet-marker-icon.map-place:not(.map-area)')).toHaveCount(0);
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await expect(popup).toContainText('Approximate area');
    await expect(popup.getByRole('link', { name: home.data.name })).toBeFocused();
    const street = (home.data.address as { street?: string } | undefined)?.street;
    if (street) await expect(popup).not.toContainText(street);
  });
});

test.describe('near a place, worked out on the device', () => {
  test('near=<zip>&radius= keeps the places within that distance, nearest first', async ({ page }) => {
    const zip = zipcodes.lookup('48912')!;
    const from = { lat: zip.latitude, lng: zip.longitude };
    const within = published().filter((l) => hasPlace(l) && distanceMiles(from, shown(l)) <= 2);
    expect(within.length).toBeGreaterThan(0);
    await openMap(page, '/find/?near=48912&radius=2');
    await expect(page.locator('[data-result-count]')).toHaveText(String(within.length));
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from 48912, within 2 miles.');
    await expect(page.locator('[data-map-points]')).toHaveAttribute('data-map-points', String(within.length));
    const miles = await page
      .locator('#finder-results .card:visible [data-distance]')
      .evaluateAll((els) =>
        [...els]
          .sort(
            (a, b) =>
              Number((a.closest('.card') as HTMLElement).style.order) -
              Number((b.closest('.card') as HTMLElement).style.order),
          )
          .map((el) => Number(/([\d.]+) mi/.exec(el.textContent ?? '')?.[1] ?? 0)),
      );
    expect(miles).toHaveLength(Math.min(within.length, 48));
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(Math.max(...miles)).toBeLessThanOrEqual(2);
  });

  test('a typed ZIP code or town works offline, and nothing typed is requested', async ({ page, context }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/find/');
    await finderReady(page);
    const input = page.getByLabel('Near a ZIP code or town');
    await input.focus(); // fetches the ZIP and town table and the points while still online
    await fetched(page, '/find/places.json', '/find/points.json');
    await context.setOffline(true);
    await input.fill('Okemos');
    await input.press('Enter');
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from Okemos.');
    await expect(page).toHaveURL(/near=Okemos/);
    await page.getByLabel('Within').selectOption('5');
    await expect(page.locator('[data-result-count]')).not.toHaveText(String(published().length));
    await input.fill('99999');
    await input.press('Enter');
    await expect(page.locator('#finder-near-status')).toContainText('is not a ZIP code or town we know');
    expect(requested.filter((url) => /Okemos|99999/i.test(url))).toEqual([]);
    await context.setOffline(false);
  });

  test.describe('near me', () => {
    test.use({ geolocation: { latitude: 42.7336, longitude: -84.5467 }, permissions: ['geolocation'] });
    test('uses the device position, rounded, offline', async ({ page, context }) => {
      await page.goto('/find/');
      await finderReady(page);
      await page.getByLabel('Near a ZIP code or town').focus();
      await fetched(page, '/find/places.json', '/find/points.json');
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Use my location' }).click();
      await expect(page.locator('#finder-near-status')).toHaveText('Distances from your location.');
      await expect(page).toHaveURL(/near=me$/);
      const here = { lat: 42.734, lng: -84.547 };
      // Nearest first; places at the same spot in name order, as the finder keeps them.
      const nearest = published()
        .filter(hasPlace)
        .sort(
          (a, b) =>
            distanceMiles(here, shown(a)) - distanceMiles(here, shown(b)) || a.data.name.localeCompare(b.data.name),
        )[0]!;
      // The cards are ordered in an effect after the render that wrote the status: polled, not read once.
      const first = () =>
        page.evaluate(() => {
          const cards = [...document.querySelectorAll<HTMLElement>('#finder-results .card')].filter((c) => !c.hidden);
          return cards.sort((a, b) => Number(a.style.order) - Number(b.style.order))[0]?.dataset.listing;
        });
      await expect.poll(first).toBe(nearest.slug);
      await context.setOffline(false);
    });
  });
});

test.describe('list and map together', () => {
  test('pointing at a result highlights its place; choosing a place marks its result', async ({ page }) => {
    await openMap(page, '/find/?category=dental');
    const marker = page.locator('.leaflet-marker-icon.map-place').first();
    const name = (await marker.getAttribute('aria-label'))!.replace(/, approximate area$/, '');
    const card = page.locator('#finder-results .card', { has: page.getByRole('link', { name, exact: true }) });
    await card.hover();
    await expect(marker).toHaveClass(/is-active/);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(card).toHaveClass(/is-selected/);
    await expect(page.locator('.leaflet-popup-content').getByRole('link', { name })).toBeFocused();
  });

  test('a cluster zooms in when chosen with Enter (a screen reader’s cursor; it is not a tab stop)', async ({
    page,
  }) => {
    await openMap(page, '/find/');
    const cluster = page.locator('.leaflet-marker-icon.map-cluster').first();
    await expect(cluster).toHaveAttribute('aria-label', /places here; zoom in/);
    await expect(cluster).toHaveAttribute('tabindex', '-1');
    const before = await page.locator('.leaflet-marker-icon').count();
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.map-canvas')).toBeFocused();
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).not.toBe(before);
  });

  test('the view is part of the URL and back restores it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/find/?category=food');
    await finderReady(page);
    await expect(page.locator('[data-map-points]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page).toHaveURL(/\?category=food&view=map$/);
    await expect(page.locator('[data-map-points]')).toBeVisible();
    await expect(page.locator('#finder-results')).toBeHidden();
    await page.goBack();
    await expect(page).toHaveURL(/\?category=food$/);
    await expect(page.locator('#finder-results')).toBeVisible();
  });

  test('without tiles the places stay usable, with a short notice', async ({ page, tileRequests }) => {
    await openMap(page, '/map/');
    await expect(page.locator('[data-tiles-failed]')).toBeVisible();
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    expect(tileRequests.length).toBeGreaterThan(0);
  });
});

test.describe('a map whose code cannot load', () => {
  test('leaves the rest of the finder working, and loads when tried again', async ({ page }) => {
    // As when the signal drops just as the map's code is fetched.
    const mapCode = '**/_astro/MapView.*.js';
    await page.route(mapCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/find/?category=dental');
    await finderReady(page);
    await expect(page.locator('#finder-map')).toContainText('The map could not load');
    await expect(page.locator('[data-result-count]')).toHaveText(String(matching({ category: ['dental'] }).length));
    // The finder is still alive: a place still gives distances.
    await page.getByLabel('Near a ZIP code or town').fill('Okemos');
    await page.getByLabel('Near a ZIP code or town').press('Enter');
    await expect(page.locator('#finder-near-status')).toHaveText('Distances from Okemos.');
    await page.unroute(mapCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('[data-map-points]')).toBeVisible();
    await expect(page.locator('#finder-map')).not.toContainText('The map could not load');
  });
});

test.describe('clustering off the page', () => {
  test('the places are clustered in a worker, not on the page', async ({ page }) => {
    const worker = page.waitForEvent('worker');
    await openMap(page, '/map/');
    expect((await worker).url()).toMatch(/\/_astro\/cluster-worker[^/]*\.js$/);
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    // The clustering code stays out of the page's own scripts.
    const pageScripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!),
    );
    expect(pageScripts.filter((name) => name.startsWith('clusters.'))).toEqual([]);
  });

  test('the places are clustered while the map’s code is still on its way, and sent to the worker once', async ({
    page,
  }) => {
    // Counts what the page sends its workers (only the clustering worker is a dedicated one here).
    await page.addInitScript(() => {
      const sent: string[] = [];
      Object.assign(window, { clusterMessages: sent });
      const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        sent.push(String((args[0] as { type?: string } | undefined)?.type));
        post.apply(this, args);
      };
    });
    const sent = () => page.evaluate(() => (window as unknown as { clusterMessages: string[] }).clusterMessages);
    // The map's code is held back until the places have gone to the worker.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/MapView.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/map/');
    await finderReady(page);
    await expect.poll(sent).toEqual(['load']);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(0);
    release();
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    // The map asked only for the view: the places it would have sent were the ones already there.
    expect((await sent()).filter((type) => type === 'load')).toEqual(['load']);
    expect(await sent()).toContain('view');
  });

  test('the point data is asked for beside the facet index, not once the index has arrived', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/find/facets.json', async (route) => {
      await held;
      await route.continue();
    });
    const pointsAsked = page.waitForRequest('**/find/points.json');
    await page.goto('/map/');
    // The index is still held back: the points are asked for all the same.
    await pointsAsked;
    release();
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    const plotted = Number(await page.locator('[data-map-points]').getAttribute('data-map-points'));
    expect(plotted).toBe(published().filter(hasPlace).length);
  });

  test('when the worker cannot start, the page clusters by itself and draws every place', async ({ page }) => {
    await page.route('**/_astro/cluster-worker*.js', (route) => route.abort('internetdisconnected'));
    await openMap(page, '/map/?category=food');
    await fetched(page, '.js');
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((e) => /\/clusters\.[^/]+\.js$/.test(e.name)),
        ),
      )
      .toBe(true);
    const plotted = Number(await page.locator('[data-map-points]').getAttribute('data-map-points'));
    await page.locator('.map-canvas').focus();
    await expect(async () => {
      await page.keyboard.press('-');
      const inView = await page
        .locator('.leaflet-marker-icon.map-place, .leaflet-marker-icon.map-cluster')
        .evaluateAll((els) =>
          els.reduce((n, el) => n + (el.classList.contains('map-cluster') ? Number(el.textContent) : 1), 0),
        );
      expect(inView).toBe(plotted);
    }).toPass({ timeout: 30_000 });
  });
});

test.describe('who is contacted', () => {
  test('pages without a map ask for no tiles and no map code', async ({ page, tileRequests }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const online = published().find((l) => !hasPlace(l))!;
    for (const path of [
      '/',
      '/about/',
      '/categories/',
      '/categories/food/',
      '/support/emotional/',
      `/listings/${online.slug}/`,
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/find/');
    await finderReady(page);
    await page.waitForLoadState('networkidle');
    expect(tileRequests).toEqual([]);
    expect(requested.filter((url) => /leaflet|MapView|detail-map|points\.json/i.test(url))).toEqual([]);
  });

  test('a detail page loads its map only when it is scrolled into view', async ({ page, tileRequests }) => {
    await page.setViewportSize({ width: 390, height: 480 });
    const place = published().find((l) => hasPlace(l) && l.data.phone && l.data.website && !l.data.location_private)!;
    await page.goto(`/listings/${place.slug}/`);
    await page.waitForLoadState('networkidle');
    expect(tileRequests).toEqual([]);
    await page.locator('[data-detail-map]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-map-ready]')).toBeAttached();
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await expect(page.locator('[data-detail-map] .map-place')).toHaveCount(1);
  });

  test('a private location’s detail map shows an area, not a pin', async ({ page }) => {
    const home = published().find((l) => l.data.location_private && hasPlace(l))!;
    await page.goto(`/listings/${home.slug}/`);
    await page.locator('[data-detail-map]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-map-ready]')).toBeAttached();
    await expect(page.locator('[data-detail-map] path.map-area-circle')).toHaveCount(1);
    await expect(page.locator('[data-detail-map] .leaflet-marker-icon')).toHaveCount(0);
    const area = approximateArea(home.data.geo as Geo);
    await expect(page.locator('[data-detail-map]')).toHaveAttribute('data-lat', String(area.lat));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the map page lists the listings instead, and the map takes no room', async ({ page, tileRequests }) => {
    await page.goto('/map/');
    // (Playwright's text locators skip <noscript>, which is what shows this note.)
    expect(await page.content()).toContain(
      'The map needs JavaScript; here are the listings as a list, a page at a time.',
    );
    await expect(page.locator('#finder-results .card')).toHaveCount(Math.min(48, published().length));
    await expect(page.getByRole('navigation', { name: 'Pages of results' })).toBeVisible();
    await expect(page.locator('#finder-results .card').first()).toBeVisible();
    await expect(page.locator('#finder-map')).toBeHidden();
    expect(tileRequests).toEqual([]);
  });
});
