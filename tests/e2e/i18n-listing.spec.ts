import AxeBuilder from '@axe-core/playwright';
import { published } from './data.ts';
import { expect, test } from './fixtures.ts';

/**
 * A listing's page and the listing cards on the Spanish side of the site: the page's own words in
 * Spanish, the listing's words translated where its file gives a translation and marked as
 * English where it does not, every link staying under /es/, and axe clean.
 */
type Page = import('@playwright/test').Page;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The sample meeting whose file carries `translations.es` (name, summary and description). */
const TRANSLATED = 'friday-night-owls';
const TRANSLATED_NAME = 'Búhos del Viernes por la Noche';

/** A listing with a summary, a description and no Spanish translation. */
const untranslated = () =>
  published().find(
    (l) => !l.data.translations && typeof l.data.summary === 'string' && l.data.category === 'mutual-aid-meeting',
  )!;

/** English words of the listing page that must not be left on a Spanish one. */
const ENGLISH_UI =
  /\b(Contact and location|Verified|Add to my list|Text it to someone|Report a problem|Good to know|What kind of support|Edit this listing|Add to your calendar|Breadcrumb)\b/;

/** Internal links that leave the page's language: everything but the language switch and files. */
async function linksOutOfSpanish(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')]
      .filter((a) => !a.hreflang && !/\.(ics|json|csv|xml|geojson)$/.test(a.pathname))
      .map((a) => a.getAttribute('href')!)
      .filter((href) => !href.startsWith('/es/')),
  );
}

/** Serves `path` without its scripts, as a browser without JavaScript sees it. */
async function withoutScripts(page: Page, path: string) {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(path);
}

