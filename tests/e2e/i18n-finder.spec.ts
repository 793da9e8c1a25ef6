/**
 * The finder, the map and word search in Spanish (/es/…), against the production build: Spanish
 * words from the page, facets from a shared link (the same parameter names and values as in
 * English), links that stay under /es/, the ZIP code and town search, a search of the Spanish
 * index finding words only a listing's Spanish translation has, and axe on the Spanish pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The one sample listing whose Spanish description says "girasoles" (its English text never does). */
const TRANSLATED = 'campus-and-community-food-share';
const SPANISH_ONLY_WORD = 'girasoles';

const count = (page: Page) => page.locator('[data-result-count]');

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, report.join('\n')).toEqual([]);
}

test('the sample data has the Spanish-only word in one translation, and nowhere in English', () => {
  const withWord = published().filter((l) => JSON.stringify(l.data).includes(SPANISH_ONLY_WORD));
  expect(withWord.map((l) => l.slug)).toEqual([TRANSLATED]);
  const english = published().find((l) => l.slug === TRANSLATED)!;
  const { translations, ...own } = english.data as Record<string, unknown>;
  expect(translations).toBeTruthy();
  // The Markdown body (the English description) follows the front matter.
  const body =
    readFileSync(new URL(`../../data/listings/${english.file}`, import.meta.url), 'utf8').split(/^---$/m)[2] ?? '';
  expect(body).toContain('food share');
  expect(JSON.stringify(own) + body).not.toContain(SPANISH_ONLY_WORD);
});

test.describe('the finder in Spanish', () => {
  test('a shared link with facets works on /es/find/, in Spanish, with the same count as in English', async ({
    page,
  }) => {
    const search = '?support=emotional&pathway=secular';
    await page.goto(`/find/${search}`);
    await finderReady(page);
    const english = Number(await count(page).textContent());

    await page.goto(`/es/find/${search}`);
    await finderReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle(/^Buscar apoyo/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar apoyo');
    await expect(count(page)).toHaveText(String(english));
    await expect(page.locator('.finder-count')).toHaveText(new RegExp(`^${english} resultados?$`));
    await expect(page.locator('#f-support-emotional')).toBeChecked();
    await expect(page.locator('#f-pathway-secular')).toBeChecked();
    await expect(page.locator('.finder-facets summary').first()).toContainText('Tipo de apoyo');
    await expect(page.getByRole('group', { name: 'Filtros' })).toBeVisible();
    await expect(page.getByLabel('Ordenar por')).toBeVisible();
    await expect(page.getByLabel('Buscar por palabra')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Borrar todo' })).toBeVisible();
    await expect(page.locator('[data-card-why]:visible').first()).toHaveText(/^Coincide con: /);
    // The parameter names and values stay as they are in every language.
    await expect(page).toHaveURL(/\/es\/find\/\?support=emotional&pathway=secular$/);

    await page.getByLabel(/^Abierto o con reunión ahora/).check();
    await expect(page).toHaveURL(/open=now/);
  });

  test('without JavaScript, the filters link to the Spanish pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/es/find/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const hrefs = await page.locator('.finder-facets a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(10);
    const pages = hrefs.filter((href) => href?.startsWith('/'));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((href) => !href!.startsWith('/es/'))).toEqual([]);
    await expect(page.locator('.finder-facets a[href="/es/support/emotional/"]')).toBeVisible();
    await page.goto('/es/map/');
    await expect(page.locator('noscript').first()).toBeAttached();
    expect(await page.content()).toContain('El mapa necesita JavaScript');
    await context.close();
  });

  test('the ZIP code and town search answers in Spanish', async ({ page }) => {
    await page.goto('/es/find/?near=99999');
    await finderReady(page);
    await expect(page.locator('#finder-near-status')).toHaveText(/^No encontramos “99999” como código postal/);

    await page.goto('/es/find/?near=Okemos&radius=5');
    await finderReady(page);
    await expect(page.locator('#finder-near-status')).toHaveText('Distancias desde Okemos, a menos de 5 millas.');
    await expect(page.locator('.finder-count')).toHaveText(/resultados? a menos de 5 millas$/);
    await expect(page.locator('#finder-radius option[value="1"]')).toHaveText('1 milla');
    await expect(page.locator('[data-distance]:visible').first()).toHaveText(/ · (menos de 0\.1|\d+(\.\d)?) mi$/);
    await expect(page.getByRole('button', { name: 'Usar mi ubicación' })).toBeVisible();
  });

  test('a search that finds nothing helps in Spanish, with links that stay in Spanish', async ({ page }) => {
    await page.goto('/es/find/?q=estimulante');
    await finderReady(page);
    const empty = page.locator('[data-no-results]');
    await expect(empty.getByRole('heading')).toHaveText('Nada coincide con todo eso');
    await expect(empty).toContainText('Ningún recurso usa las palabras “estimulante”');
    await expect(empty.getByRole('link', { name: 'Ver todos los tipos de lugar' })).toHaveAttribute(
      'href',
      '/es/categories/',
    );

    // Free dental care for veterans: the sample data has none.
    await page.goto('/es/find/?q=dentista&cost=free&population=veterans');
    await finderReady(page);
    await expect(count(page)).toHaveText('0');
    await expect(empty.getByText('Puede probar:')).toBeVisible();
    await expect(empty.locator('[data-loosen="population=veterans"]')).toHaveText(/^Quitar “.+” \(\d+ resultados?\)$/);
    await expect(empty.locator('[data-loosen="words"]')).toHaveText(
      /^Buscar sin las palabras “dentista” \(\d+ resultados?\)$/,
    );
    await expect(empty.locator('[data-suggest-category="dental"]')).toHaveText(/^Todo en .+ \(\d+ resultados?\)$/);
    await expect(empty.locator('[data-suggest-category="dental"]')).toHaveAttribute(
      'href',
      '/es/find/?category=dental',
    );
  });

  test('words only the Spanish translation has find the listing from the Spanish finder', async ({ page }) => {
    await page.goto(`/es/find/?q=${SPANISH_ONLY_WORD}`);
    await finderReady(page);
    await expect(count(page)).toHaveText('1');
    await expect(page.locator('#finder-results .card:visible')).toHaveAttribute('data-listing', TRANSLATED);
  });

  test('axe finds nothing on /es/find/ with filters chosen', async ({ page }) => {
    await page.goto('/es/find/?support=emotional&near=Okemos&radius=5');
    await finderReady(page);
    await expectNoViolations(page);
  });
});

