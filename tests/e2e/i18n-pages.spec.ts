import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { published, siteConfig, type ListingFile } from './data.ts';
import { expect, test } from './fixtures.ts';

/**
 * The hand-picked list, its printed handout and the content pages in Spanish (/es/…): the words
 * are Spanish, links stay under /es/, the list's link, text message and QR code lead to the
 * Spanish list, and what is left in English is marked so. Listings come from the data files.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Page = import('@playwright/test').Page;

const translation = (l: ListingFile) =>
  (l.data.translations as Record<string, { name?: string; summary?: string }> | undefined)?.es;

/** Three listings with a phone, a private home and a weekly meeting: every kind of fact the handout writes. */
function picks() {
  const all = published().filter((l) => l.data.status !== 'temporarily-closed');
  const withPhone = all.filter((l) => typeof l.data.phone === 'string');
  const home = all.find((l) => l.data.location_private === true && l.data.attendance !== 'online')!;
  const weekly = all.find(
    (l) =>
      Array.isArray(l.data.schedule) &&
      (l.data.schedule as { weeks?: unknown; every_other_week_from?: unknown }[]).every(
        (e) => !e.weeks && !e.every_other_week_from,
      ),
  )!;
  return [...new Set([withPhone[0]!, withPhone.at(-1)!, home, weekly])];
}

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${label}\n${report.join('\n')}`).toEqual([]);
}

/**
 * Every link this area's markup puts in `main` that stays on this site points into /es/ (the
 * schema file is the same for all). The cards and the grids of ways in are other areas'
 * components, checked by their own specs (i18n-listing, i18n-meetings).
 */
async function expectSpanishLinks(page: Page) {
  const hrefs = await page
    .locator('main a[href^="/"]:not(.cards a, .ways-in a)')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((href) => !href.startsWith('/es/') && !href.startsWith('/schema/'))).toEqual([]);
}

async function readQr(page: Page): Promise<string | undefined> {
  const qr = page.locator('[data-qr]');
  await expect(qr.locator('svg')).toBeVisible();
  const png = await qr.screenshot();
  const image = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, img.width, img.height);
    return { data: Array.from(data), width, height };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data;
}

test.describe('the hand-picked list in Spanish', () => {
  // Each test loads a list, draws its QR code and runs axe: slow on a shared machine.
  test.slow();
  test('a list someone sent reads in Spanish, with its listings under /es/ and English marked', async ({ page }) => {
    const picked = picks();
    await page.goto(`/es/list/?ids=${picked.map((l) => l.slug).join(',')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1 > span:visible')).toHaveText('Una lista para usted');
    await expect(page.locator('.lede:visible')).toContainText('Alguien eligió estos lugares');
    const items = page.locator('[data-list-items] > li');
    await expect(items).toHaveCount(picked.length);
    for (const [i, listing] of picked.entries()) {
      const name = items.nth(i).locator('h2 a');
      await expect(name).toHaveAttribute('href', `/es/listings/${listing.slug}/`);
      const own = translation(listing)?.name;
      // A translated name is the page's language; the original name is marked as English.
      await expect(name).toHaveText(own ?? listing.data.name);
      if (own) await expect(name).not.toHaveAttribute('lang');
      else await expect(name).toHaveAttribute('lang', 'en');
      const summary = items.nth(i).locator('p').last();
      if (listing.data.summary && !translation(listing)?.summary) await expect(summary).toHaveAttribute('lang', 'en');
    }
    await expect(items.nth(0)).toContainText('Llame al');
    const home = picked.findIndex((l) => l.data.location_private === true);
    const town = (picked[home]!.data.address as { city: string }).city;
    await expect(items.nth(home)).toContainText(`Área de ${town} (la dirección es privada; llame para saber más)`);
    const weekly = picked.findIndex((l) => Array.isArray(l.data.schedule));
    await expect(items.nth(weekly)).toContainText(/Cada semana: .* [ap]\.m\./);
    await expect(page.getByRole('button', { name: 'Editar esta lista' })).toBeVisible();
    await expectNoViolations(page, '/es/list/ (received)');
  });

  test('its link, text message and QR code lead to the Spanish list; editing speaks Spanish', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const picked = picks().slice(0, 3);
    await page.goto(`/es/list/?ids=${picked.map((l) => l.slug).join(',')}&note=Llame%20el%20martes`);
    await expect(page.locator('[data-list-items] > li')).toHaveCount(3);
    expect(new URL(page.url()).pathname).toBe('/es/list/');
    expect(await readQr(page)).toBe(page.url());
    await expect(page.locator('[data-list-url]')).toHaveValue(page.url());
    await expect(page.getByRole('link', { name: 'Enviarla por mensaje de texto' })).toBeVisible();
    const href = (await page.locator('[data-list-sms]').getAttribute('href'))!;
    const body = decodeURIComponent(href.slice('sms:?&body='.length));
    expect(body.startsWith('Llame el martes\n\n1. ')).toBe(true);
    expect(body).toContain('Llame al (');
    expect(body.endsWith(`Esta lista en línea: ${page.url()}`)).toBe(true);
    await page.getByRole('button', { name: 'Copiar como texto' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText(
      'La lista se copió como texto. Péguela en cualquier mensaje.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

    await page.getByRole('button', { name: 'Editar esta lista' }).click();
    await expect(page.locator('h1 > span:visible')).toHaveText('Su lista');
    await expect(page.locator('[data-list-status]')).toHaveText(/^Ahora esta lista es suya en este dispositivo/);
    const second = page.locator('[data-list-items] > li').nth(1).locator('h2 a');
    const name = (await second.textContent())!;
    await page.getByRole('button', { name: `Quitar: ${name}` }).click();
    await expect(page.locator('[data-list-status]')).toHaveText(`Se quitó ${name}. Quedan 2 recursos.`);
    await expect(page.locator('[data-device-state]')).toHaveText(
      'Esta lista está guardada en este dispositivo (2 recursos).',
    );
    // "Mi lista" in the header opens the Spanish list.
    await expect(page.locator('[data-my-list]')).toHaveText('Mi lista (2)');
    expect(await page.locator('[data-my-list]').getAttribute('href')).toMatch(/^\/es\/list\/\?ids=/);
    await expectNoViolations(page, '/es/list/ (editing)');
  });

  test('prints as a Spanish handout', async ({ page }) => {
    const picked = picks();
    await page.goto(`/es/list/?ids=${picked.map((l) => l.slug).join(',')}`);
    await expect(page.locator('[data-qr] svg')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.list-print-only').first()).toContainText('Elegidos para usted en');
    await expect(page.locator('.list-print-url')).toContainText(`Esta lista en línea: ${page.url()}`);
    await expect(page.locator('.list-qr figcaption .list-print-only')).toHaveText('Escanee para abrir esta lista');
    await expect(page.locator('.list-qr figcaption .list-print-only')).toBeVisible();
    const handout = page.locator('[data-list-items]');
    await expect(handout).toContainText('Llame al');
    await expect(handout).toContainText(/Cada semana: /);
    await expect(handout).not.toContainText(/Every week|Call \(|Hours:/);
    const notes = page.locator('.print-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('¿Necesita ayuda en este momento?');
    await expect(notes).toContainText('llame al 988 o envíe un mensaje de texto al 988');
    await expect(notes).toContainText('En una emergencia, llame al 911.');
    await expect(page.locator('[data-printed]')).toBeVisible();
    await expect(page.locator('[data-printed]')).toHaveText(/^Impreso el \d{1,2} de [a-z]+ de \d{4} desde .+\.\s*$/);
    // The site's name, unless site.yaml translates it, is marked as English.
    const ownName = (siteConfig() as { translations?: { es?: { name?: string } } }).translations?.es?.name;
    if (ownName) await expect(page.locator('[data-printed]')).toContainText(ownName);
    else await expect(page.locator('[data-printed] [lang="en"]')).toHaveText(/\S/);
    await expect(notes).toContainText(/Esta página se publicó el \d{1,2} de [a-z]+ de \d{4}\./);
  });

  test('an empty list says how to fill it, in Spanish, linking to the Spanish finder', async ({ page }) => {
    await page.goto('/es/list/?ids=');
    const empty = page.locator('[data-list-empty]');
    await expect(empty).toContainText('Todavía no hay nada en esta lista');
    await expect(empty.getByRole('link', { name: 'Buscar apoyo' })).toHaveAttribute('href', '/es/find/');
  });
});

test.describe('without JavaScript, in Spanish', () => {
  test.use({ javaScriptEnabled: false });

  test('/es/list/ says in Spanish that it needs JavaScript, and links to the Spanish finder', async ({ page }) => {
    await page.goto('/es/list/?ids=a,b');
    const notice = page.locator('div.notice');
    await expect(notice).toContainText('para mostrarla se necesita JavaScript');
    await expect(notice).toContainText('Copiar como texto');
    await expect(notice.getByRole('link', { name: 'Buscar apoyo' })).toHaveAttribute('href', '/es/find/');
  });
});

test.describe('the content pages in Spanish', () => {
  const pages: [string, string | RegExp][] = [
    ['/es/about/', /^Acerca de /],
    ['/es/contribute/', 'Ayude a mantener el mapa al día'],
    ['/es/contribute/new/', 'Sugiera un recurso nuevo'],
    ['/es/contribute/edit/?slug=harbor-house-men', 'Sugiera un cambio'],
    ['/es/recovery-capital/', 'Revise sus apoyos para la recuperación'],
    ['/es/gaps/', 'Dónde falta apoyo para la recuperación'],
    ['/es/safety/', 'Navegar con seguridad'],
    ['/es/offline/', 'Está sin conexión'],
    ['/es/categories/', 'Explorar'],
    ['/es/categories/recovery-housing/', /.+/],
    ['/es/support/instrumental/', /.+/],
    ['/es/pathways/medication-assisted/', /.+/],
  ];
  for (const [path, heading] of pages) {
    test(`${path} is in Spanish, its links stay in Spanish, and axe finds nothing`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.locator('h1')).toHaveText(heading);
      await expectSpanishLinks(page);
      await expectNoViolations(page, path);
    });
  }

  test('the about page marks the untranslated site name and explains in Spanish', async ({ page }) => {
    await page.goto('/es/about/');
    await expect(page.locator('h2#values')).toHaveText('Lo que defendemos');
    await expect(page.locator('main')).toContainText('una persona en recuperación');
    await expect(page.locator('main')).not.toContainText(/\b(adict|drogadict)/i);
  });

  test('the contribute page is the whole guide in Spanish, with the same links', async ({ page }) => {
    const english = await (await page.goto('/contribute/'))!.text();
    const linksOf = (html: string) => [...html.matchAll(/<a href="(https?:[^"]+)"/g)].map((m) => m[1]).sort();
    await page.goto('/es/contribute/');
    const spanish = await page.content();
    expect(linksOf(spanish)).toEqual(linksOf(english));
    await expect(page.locator('main h2')).toHaveText([
      'Avísenos si algo está mal',
      'Revise y actualice un recurso',
      'Agregue un recurso nuevo',
      'Qué significan los campos',
      'Editores que revisan mientras usted escribe',
    ]);
    await expect(page.locator('main pre')).toContainText('translations:');
  });

  test('a landing page counts and names its kind in Spanish', async ({ page }) => {
    await page.goto('/es/pathways/medication-assisted/');
    await expect(page.getByRole('navigation', { name: 'Ruta de navegación' })).toContainText('Caminos de recuperación');
    await expect(page.locator('main')).toContainText('Ningún camino es mejor que otro.');
    const count = Number(await page.locator('[data-count]').getAttribute('data-count'));
    await expect(page.locator('[data-count]').locator('..')).toHaveText(
      new RegExp(`^\\s*${count}\\s+${count === 1 ? 'recurso' : 'recursos'}\\s*$`),
    );
  });

  test('the Spanish 404 page speaks Spanish and links to Spanish pages', async ({ page }) => {
    // The preview server (like GitHub Pages) answers every missing address with the root 404.html;
    // its language switch leads to the Spanish one, which hosts that look for the nearest
    // 404.html serve under /es/ by themselves.
    const response = await page.goto('/es/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('a[hreflang="es"]')).toHaveAttribute('href', '/es/404.html');
    await page.goto('/es/404.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText('No encontramos esa página');
    await expect(page.getByRole('link', { name: 'página de inicio' })).toHaveAttribute('href', '/es/');
    await expect(page.getByRole('link', { name: 'explore todo' })).toHaveAttribute('href', '/es/categories/');
    await expectNoViolations(page, '/es/404.html');
  });
});
