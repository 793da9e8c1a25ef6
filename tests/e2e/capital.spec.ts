import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { published } from './data.ts';
import { expect, test } from './fixtures.ts';

/**
 * The recovery capital check-in as a peer does it on a phone, alone or with a coach: rate, see
 * strengths, choose areas, find local places, write the next week, then print, share or keep.
 * Expected places come from the listing files, not from the site's code. Privacy is checked the
 * hard way: every request's address, storage and cookies, before and after "Keep".
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORAGE_KEY = 'recovery-map:check-in';
const shots = new URL('../../test-results/capital/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

type Page = import('@playwright/test').Page;

const statement = (page: Page, id: string) => page.locator(`[data-statement="${id}"]`);
/** Picks an answer by its words, as a person would. */
async function rate(page: Page, id: string, answer: string) {
  await statement(page, id).getByLabel(answer, { exact: true }).check();
}
async function choose(page: Page, id: string) {
  await statement(page, id).getByLabel('I want to grow in this area').check();
}
const areaResults = (page: Page, id: string) => page.locator(`[data-area="${id}"]`);
/** The listing slugs an area's results link to. */
const linkedSlugs = (page: Page, id: string) =>
  areaResults(page, id)
    .locator('h4 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/^\/(es\/)?listings\/|\/$/g, '')));

test.describe('the check-in', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each statement is a fieldset with five answers and its categories (contract)', async ({ page }) => {
    await page.goto('/recovery-capital/');
    const statements = page.locator('fieldset[data-statement]');
    expect(await statements.count()).toBeGreaterThanOrEqual(20);
    for (const fieldset of await statements.all()) {
      await expect(fieldset.locator('legend')).not.toBeEmpty();
      await expect(fieldset.locator('input[type="radio"]')).toHaveCount(5);
      expect(await fieldset.getAttribute('data-categories')).toMatch(/^[a-z-]+(,[a-z-]+)*$/);
    }
    await expect(statement(page, 'craving-medication')).toHaveAttribute('data-categories', 'treatment');
    await expect(page.locator('p', { hasText: 'not a test or a diagnosis' })).toBeVisible();
    await expect(page.locator('.capital-privacy')).toContainText('Nothing is sent anywhere');
  });

  test('rating and choosing an area shows only listings that match it, each with Add to my list', async ({ page }) => {
    await page.goto('/recovery-capital/');
    await rate(page, 'sober-home', 'Completely disagree');
    await expect(statement(page, 'sober-home').locator('[data-suggested]')).toBeVisible();
    await choose(page, 'sober-home');
    const area = areaResults(page, 'sober-home');
    await expect(area.locator('h4 a').first()).toBeVisible();
    const expected = published()
      .filter((l) => l.data.category === 'recovery-housing')
      .map((l) => l.slug);
    const shown = await linkedSlugs(page, 'sober-home');
    expect(shown.length).toBe(Math.min(5, expected.length));
    for (const slug of shown) expect(expected).toContain(slug);
    await expect(area.locator('[data-add-to-list]').first()).toHaveText('Add to my list');
    const all = area.getByRole('link', { name: /in the finder/ });
    await expect(all).toHaveAttribute('href', '/find/?category=recovery-housing');

    // Medication for cravings: treatment on the medication pathway (or welcoming every pathway).
    await choose(page, 'craving-medication');
    await expect(areaResults(page, 'craving-medication').locator('h4 a').first()).toBeVisible();
    const treatment = published().filter(
      (l) =>
        l.data.category === 'treatment' &&
        ((l.data.pathways as string[] | undefined) ?? []).some(
          (p) => p === 'medication-assisted' || p === 'all-pathways',
        ),
    );
    for (const slug of await linkedSlugs(page, 'craving-medication'))
      expect(treatment.map((l) => l.slug)).toContain(slug);
    await page.screenshot({ path: `${shots}areas-390.png`, fullPage: true });
  });

  test('loads under 25 KB of JavaScript (gzip), and no framework, up to the places for an area', async ({ page }) => {
    const scripts = new Map<string, Buffer>();
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.set(response.url(), await response.body());
    });
    await page.goto('/recovery-capital/');
    await rate(page, 'meals', 'Mostly disagree');
    await choose(page, 'meals');
    await expect(areaResults(page, 'meals').locator('h4 a').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const gzipped = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(scripts.size).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(25 * 1024);
    for (const [url, body] of scripts)
      expect(body.toString(), url).not.toMatch(/react\.production|__SECRET_INTERNALS|createRoot/);
  });

  test('a ZIP code puts the nearest places first, looked up on the device', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/recovery-capital/');
    await choose(page, 'meals');
    await expect(areaResults(page, 'meals').locator('h4 a').first()).toBeVisible();
    const town = published().find((l) => l.data.category === 'food' && (l.data.address as { city?: string })?.city);
    const city = (town!.data.address as { city: string }).city;
    await page.getByLabel('Nearest to (ZIP code or town)').fill(city);
    await page.getByRole('button', { name: 'Show nearest first' }).click();
    await expect(page.locator('[data-near-status]')).toContainText(`Nearest to ${city} first.`);
    await expect(areaResults(page, 'meals').locator('.asset-meta').first()).toContainText(/mile/);
    expect(requests.filter((url) => url.includes(encodeURIComponent(city)) || url.includes(city))).toEqual([]);
  });

  test('strengths come first, in words about what the person has', async ({ page }) => {
    await page.goto('/recovery-capital/');
    const strengths = page.locator('[data-strength-list] li');
    await expect(page.locator('[data-strengths-none]')).toBeVisible();
    await rate(page, 'meals', 'Mostly agree');
    await rate(page, 'friends', 'Completely agree');
    await rate(page, 'legal', 'Mostly disagree');
    await rate(page, 'goals', 'Somewhat agree');
    await expect(strengths).toHaveText(['Friends who support my recovery', 'Healthy meals']);
    await expect(page.locator('[data-strengths-intro]')).toBeVisible();
    await expect(page.locator('[data-strengths-none]')).toBeHidden();
    await expect(statement(page, 'legal').locator('[data-suggested]')).toBeVisible();
    await expect(statement(page, 'goals').locator('[data-suggested]')).toBeHidden();
  });

  test('at most five areas: a sixth is refused with a message, and clearing one frees a place', async ({ page }) => {
    await page.goto('/recovery-capital/');
    for (const id of ['sober-home', 'income', 'meals', 'clothes', 'legal']) await choose(page, id);
    await expect(page.locator('[data-growth-count]')).toHaveText('5 of 5 chosen');
    await statement(page, 'friends').getByLabel('I want to grow in this area').click();
    await expect(statement(page, 'friends').getByLabel('I want to grow in this area')).not.toBeChecked();
    await expect(page.locator('[data-growth-full]')).toBeVisible();
    await statement(page, 'meals').getByLabel('I want to grow in this area').uncheck();
    await expect(page.locator('[data-growth-full]')).toBeHidden();
    await choose(page, 'friends');
    await expect(page.locator('[data-area]')).toHaveCount(5);
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('/recovery-capital/');
    const first = statement(page, 'sober-home').locator('input[type="radio"]').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    // Arrow keys move between the answers of one statement, as in any radio group.
    await page.keyboard.press('ArrowDown');
    await expect(statement(page, 'sober-home').getByLabel('Mostly agree', { exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(statement(page, 'sober-home').getByLabel('I want to grow in this area')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(areaResults(page, 'sober-home').locator('h4 a').first()).toBeVisible();
    await page.locator('#next-week-1').focus();
    await page.keyboard.type('Visit the recovery house');
    await page.keyboard.press('Tab');
    await expect(page.locator('#next-week-2')).toBeFocused();
    await page.getByRole('button', { name: 'Share with my coach' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#capital-link')).toBeFocused();
    expect(await page.locator('#capital-link').inputValue()).toContain('w1=Visit+the+recovery+house');
  });
});

test.describe('privacy', () => {
  test('nothing reaches storage, cookies or any request address until “Keep”; Erase removes it', async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/recovery-capital/');
    await rate(page, 'income', 'Completely disagree');
    await choose(page, 'income');
    await expect(areaResults(page, 'income').locator('h4 a').first()).toBeVisible();
    await page.locator('#next-week-1').fill('Zephyrine calls the clinic');
    await page.locator('#helper-1').fill('Quillon from group');
    await page.getByRole('button', { name: 'Share with my coach' }).click();
    await expect(page.locator('#capital-link')).toHaveValue(/#r=/);
    await page.waitForLoadState('networkidle');
    const leaked = requests.filter((url) => /Zephyrine|Quillon|[#?&]r=|g=income/.test(decodeURIComponent(url)));
    expect(leaked).toEqual([]);
    expect(page.url()).not.toContain('#');
    const storage = () => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
    expect(await storage()).toEqual({ local: {}, session: {} });
    expect(await context.cookies()).toEqual([]);

    await page.getByRole('button', { name: 'Keep on this device' }).click();
    await expect(page.locator('[data-keep-status]')).toHaveText(/kept on this device/);
    const kept = (await storage()).local[STORAGE_KEY];
    expect(kept).toContain('Zephyrine');
    // Kept answers come back on the next visit.
    await page.reload();
    await expect(page.locator('#next-week-1')).toHaveValue('Zephyrine calls the clinic');
    await expect(statement(page, 'income').getByLabel('Completely disagree', { exact: true })).toBeChecked();

    await page.getByRole('button', { name: 'Erase' }).click();
    await expect(page.locator('[data-keep-status]')).toHaveText(/^Erased/);
    expect(await storage()).toEqual({ local: {}, session: {} });
    await expect(page.locator('#next-week-1')).toHaveValue('');
    await expect(statement(page, 'income').locator('input:checked')).toHaveCount(0);
    await expect(page.locator('[data-area]')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('#next-week-1')).toHaveValue('');
    expect(await context.cookies()).toEqual([]);
  });

  test('the share link restores the answers in a fresh browser, and leaves the address bar', async ({
    page,
    browser,
  }) => {
    await page.goto('/recovery-capital/');
    await rate(page, 'sober-home', 'Mostly disagree');
    await rate(page, 'friends', 'Completely agree');
    await choose(page, 'sober-home');
    const firstPlace = areaResults(page, 'sober-home').locator('.asset').first();
    await firstPlace.getByLabel('Put in my plan').check();
    const placeName = await firstPlace.locator('h4').textContent();
    await page.locator('#next-week-1').fill('Call about a room');
    await page.locator('#helper-1').fill('My coach');
    await page.getByRole('button', { name: 'Share with my coach' }).click();
    const link = await page.locator('#capital-link').inputValue();
    expect(new URL(link).pathname).toBe('/recovery-capital/');
    expect(new URL(link).search).toBe('');

    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.locator('[data-capital-restored]')).toBeVisible();
    await expect(statement(other, 'sober-home').getByLabel('Mostly disagree', { exact: true })).toBeChecked();
    await expect(statement(other, 'friends').getByLabel('Completely agree', { exact: true })).toBeChecked();
    await expect(statement(other, 'sober-home').getByLabel('I want to grow in this area')).toBeChecked();
    await expect(other.locator('#next-week-1')).toHaveValue('Call about a room');
    await expect(other.locator('#helper-1')).toHaveValue('My coach');
    const restoredPlace = areaResults(other, 'sober-home').locator('.asset', { hasText: placeName! });
    await expect(restoredPlace.getByLabel('Put in my plan')).toBeChecked();
    expect(other.url()).toMatch(/\/recovery-capital\/$/);
    expect(await other.evaluate(() => localStorage.length)).toBe(0);
    await fresh.close();
  });

  test('a hostile link stays text', async ({ page }) => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    await page.goto(`/recovery-capital/#r=1&g=sober-home&w1=${encodeURIComponent(payload)}&p=sober-home:%3Cb%3E`);
    await expect(page.locator('#next-week-1')).toHaveValue(payload);
    await expect(areaResults(page, 'sober-home')).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
});

test.describe('the printed plan', () => {
  test('is one page in large type: date, strengths, areas with the places picked, the next week', async ({ page }) => {
    await page.goto('/recovery-capital/');
    await rate(page, 'friends', 'Completely agree');
    await rate(page, 'sober-home', 'Completely disagree');
    await choose(page, 'sober-home');
    const place = areaResults(page, 'sober-home').locator('.asset').first();
    await place.getByLabel('Put in my plan').check();
    const name = (await place.locator('h4').textContent())!;
    const slug = (await linkedSlugs(page, 'sober-home'))[0]!;
    const listing = published().find((l) => l.slug === slug)!;
    await page.locator('#next-week-1').fill('Visit on Tuesday');
    await page.locator('#helper-1').fill('My sponsor');
    // What the Print button does before it opens the dialog, which a test cannot drive.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const plan = page.locator('[data-print-plan]');
    await expect(plan).toBeVisible();
    await expect(page.locator('form[data-capital-form]')).toBeHidden();
    await expect(plan.locator('h1')).toHaveText('My recovery plan');
    await expect(plan).toContainText(/Made on \w+ \d+, \d{4}/);
    await expect(plan).toContainText('Friends who support my recovery');
    await expect(plan).toContainText('A home free of alcohol and drugs');
    await expect(plan).toContainText(name);
    if (typeof listing.data.phone === 'string') await expect(plan).toContainText(/Call \(\d{3}\) \d{3}-\d{4}/);
    await expect(plan).toContainText('Visit on Tuesday');
    await expect(plan).toContainText('My sponsor');
    // The crisis lines print with it (the layout's print notes).
    await expect(page.locator('[data-print-help]')).toBeVisible();
    const size = await plan
      .locator('h2')
      .first()
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    const pdf = await page.pdf({ format: 'Letter', path: `${shots}plan.pdf` });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a paper form: every statement, its answers, links to the places that help, lines to write on', async ({
    page,
  }) => {
    await page.goto('/recovery-capital/');
    await expect(page.locator('[data-paper-note]')).toBeVisible();
    const housing = statement(page, 'sober-home');
    await expect(housing.locator('input[type="radio"]')).toHaveCount(5);
    await expect(housing.getByRole('link', { name: 'Recovery housing' })).toHaveAttribute(
      'href',
      '/categories/recovery-housing/',
    );
    await expect(page.locator('[data-strengths]')).toBeHidden();
    await expect(page.locator('.capital-keep')).toBeHidden();
    await expect(page.locator('[data-paper-areas] li')).toHaveCount(5);
    await expect(page.locator('#next-week-1')).toBeVisible();
    await page.screenshot({ path: `${shots}paper-390.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await expect(housing).toBeVisible();
  });
});

test.describe('the way in', () => {
  test('the header and the start page offer the check-in in both languages', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.site-nav').getByRole('link', { name: 'Check-in' })).toHaveAttribute(
      'href',
      '/recovery-capital/',
    );
    await expect(page.getByRole('link', { name: 'Start the check-in' })).toHaveAttribute('href', '/recovery-capital/');
    await page.goto('/es/');
    await expect(page.locator('.site-nav').getByRole('link', { name: 'Chequeo' })).toHaveAttribute(
      'href',
      '/es/recovery-capital/',
    );
    await page.getByRole('link', { name: 'Empezar el chequeo' }).click();
    await expect(page).toHaveURL(/\/es\/recovery-capital\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});

test.describe('axe', () => {
  for (const path of ['/recovery-capital/', '/es/recovery-capital/']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} in ${scheme}, with answers and places shown, has no violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await statement(page, 'sober-home').locator('input[type="radio"]').nth(4).check();
        await statement(page, 'friends').locator('input[type="radio"]').first().check();
        await statement(page, 'sober-home').locator('[data-grow]').check();
        await expect(areaResults(page, 'sober-home').locator('h4 a').first()).toBeVisible();
        await page.locator('[data-share-open]').click();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const report = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(report).toEqual([]);
      });
    }
  }

  test('Spanish page: Spanish words, Spanish places, Spanish plan', async ({ page }) => {
    await page.goto('/es/recovery-capital/');
    await expect(page.locator('h1')).toHaveText('Revise sus apoyos para la recuperación');
    await statement(page, 'sober-home').getByLabel('Totalmente en desacuerdo', { exact: true }).check();
    await statement(page, 'sober-home').getByLabel('Quiero crecer en esta área').check();
    await expect(page.locator('[data-growth-count]')).toHaveText('1 de 5 elegida');
    const first = areaResults(page, 'sober-home').locator('h4 a').first();
    await expect(first).toHaveAttribute('href', /^\/es\/listings\//);
    await expect(areaResults(page, 'sober-home').locator('[data-add-to-list]').first()).toHaveText(
      'Agregar a mi lista',
    );
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print-plan] h1')).toHaveText('Mi plan de recuperación');
    await expect(page.locator('[data-print-plan]')).toContainText('Hecho el');
  });
});
