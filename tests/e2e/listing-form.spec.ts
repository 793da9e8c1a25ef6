/**
 * The listing form (/contribute/new/, /contribute/edit/?slug=…) as a volunteer uses it: a new
 * listing filled in and checked, a mistake shown beside its box and then fixed, the file it makes
 * passing `npm run validate`, GitHub's address carrying exactly that file, every sample listing
 * coming back unchanged from the edit form, the keyboard alone, axe in both languages, no layout
 * shift, the checker loading on these pages only, and the page without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { published, siteRepository } from './data.ts';
import { expect, layoutShift, test } from './fixtures.ts';

type Page = import('@playwright/test').Page;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const root = new URL('../../', import.meta.url).pathname;

/** The form, drawn and with its checker loaded. */
async function openForm(page: Page, path: string) {
  await page.goto(path);
  await checkerReady(page);
}

/** A blank form loads its checker when the volunteer first reaches for it (a box focused), an edit form at once. */
async function checkerReady(page: Page) {
  await page.locator('#f-name').focus();
  await expect(page.locator('form.listing-form[data-checker-ready]')).toBeAttached({ timeout: 30_000 });
}

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${label}\n${report.join('\n')}`).toEqual([]);
}

/** The messages shown beside a box, read through its aria-describedby as a screen reader would. */
async function describedBy(page: Page, id: string): Promise<string> {
  const ids = (await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((part) => page.locator(`#${part}`).innerText()),
  );
  return texts.join(' ');
}

/** Fills in a small new listing, a food pantry in the region, leaving the website wrong. */
async function fillPantry(page: Page) {
  await page.locator('#f-name').fill('Eastside Neighbors Food Share');
  await page.locator('#f-category').selectOption('food');
  await page.locator('#f-support-instrumental').check();
  await page.locator('#f-summary').fill('Free groceries on Tuesdays; no ID needed.');
  await page.locator('#f-description').fill('Shop the shelves yourself. Fresh produce most weeks.');
  await page.locator('#f-address-city').fill('Lansing');
  await page.locator('#f-address-postal_code').fill('48912');
  // Both numbers pasted into the first box, as a map site copies them.
  await page.locator('#f-geo-lat').fill('42.7335, -84.5467');
  await page.locator('#f-phone').fill('517-555-0188');
  await page.locator('#f-hours-add').click();
  // By id, not by name: the same steps fill in the Spanish form.
  const row = page.locator('.form-row').first();
  await row.locator('input[id$="-days-tuesday"]').check();
  await row.locator('input[id$="-opens"]').fill('10:00');
  await row.locator('input[id$="-closes"]').fill('14:00');
  await page.locator('#f-verified_how').selectOption('phone');
}

