/**
 * The site served as GitHub Pages serves it: without `_headers` (`astro preview` ignores the file,
 * as GitHub Pages does). The policy must then come from the `<meta http-equiv>` tag first in every
 * page's `<head>`: an inline script spliced into a built page is blocked, and the pages still work
 * under it. The map credit from site.yaml stays text with the policy and without it: the hostile
 * values are the fixtures the validator refuses (tests/fixtures/hostile-site/), spliced into built
 * pages in place of the real credit, as a site.yaml that skipped validation would put them there.
 */
import type { Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, finderReady, test } from './fixtures.ts';
import { published } from './data.ts';

const headersText = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
/** The Content-Security-Policy of `_headers`, the policy the meta tag must repeat. */
const headerPolicy = /^ {2}Content-Security-Policy: (.*)$/m.exec(headersText)![1]!;

/** An inline script spliced into a built page, in the body, after the meta policy. */
const INJECTED = '<script>window.__injectedRan = 1;</script>';

const OSM_TEXT = '© OpenStreetMap contributors';
const OSM_URL = 'https://www.openstreetmap.org/copyright';

/** `map` of a hostile site.yaml fixture. */
function hostile(name: string): { attribution: string; attribution_url?: string } {
  const text = readFileSync(new URL(`../fixtures/hostile-site/${name}`, import.meta.url), 'utf8');
  return (parse(text) as { map: { attribution: string; attribution_url?: string } }).map;
}

/** Text escaped for an HTML attribute (the island's props and the detail map's data attributes). */
function attribute(text: string): string {
  // Inside the island's props it is also a JSON string: nothing there may need JSON escaping.
  expect(text).not.toMatch(/["\\]/);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

interface Splice {
  /** Keep the meta policy (true) or take it out, as a host that strips it or an old page would. */
  policy: boolean;
  /** Appended to the body. */
  append?: string;
  /** Stands in for the site's credit text and link. */
  credit?: { text: string; url?: string | undefined };
}

/** Serves `path` with the changes of `splice` made to the built HTML. */
async function serveSpliced(page: Page, path: string, splice: Splice) {
  await page.route(
    (url) => url.hostname === '127.0.0.1' && url.pathname === path,
    async (route: Route) => {
      const response = await route.fetch();
      let body = await response.text();
      if (splice.policy) expect(body).toMatch(META);
      else body = body.replace(META, '');
      if (splice.append) body = body.replace('</body>', `${splice.append}</body>`);
      if (splice.credit) {
        expect(body).toContain(OSM_TEXT);
        body = body.replaceAll(OSM_TEXT, attribute(splice.credit.text));
        body = body.replaceAll(OSM_URL, attribute(splice.credit.url ?? OSM_URL));
      }
      await route.fulfill({ response, body });
    },
  );
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    const seen: { directive: string; sample: string }[] = [];
    (window as unknown as { cspViolations: unknown[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, sample: event.sample });
    });
  });
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: { directive: string; sample: string }[] }).cspViolations);
const ran = (page: Page, name: string) =>
  page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);

const mapListing = () =>
  published().find(
    (l) =>
      !!l.data.geo &&
      !l.data.location_private &&
      ['in-person', 'hybrid'].includes((l.data.attendance as string | undefined) ?? 'in-person'),
  )!;

test.describe('without _headers, the meta policy', () => {
  test('is served without a header, first in <head>, and is the _headers policy a meta tag can carry', async ({
    page,
  }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const head = await page.evaluate(() => [...document.head.children].map((el) => el.outerHTML.slice(0, 60)));
    expect(head[0]).toBe('<meta charset="utf-8">');
    expect(head[1]).toMatch(/^<meta http-equiv="Content-Security-Policy"/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(headerPolicy.replace("; frame-ancestors 'none'", ''));
    expect(meta).toContain("base-uri 'none'");
    expect(meta).not.toMatch(/unsafe-inline|frame-ancestors/);
  });

  test('blocks an inline script spliced into a built page, which runs once the meta tag is gone', async ({ page }) => {
    const path = `/listings/${published()[0]!.slug}/`;
    await serveSpliced(page, path, { policy: true, append: INJECTED });
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(path);
    await page.waitForLoadState('load');
    expect(await ran(page, '__injectedRan')).toBeUndefined();
    expect(await violations(page)).toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
    expect(messages.join('\n')).toMatch(/Content Security Policy/);

    // The same page without the meta tag runs it: the test can tell a blocked script from a dead one.
    await page.unrouteAll();
    await serveSpliced(page, path, { policy: false, append: INJECTED });
    await page.goto(path);
    await expect.poll(() => ran(page, '__injectedRan')).toBe(1);
  });

  test('lets the map page draw its map and ask for tiles without a violation', async ({ page, tileRequests }) => {
    await page.goto('/map/');
    await finderReady(page);
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });

  test('lets search load Pagefind (WebAssembly, web worker) without a violation', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox').fill('dental');
    await expect(page.locator('#search-results a[href^="/listings/"]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('the map credit from site.yaml is text', () => {
  const payloads = [
    { fixture: 'attribution-onerror.yaml', ...hostile('attribution-onerror.yaml') },
    { fixture: 'attribution-javascript-link.yaml', ...hostile('attribution-javascript-link.yaml') },
    { fixture: 'attribution-url-javascript.yaml', ...hostile('attribution-url-javascript.yaml') },
  ];

  /** Checks the credit line of the map on `page`: the payload shown as text, nothing run. */
  async function expectInert(page: Page, text: string) {
    const credit = page.locator('.leaflet-control-attribution');
    await expect(credit).toContainText('Leaflet');
    // Give an image's error event the time to fire, if the credit could hold one.
    await page.waitForTimeout(300);
    expect(await ran(page, '__attributionRan'), 'the payload ran').toBeUndefined();
    expect(await page.locator('a[href^="javascript:" i]').count(), 'javascript: links').toBe(0);
    expect(await credit.locator('img').count(), 'images in the credit').toBe(0);
    await expect(credit).toContainText(text);
  }

  for (const { fixture, attribution, attribution_url } of payloads) {
    for (const policy of [false, true]) {
      test(`${fixture} on a listing's map, ${policy ? 'with' : 'without'} the policy`, async ({ page }) => {
        const path = `/listings/${mapListing().slug}/`;
        await serveSpliced(page, path, { policy, credit: { text: attribution, url: attribution_url } });
        await page.goto(path);
        await page.locator('[data-detail-map]').scrollIntoViewIfNeeded();
        await expect(page.locator('[data-map-ready]')).toBeAttached();
        await expectInert(page, attribution);
      });
    }

    test(`${fixture} on the finder's map, without the policy`, async ({ page }) => {
      await serveSpliced(page, '/map/', { policy: false, credit: { text: attribution, url: attribution_url } });
      await page.goto('/map/');
      await finderReady(page);
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
      await expectInert(page, attribution);
    });
  }
});