test.describe('the map in Spanish', () => {
  test('/es/map/ draws the map with Spanish words, tiles blocked', async ({ page }) => {
    await page.goto('/es/map/?category=food');
    await finderReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mapa de recursos de recuperación');
    await expect(page.getByRole('region', { name: /^Mapa de los lugares que coinciden/ })).toBeVisible();
    await expect(page.locator('.map-notes p').first()).toHaveText(/^\d+ lugar(es)? en el mapa/);
    await expect(page.locator('[data-tiles-failed]')).toHaveText(/No se pudo cargar el fondo del mapa/);
    await expect(page.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', 'Acercar');
    await expect(page.locator('.leaflet-control-zoom-out')).toHaveAttribute('title', 'Alejar');
    await expect(page.getByRole('link', { name: 'Saltar el mapa' })).toBeAttached();
    const marker = page.locator('.leaflet-marker-icon').first();
    await expect(marker).toHaveAttribute('aria-label', /.+/);
    const clusters = page.locator('.map-cluster');
    if ((await clusters.count()) > 0)
      await expect(clusters.first()).toHaveAttribute('aria-label', /^\d+ lugares aquí; acerque el mapa para verlos$/);
  });

  test('the link to listings off the map stays in Spanish', async ({ page }) => {
    await page.goto('/es/map/');
    await finderReady(page);
    const online = page.locator('[data-map-online-link]');
    await expect(online).toHaveText(/^\d+ en línea o por teléfono$/);
    await expect(online).toHaveAttribute('href', /^\/es\/find\/\?/);
    await expect(page.locator('.map-notes p').first()).toContainText(', no aparecen en el mapa');
  });

  test('axe finds nothing on /es/map/', async ({ page }) => {
    await page.goto('/es/map/');
    await finderReady(page);
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('search in Spanish', () => {
  test('Pagefind has one index per language, each with every published listing', async ({ request }) => {
    const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    for (const { page_count } of Object.values(entry.languages)) expect(page_count).toBe(published().length);
  });

  test('the Spanish search page searches the Spanish index', async ({ page }) => {
    await page.goto(`/es/search/?q=${SPANISH_ONLY_WORD}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar');
    await expect(page.getByLabel('Buscar recursos')).toHaveValue(SPANISH_ONLY_WORD);
    const results = page.locator('#search-results');
    await expect(results.locator('p').first()).toHaveText(`1 recurso coincide con “${SPANISH_ONLY_WORD}”.`);
    const link = results.locator('a').first();
    await expect(link).toHaveAttribute('href', `/es/listings/${TRANSLATED}/`);
    await expect(link).toHaveText('Despensa Compartida del Campus y la Comunidad');
  });

  test('the English search page searches the English index, which lacks the Spanish-only word', async ({ page }) => {
    await page.goto(`/search/?q=${SPANISH_ONLY_WORD}`);
    await expect(page.locator('#search-results p').first()).toHaveText(/^No listing uses the words/);
  });

  test('Spanish results name vocabulary and lead to Spanish pages; nothing found helps in Spanish', async ({
    page,
  }) => {
    await page.goto('/es/search/?q=despensa');
    const links = page.locator('#search-results a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => !href!.startsWith('/es/listings/'))).toEqual([]);
    // Untranslated names and excerpts keep their language; the translated one is Spanish.
    await expect(links.and(page.locator('[lang="en"]')).first()).toBeVisible();
    await expect(page.locator('#search-results p[lang="en"]').first()).toBeAttached();
    await expect(page.locator(`#search-results a[href="/es/listings/${TRANSLATED}/"]`)).not.toHaveAttribute(
      'lang',
      /.*/,
    );

    await page.getByLabel('Buscar recursos').fill('estimulante');
    await expect(page.locator('#search-results p').first()).toHaveText(
      'Ningún recurso usa las palabras “estimulante”. Revise cómo está escrito o pruebe con una palabra más sencilla.',
    );
    await expect(page.getByRole('link', { name: 'Ver todos los tipos de lugar' })).toHaveAttribute(
      'href',
      '/es/categories/',
    );
    await expect(page.locator('form.search-form')).toHaveAttribute('action', '/es/search/');
    await expect(page.getByRole('button', { name: 'Buscar', exact: true })).toBeVisible();
  });

  test('axe finds nothing on /es/search/ with results', async ({ page }) => {
    await page.goto('/es/search/?q=despensa');
    await expect(page.locator('#search-results a').first()).toBeVisible();
    await expectNoViolations(page);
  });
});