test.describe('a new listing', () => {
  test('is filled in and checked, and a mistake is shown beside its box, then fixed', async ({ page }) => {
    await openForm(page, '/contribute/new/');
    await fillPantry(page);
    // A website without its https:// is refused with the validator's own words, once the box is left.
    await page.locator('#f-website').fill('eastside-food.example.org');
    await expect(page.locator('#f-website')).not.toHaveAttribute('aria-invalid', 'true');
    await page.locator('#f-website').blur();
    await expect(page.locator('#f-website')).toHaveAttribute('aria-invalid', 'true');
    expect(await describedBy(page, 'f-website')).toContain(
      'Website: is not a web address; write the full address starting with https://',
    );
    await expect(page.locator('[data-listing-file]')).toHaveCount(0);

    // "Check" lists it at the top, and the link goes to the box.
    await page.getByRole('button', { name: 'Check my listing' }).click();
    const summary = page.locator('.form-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('Before you send it: 1 thing to fix');
    await summary.getByRole('link', { name: /Website: is not a web address/ }).click();
    await expect(page.locator('#f-website')).toBeFocused();

    // Fixed: the message goes, the summary empties and the file appears.
    await page.locator('#f-website').fill('https://eastside-food.example.org');
    await expect(page.locator('#f-website')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-website-problems')).toHaveCount(0);
    await expect(page.locator('.form-summary')).toHaveCount(0);
    await expect(page.locator('[data-listing-file]')).toBeVisible();
    await page.getByRole('button', { name: 'Check my listing' }).click();
    await expect(page.locator('#form-file-h')).toBeFocused();
    await expect(page.locator('.form-check-bar [role="status"]')).toHaveText(
      'Everything is filled in correctly. You can send it below.',
    );
  });

  test('makes a file that npm run validate accepts, and GitHub’s address carries exactly that file', async ({
    page,
  }) => {
    await openForm(page, '/contribute/new/');
    await fillPantry(page);
    await page.locator('#f-website').fill('https://eastside-food.example.org');
    const file = page.locator('[data-listing-file]');
    await expect(file).toBeVisible();
    const text = (await file.textContent())!;
    const path = 'data/listings/food/eastside-neighbors-food-share.md';
    await expect(page.getByText(`File: ${path}`)).toBeVisible();
    // Written as `npm run new` writes: the schema comment, the order, times and ZIP codes quoted.
    expect(text.split('\n').slice(0, 3)).toEqual([
      '---',
      '# yaml-language-server: $schema=../../../public/schema/listing.json',
      'name: "Eastside Neighbors Food Share"',
    ]);
    expect(text).toContain('  postal_code: "48912"\n');
    expect(text).toContain('    opens: "10:00"\n');
    expect(text).toContain('geo: { lat: 42.7335, lng: -84.5467 }\n');

    // The proposal: GitHub's new-file page, the path and the text in its address, under 8 KB.
    const href = (await page.locator('a[data-propose]').getAttribute('href'))!;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(`${siteRepository().replace(/\/$/, '')}/new/main`);
    expect(url.searchParams.get('filename')).toBe(path);
    expect(url.searchParams.get('value')).toBe(text);
    expect(href.length).toBeLessThan(8000);
    await expect(page.locator('a[data-propose]')).toHaveAttribute('target', '_blank');
    // And the e-mail for volunteers without an account carries it too.
    const mail = (await page.locator('a[data-email]').getAttribute('href'))!;
    expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(text.replace(/\n/g, '\r\n'));

    // The text, in a project of its own with the site's own site.yaml, passes `npm run validate`.
    const project = mkdtempSync(join(tmpdir(), 'listing-form-'));
    try {
      mkdirSync(join(project, dirname(path)), { recursive: true });
      cpSync(join(root, 'data/site.yaml'), join(project, 'data/site.yaml'));
      writeFileSync(join(project, path), text);
      const run = spawnSync('npm', ['run', '--silent', 'validate', '--', '--root', project], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.stdout + run.stderr, 'npm run validate').toContain('0 errors, 0 warnings in 2 files');
      expect(run.status).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test('is refused a name another listing already has', async ({ page }) => {
    const taken = published().find((l) => l.file.endsWith('.md'))!;
    await openForm(page, '/contribute/new/');
    await page.locator('#f-name').fill('Anything at all');
    await page.locator('#f-slug').fill(taken.slug);
    await page.locator('#f-slug').blur();
    await expect(page.locator('#f-slug')).toHaveAttribute('aria-invalid', 'true');
    expect(await describedBy(page, 'f-slug')).toContain(
      `"${taken.slug}" is already used by data/listings/${taken.file}`,
    );
  });
});

test.describe('the edit form, changing nothing', () => {
  // Every sample listing comes back as the same file. Each listing is a page load with the
  // checker's chunk to compile, so they are checked in groups the two workers share, each group
  // with time to spare on a loaded machine.
  const GROUP = 20;
  const listings = published();
  test.describe.configure({ mode: 'parallel', timeout: 180_000 });
  for (let start = 0; start < listings.length; start += GROUP) {
    const group = listings.slice(start, start + GROUP);
    test(`gives back sample listings ${start + 1}–${start + group.length} of ${listings.length} unchanged`, async ({
      page,
    }) => {
      const different: string[] = [];
      for (const listing of group) {
        await openForm(page, `/contribute/edit/?slug=${listing.slug}`);
        const text = await page.locator('[data-listing-file]').textContent();
        const original = readFileSync(join(root, 'data/listings', listing.file), 'utf8');
        // The writer quotes the codes a YAML 1.1 reader would take for true or false (Y, N).
        if (text?.replace(/"/g, '') !== original.replace(/"/g, '')) different.push(listing.file);
      }
      expect(different).toEqual([]);
    });
  }
});

test.describe('the edit form', () => {
  test('opens GitHub’s editor with the text copied, and three numbered steps', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const listing = published().find((l) => l.data.category === 'recovery-housing')!;
    await openForm(page, `/contribute/edit/?slug=${listing.slug}`);
    await expect(page.locator('#f-name')).toHaveValue(listing.data.name);
    await page.locator('#f-phone').fill('517-555-0177');
    await expect(page.locator('[data-listing-file]')).toContainText('phone: "517-555-0177"');
    const text = (await page.locator('[data-listing-file]').textContent())!;
    const link = page.locator('a[data-paste]');
    await expect(link).toHaveAttribute(
      'href',
      `${siteRepository().replace(/\/$/, '')}/edit/main/data/listings/${listing.file}`,
    );
    await expect(page.locator('.form-steps li')).toHaveCount(3);
    // The link copies, then opens GitHub in a new tab: kept from opening here, where any other
    // host is out of bounds.
    await link.evaluate((a) => a.addEventListener('click', (event) => event.preventDefault()));
    await link.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  });

  test('says so when the listing does not exist', async ({ page }) => {
    await page.goto('/contribute/edit/?slug=no-such-listing');
    await expect(page.getByRole('alert')).toContainText('No listing has the address “no-such-listing”');
    await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', '/contribute/new/');
  });

  test('is linked from every listing page as “Suggest an edit”, in its language', async ({ page }) => {
    const listing = published()[0]!;
    await page.goto(`/listings/${listing.slug}/`);
    await expect(page.getByRole('link', { name: 'Suggest an edit' })).toHaveAttribute(
      'href',
      `/contribute/edit/?slug=${listing.slug}`,
    );
    await page.goto(`/es/listings/${listing.slug}/`);
    await page.getByRole('link', { name: 'Sugerir un cambio' }).click();
    await expect(page).toHaveURL(`/es/contribute/edit/?slug=${listing.slug}`);
    // An edit form checks the listing it opens with, without waiting for the volunteer.
    await expect(page.locator('form.listing-form[data-checker-ready]')).toBeAttached({ timeout: 30_000 });
    await expect(page.locator('#f-name')).toHaveValue(listing.data.name);
  });
});

test.describe('with the keyboard alone, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fills in a listing, follows the summary to each box, and reaches the proposal', async ({ page }) => {
    await openForm(page, '/contribute/new/');
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 40 && (await focused()) !== 'f-name'; i++) await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('f-name');
    await page.keyboard.type('Eastside Food Share');
    // Enter in a box checks the listing; the summary takes focus.
    await page.keyboard.press('Enter');
    await expect(page.locator('.form-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.form-summary a').first()).toBeFocused();
    await expect(page.locator('.form-summary a').first()).toContainText('Kind of place or service');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('f-category');
    await page.keyboard.type('Food');
    await expect(page.locator('#f-category')).toHaveValue('food');
    // On through the kinds of support: the third box is "Instrumental" (practical help).
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('f-support-instrumental');
    await page.keyboard.press('Space');
    await expect(page.locator('#f-support-instrumental')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('f-summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('.form-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.form-summary a').first()).toContainText('Latitude');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('f-geo-lat');
    // Both numbers typed into the first box are split when it is left.
    await page.keyboard.type('42.7335, -84.5467');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('f-geo-lng');
    await expect(page.locator('#f-geo-lat')).toHaveValue('42.7335');
    await expect(page.locator('#f-geo-lng')).toHaveValue('-84.5467');
    await page.keyboard.press('Enter');
    await expect(page.locator('#form-file-h')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-listing-file]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('a[data-propose]')).toBeFocused();
  });

  test('adds and removes a row of meeting times', async ({ page }) => {
    await openForm(page, '/contribute/new/');
    await page.locator('#f-schedule-add').focus();
    await page.keyboard.press('Enter');
    const day = page.locator('.form-row select').first();
    await expect(day).toBeFocused();
    await expect(page.getByRole('group', { name: 'Time 1' })).toBeVisible();
    await page.keyboard.type('Friday');
    await expect(day).toHaveValue('friday');
    await page.getByRole('button', { name: 'Remove time 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Time 1' })).toHaveCount(0);
    await expect(page.locator('#f-schedule-add')).toBeFocused();
  });
});

test.describe('accessibility and layout', () => {
  for (const lang of ['', '/es']) {
    test(`axe finds nothing on the new and edit forms${lang ? ' in Spanish' : ''}: blank, with problems, and valid`, async ({
      page,
    }) => {
      // Four axe runs over the longest page of the site: on a busy CI machine that nears a minute.
      test.slow();
      await openForm(page, `${lang}/contribute/new/`);
      await expectNoViolations(page, `${lang}/contribute/new/ blank`);
      await page.locator('button[type="submit"]').click();
      await expect(page.locator('.form-summary')).toBeFocused();
      await expectNoViolations(page, `${lang}/contribute/new/ with problems`);
      await fillPantry(page);
      await page.locator('#f-website').fill('https://eastside-food.example.org');
      await expect(page.locator('[data-listing-file]')).toBeVisible();
      await expectNoViolations(page, `${lang}/contribute/new/ valid`);
      const listing = published().find((l) => l.data.category === 'mutual-aid-meeting' && 'schedule' in l.data)!;
      await openForm(page, `${lang}/contribute/edit/?slug=${listing.slug}`);
      await page.locator('button[type="submit"]').click();
      await expectNoViolations(page, `${lang}/contribute/edit/ ${listing.slug}`);
    });
  }

  test('“Check” pressed first, before the checker has loaded, shows the problems and moves to them', async ({
    page,
  }) => {
    await page.goto('/contribute/new/');
    await page.getByRole('button', { name: 'Check my listing' }).click();
    const summary = page.locator('.form-summary');
    await expect(summary).toBeFocused({ timeout: 30_000 });
    await expect(summary.getByRole('link').first()).toContainText('Name');
    // Fields are missing, so the rules between them have not run yet: the summary says more may come.
    await expect(summary).toContainText('Once these are fixed, the check also looks at how the answers fit together');
  });

  test('nothing moves while the form loads, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/contribute/new/', `/contribute/edit/?slug=${published()[0]!.slug}`]) {
      await openForm(page, path);
      await page.waitForLoadState('networkidle');
      const shift = await layoutShift(page);
      expect(shift.total, `${path}: ${shift.moved.join(', ')}`).toBeLessThan(0.02);
    }
  });

  test('the map point can be picked on the map, and typed without it', async ({ page }) => {
    await openForm(page, '/contribute/new/');
    await page.getByRole('button', { name: 'Pick the point on a map' }).click();
    const map = page.getByRole('region', { name: 'Map: click or tap where it is' });
    await expect(map.locator('.leaflet-pane').first()).toBeAttached();
    await map.click({ position: { x: 120, y: 90 } });
    await expect(page.locator('#f-geo-lat')).not.toHaveValue('');
    await expect(page.locator('#f-geo-lng')).not.toHaveValue('');
    await page.locator('#f-geo-lat').fill('42.7');
    await page.locator('#f-geo-lng').fill('-84.5');
    await expect(page.locator('.form-map .map-place')).toBeAttached();
  });
});