test.describe('a translated listing in Spanish', () => {
  test('shows its translated name, summary and description, unmarked, and the page’s words in Spanish', async ({
    page,
  }) => {
    await page.goto(`/es/listings/${TRANSLATED}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle(new RegExp(TRANSLATED_NAME));
    const h1 = page.locator('h1');
    await expect(h1).toHaveText(TRANSLATED_NAME);
    expect(await h1.getAttribute('lang')).toBeNull();
    await expect(page.locator('.lede')).toContainText('Reunión abierta de discusión de AA');
    await expect(page.locator('.description')).toContainText('mantiene el café caliente');
    expect(await page.locator('.description').getAttribute('lang')).toBeNull();
    await expect(page.locator('.untranslated-note')).toHaveCount(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Reunión abierta/);

    await expect(page.getByRole('heading', { name: 'Contacto y ubicación' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cuándo' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Información útil' })).toBeVisible();
    await expect(page.locator('[data-verified]')).toContainText(/^Verificado (hace|hoy|ayer)/);
    await expect(page.locator('[data-schedule] thead')).toContainText('Día');
    await expect(page.locator('[data-schedule] tbody')).toContainText(/viernes/i);
    await expect(page.locator('[data-add-to-calendar]')).toHaveText('Agregar a su calendario (.ics)');
    // The open-now line is worked out in the browser, with the page's words.
    await expect(page.locator('[data-live-status]')).toBeVisible();
    await expect(page.locator('[data-live-status]')).not.toHaveText(/\b(Open|Closed|Starts|Ends|Next)\b/);
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH_UI);
  });

  test('keeps every link under /es/: breadcrumbs, support and pathway pages', async ({ page }) => {
    await page.goto(`/es/listings/${TRANSLATED}/`);
    await expect(page.locator('.breadcrumbs a').first()).toHaveAttribute('href', '/es/');
    await expect(page.locator('.breadcrumbs a').nth(1)).toHaveAttribute('href', '/es/categories/mutual-aid-meeting/');
    await expect(page.locator('.breadcrumbs')).toHaveAttribute('aria-label', 'Ruta de navegación');
    expect(await linksOutOfSpanish(page)).toEqual([]);
  });

  test('passes itself on in Spanish: the text message, the share link and the e-mailed report', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await page.goto(`/es/listings/${TRANSLATED}/`);
    const sms = page.getByRole('link', { name: 'Enviarlo por mensaje de texto' });
    const body = decodeURIComponent((await sms.getAttribute('href'))!.slice('sms:?&body='.length));
    expect(body.startsWith(`${TRANSLATED_NAME} · Lansing`)).toBe(true);
    expect(body.endsWith(` · ${page.url()}`)).toBe(true);
    expect(page.url()).toMatch(/\/es\/listings\/friday-night-owls\/$/);

    const share = page.locator('[data-share-listing]');
    await expect(share).toHaveText('Copiar enlace');
    await share.click();
    await expect(page.locator('[data-share-status]')).toHaveText(/^Enlace copiado/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    const mail = page.getByRole('link', { name: 'Informar un problema', exact: true });
    const href = decodeURIComponent((await mail.getAttribute('href'))!);
    expect(href).toContain(`subject=Problema con un recurso: ${TRANSLATED_NAME}`);
    expect(href).toContain(`Recurso: ${TRANSLATED_NAME} (${TRANSLATED})`);
    expect(href).toContain(`Página: ${page.url()}`);
    expect(href).toContain('- Número de teléfono');
    await expect(page.locator('.report-links')).toContainText('necesita una cuenta gratuita');
    const issue = new URL((await page.getByRole('link', { name: /^infórmelo en / }).getAttribute('href'))!);
    expect(issue.searchParams.get('title')).toBe(`Problema con un recurso: ${TRANSLATED_NAME}`);
  });

  test('"Agregar a mi lista" toggles in Spanish', async ({ page }) => {
    await page.goto(`/es/listings/${TRANSLATED}/`);
    const add = page.locator(`[data-add-to-list][data-slug="${TRANSLATED}"]`);
    await expect(add).toHaveText('Agregar a mi lista');
    await add.click();
    await expect(add).toHaveAttribute('aria-pressed', 'true');
    await expect(add).toHaveText('En mi lista ✓ (quitar)');
    await add.click();
    await expect(add).toHaveText('Agregar a mi lista');
  });

  test('the English page stays in English', async ({ page }) => {
    await page.goto(`/listings/${TRANSLATED}/`);
    await expect(page.locator('h1')).toHaveText('Friday Night Owls');
    await expect(page.locator('[data-verified]')).toContainText(/^Verified /);
    expect(await page.locator('main').innerText()).not.toContain('Búhos');
  });
});

test.describe('an untranslated listing in Spanish', () => {
  test('marks its own words as English and says they are not translated, in Spanish', async ({ page }) => {
    const listing = untranslated();
    await page.goto(`/es/listings/${listing.slug}/`);
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(listing.data.name as string);
    await expect(page.locator(`.lede span[lang="en"]`)).toHaveText(listing.data.summary as string);
    const notes = page.locator('.untranslated-note');
    await expect(notes.first()).toHaveText('Este resumen aún no está traducido al español.');
    expect(await notes.first().getAttribute('lang')).toBeNull();
    await expect(page.locator('.description')).toHaveAttribute('lang', 'en');
    await expect(notes.nth(1)).toHaveText('Esta descripción aún no está traducida al español.');
    expect(await linksOutOfSpanish(page)).toEqual([]);
  });

  test('works without JavaScript, in Spanish', async ({ page }) => {
    const listing = untranslated();
    await withoutScripts(page, `/es/listings/${listing.slug}/`);
    await expect(page.getByRole('link', { name: 'Enviarlo por mensaje de texto' })).toBeVisible();
    await expect(page.locator('[data-share-listing]')).toBeHidden();
    await expect(page.locator('[data-add-to-list]')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Informar un problema', exact: true })).toBeVisible();
    await expect(page.locator('[data-schedule] caption, [data-hours] caption').first()).toContainText(
      /^Zona horaria|^Horario/,
    );
  });
});

test.describe('listing cards in Spanish', () => {
  test('say everything in Spanish, link to Spanish pages and mark untranslated names', async ({ page }) => {
    await page.goto('/es/categories/mutual-aid-meeting/');
    const cards = page.locator('.cards > .card');
    expect(await cards.count()).toBeGreaterThan(3);
    const owls = page.locator(`.card[data-listing="${TRANSLATED}"]`);
    await expect(owls.locator('h2 a')).toHaveText(TRANSLATED_NAME);
    await expect(owls.locator('h2 a')).toHaveAttribute('href', `/es/listings/${TRANSLATED}/`);
    expect(await owls.locator('h2').getAttribute('lang')).toBeNull();
    await expect(owls).toContainText(/Verificado (hace|hoy|ayer)/);
    const other = page.locator(`.card[data-listing="${untranslated().slug}"]`);
    await expect(other.locator('h2')).toHaveAttribute('lang', 'en');
    const text = await page.locator('.cards').innerText();
    expect(text).not.toMatch(/\bVerified\b|Add to my list|Temporarily closed|\bCall \(/);
    await expect(cards.locator('[data-add-to-list]').first()).toHaveText('Agregar a mi lista');
    await cards.locator('[data-add-to-list]').first().click();
    await expect(cards.locator('[data-add-to-list]').first()).toHaveText('En mi lista ✓ (quitar)');
  });
});

test.describe('a meeting by appointment', () => {
  const slug = () =>
    published().find((l) => l.data.category === 'mutual-aid-meeting' && l.data.by_appointment === true)!.slug;
  for (const [lang, prefix, label] of [
    ['English', '', 'By appointment'],
    ['Spanish', '/es', 'Con cita previa'],
  ] as const) {
    test(`says so on its page and card in ${lang}, in place of a schedule`, async ({ page }) => {
      await page.goto(`${prefix}/listings/${slug()}/`);
      await expect(page.locator('[data-by-appointment] h2')).toBeVisible();
      await expect(page.locator('[data-by-appointment] strong')).toHaveText(`${label}.`);
      await expect(page.locator('[data-add-to-calendar]')).toHaveCount(0);
      await page.goto(`${prefix}/categories/mutual-aid-meeting/`);
      const card = page.locator(`.card[data-listing="${slug()}"]`);
      await expect(card.locator('.meta').first()).toContainText(label);
    });

    test(`is listed after the week on the meetings page in ${lang}, with a link to its page`, async ({ page }) => {
      await page.goto(`${prefix}/meetings/`);
      const section = page.locator('.meetings-appointment');
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(
        lang === 'English' ? 'Meetings by appointment' : 'Reuniones con cita previa',
      );
      await expect(section.locator(`a[href$="${prefix}/listings/${slug()}/"]`)).toBeVisible();
      // It has no day or time, so no day of the week lists it.
      await expect(page.locator(`[data-days] [data-slug="${slug()}"]`)).toHaveCount(0);
    });
  }
});

test.describe('axe on Spanish listing pages', () => {
  const listings = published();
  const pick = (pred: (l: (typeof listings)[number]) => boolean) => listings.find(pred)?.slug;
  const paths = [
    TRANSLATED,
    untranslated().slug,
    pick((l) => l.data.location_private === true),
    pick((l) => l.data.status === 'temporarily-closed'),
    pick((l) => l.data.category === 'employment'),
    pick((l) => Array.isArray(l.data.hours)),
    pick((l) => l.data.attendance === 'online'),
    pick((l) => l.data.by_appointment === true),
  ]
    .filter(Boolean)
    .map((slug) => `/es/listings/${slug}/`);
  for (const path of [...paths, '/es/categories/recovery-housing/']) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const report = violations.map(
        (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(report, report.join('\n')).toEqual([]);
    });
  }
});
