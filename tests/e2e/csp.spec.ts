/**
 * The Content-Security-Policy the build writes to dist/_headers, applied to every response of the
 * site as Netlify or Cloudflare Pages would, must not block anything a page does: one page of
 * every kind is loaded, with its map drawn or its search run, and any violation fails the test.
 * (The pages' own <meta> policy applies too; csp-meta.spec.ts tests it alone.)
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, finderReady, test } from './fixtures.ts';
import { published } from './data.ts';

const headersText = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');

/** The headers of the `/*` block (base path "/"). */
function siteHeaders(): Record<string, string> {
  const block = headersText.split(/\n\s*\n/).find((part) => /^\/\*$/m.test(part)) ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .filter((line) => /^\s+\S/.test(line))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

const headers = siteHeaders();
const csp = headers['Content-Security-Policy']!;

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

const onTestEnd: (() => Promise<void>)[] = [];
test.afterEach(async () => {
  for (const done of onTestEnd.splice(0)) await done();
});

test.beforeEach(async ({ context }) => {
  // The site's own responses get the built headers; other hosts stay blocked by the fixture.
  await context.route(
    (url) => url.hostname === '127.0.0.1',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    },
  );
  // A request still in flight when the test ends (a map's lazy chunk, say) must not fail it.
  onTestEnd.push(() => context.unrouteAll({ behavior: 'ignoreErrors' }));
  await context.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { cspViolations: unknown[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    });
  });
});

/** Console messages about the policies, collected for the whole test. */
function policyMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Permissions-Policy|Permissions Policy/i.test(text)) messages.push(text);
  });
  return messages;
}

async function expectNoViolations(page: Page, messages: string[]) {
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations?: Violation[] }).cspViolations ?? [],
  );
  expect(violations, `CSP violations on ${page.url()}`).toEqual([]);
  expect(messages, `policy messages on ${page.url()}`).toEqual([]);
}

test.describe('Content-Security-Policy', () => {
  test('the header is the policy the pages are checked against', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(csp);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(await page.evaluate(() => typeof (window as unknown as { cspViolations?: unknown }).cspViolations)).toBe(
      'object',
    );
  });

  const simplePages = [
    '/',
    '/meetings/',
    '/meetings/monday/',
    `/categories/${published()[0]!.data.category}/`,
    '/contribute/',
    '/about/',
    '/recovery-capital/',
    '/gaps/?category=recovery-housing',
    '/safety/',
    '/offline/',
    '/no-such-page/',
    // The Spanish pages: the same scripts, with their words handed over in attributes.
    '/es/',
    '/es/meetings/',
    '/es/meetings/saturday/',
    `/es/listings/${published()[0]!.slug}/`,
    '/es/list/',
    '/es/recovery-capital/',
    '/es/gaps/?category=recovery-housing',
    '/es/safety/',
    '/es/404.html',
  ];
  for (const path of simplePages) {
    test(`${path} loads without a violation`, async ({ page }) => {
      const messages = policyMessages(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, messages);
    });
  }

  // The validator runs in the page: its schemas must not try eval (src/lib/listing-form/jitless.ts).
  for (const path of ['/contribute/new/', `/es/contribute/edit/?slug=${published()[0]!.slug}`]) {
    test(`the listing form at ${path} checks a listing without a violation`, async ({ page }) => {
      const messages = policyMessages(page);
      await page.goto(path);
      // A blank form loads its checker when a box is first reached for.
      await page.locator('#f-name').focus();
      await expect(page.locator('form.listing-form[data-checker-ready]')).toBeAttached({ timeout: 30_000 });
      await page.locator('button[type="submit"]').click();
      await page.locator('#f-name').fill('A new name');
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, messages);
    });
  }

  for (const path of ['/find/', '/es/find/']) {
    test(`the finder at ${path} loads without a violation`, async ({ page }) => {
      const messages = policyMessages(page);
      await page.goto(path);
      await finderReady(page);
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, messages);
    });
  }

  test('the map page draws its map and asks for tiles without a violation', async ({ page, tileRequests }) => {
    const messages = policyMessages(page);
    await page.goto('/map/');
    await finderReady(page);
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    // img-src allows the tile host: a blocked tile would never reach the network.
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page, messages);
  });

  test('a shared list loads without a violation', async ({ page }) => {
    const messages = policyMessages(page);
    const slugs = published()
      .slice(0, 3)
      .map((l) => l.slug);
    await page.goto(`/list/?ids=${slugs.join(',')}`);
    await expect(page.locator('[data-list-items] > li')).toHaveCount(3);
    await expectNoViolations(page, messages);
  });

  test('a listing page draws its map without a violation', async ({ page, tileRequests }) => {
    const messages = policyMessages(page);
    const place = published().find(
      (l) =>
        !!l.data.geo &&
        !l.data.location_private &&
        ['in-person', 'hybrid'].includes((l.data.attendance as string | undefined) ?? 'in-person'),
    )!;
    await page.goto(`/listings/${place.slug}/`);
    await page.locator('[data-detail-map]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-map-ready]')).toBeAttached();
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page, messages);
  });

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' });

    test('it registers, and the pages it serves load, without a violation', async ({ page }) => {
      const messages = policyMessages(page);
      await page.goto('/');
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
      expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toMatch(/\/sw\.js$/);
      await page.goto('/find/');
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, messages);
    });
  });

  test('search loads Pagefind (WebAssembly, web worker) without a violation', async ({ page }) => {
    const messages = policyMessages(page);
    await page.goto('/search/');
    await page.getByRole('searchbox').fill('dental');
    await expect(page.locator('#search-results a[href^="/listings/"]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page, messages);
  });
});

test.describe('Content-Security-Policy without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the <noscript> styles apply: their hash is in the policy', async ({ page }) => {
    // No listener can run without JavaScript; Chromium still reports a blocked style in the console.
    const messages = policyMessages(page);
    await page.goto('/find/');
    await expect(page.locator('.js-only').first()).toBeHidden();
    await page.waitForLoadState('networkidle');
    expect(messages).toEqual([]);
  });
});

test('_headers sets the other security headers and opens the exports to every origin', () => {
  expect(headers).toMatchObject({
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  // HSTS is opt-in (HSTS_MAX_AGE); the test build does not ask for it.
  expect(headers['Strict-Transport-Security']).toBeUndefined();
  expect(csp).toContain("base-uri 'none'");
  expect(headers['Permissions-Policy']).toContain('geolocation=(self)');
  expect(headersText).toMatch(/^\/exports\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
  expect(headersText).toMatch(/^\/exports\/meetings\.ics\n {2}Content-Type: text\/calendar; charset=utf-8$/m);
  expect(headersText).toMatch(/^\/listings\/\*\.ics\n {2}Content-Type: text\/calendar; charset=utf-8$/m);
});