test.describe('loading', () => {
  test('the checker loads on the form pages only', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const isChecker = (path: string) => /\/check\.[\w-]+\.js$/.test(path);
    // A blank form has nothing to check: the checker waits until the volunteer reaches for a box.
    await page.goto('/contribute/new/');
    await expect(page.locator('#f-name')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter(isChecker), scripts.join('\n')).toEqual([]);
    await checkerReady(page);
    const checker = scripts.filter(isChecker);
    expect(checker, scripts.join('\n')).toHaveLength(1);
    scripts.length = 0;
    const listing = published()[0]!;
    for (const path of ['/', '/find/', '/contribute/', `/listings/${listing.slug}/`, '/list/', '/meetings/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(scripts.filter((path) => checker.includes(path) || path.includes('/ListingForm.'))).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('says plainly the form needs it, and points to the other ways', async ({ page }) => {
      for (const [path, link] of [
        ['/contribute/new/', '/contribute/'],
        ['/es/contribute/edit/?slug=x', '/es/contribute/'],
      ] as const) {
        await page.goto(path);
        const note = page.locator('main .notice');
        await expect(note).toBeVisible();
        await expect(note.getByRole('link')).toHaveAttribute('href', link);
        await expect(page.locator('.listing-form-area')).toBeHidden();
      }
      await expect(page.locator('main .notice')).toContainText('necesita JavaScript');
    });
  });
});

test('the Spanish form speaks Spanish, and marks the checker’s English messages as English', async ({ page }) => {
  await openForm(page, '/es/contribute/new/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sugiera un recurso nuevo');
  await page.getByRole('button', { name: 'Revisar mi recurso' }).click();
  const summary = page.locator('.form-summary');
  await expect(summary).toContainText('Los mensajes de la revisión están en inglés');
  await expect(summary.locator('a').first()).toContainText('Nombre:');
  await expect(summary.locator('a [lang="en"]').first()).toHaveText('is missing; every listing needs a name');
  // The translation boxes hold the listing's words in Spanish, marked so for spelling and screen readers.
  await expect(page.getByRole('heading', { name: 'En otro idioma: Español' })).toBeVisible();
  await expect(page.locator('#f-translations-es-summary')).toHaveAttribute('lang', 'es');
});
