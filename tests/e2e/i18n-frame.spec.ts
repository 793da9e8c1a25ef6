/**
 * The frame every page shares, in both languages: the page's language in <html lang>, its
 * versions linked with hreflang, and a language switch that keeps what the visitor was looking
 * at (the query string) when JavaScript runs, and still leads to the same page when it does not.
 */
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

const slug = published()[0]!.slug;
// One page of each type; the Spanish one is the same path under /es/.
const PAGE_TYPES = [
  '/',
  '/find/',
  '/map/',
  '/meetings/',
  '/list/',
  `/listings/${slug}/`,
  '/categories/',
  '/categories/food/',
  '/support/emotional/',
  '/pathways/secular/',
  '/about/',
  '/contribute/',
  '/contribute/new/',
  '/contribute/edit/',
  '/search/',
];

test.describe('every page in each language', () => {
  for (const path of PAGE_TYPES) {
    test(`${path} and /es${path} name their language and link each other`, async ({ request }) => {
      for (const [lang, own, other] of [
        ['en', path, `/es${path}`],
        ['es', `/es${path}`, path],
      ] as const) {
        const response = await request.get(own);
        expect(response.status(), own).toBe(200);
        const html = await response.text();
        expect(html).toContain(`<html lang="${lang}"`);
        const versions: [string, string][] = [
          ['en', path],
          ['es', `/es${path}`],
          ['x-default', path],
        ];
        for (const [code, href] of versions) {
          expect(html, `${own} links its ${code} version`).toMatch(
            new RegExp(
              `<link rel="alternate" hreflang="${code}" href="https?://[^"/]+${href.replace(/[/.]/g, '\\$&')}"`,
            ),
          );
        }
        expect(html).toMatch(
          new RegExp(`<a href="${other.replace(/[/.]/g, '\\$&')}" hreflang="${lang === 'en' ? 'es' : 'en'}"`),
        );
      }
    });
  }

  test('the Spanish 404 page is Spanish and links the English one', async ({ request }) => {
    const html = await (await request.get('/es/404.html')).text();
    expect(html).toContain('<html lang="es"');
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/404\.html"/);
  });
});

test.describe('the language switch', () => {
  test('keeps the finder’s query, including what changed after the page loaded', async ({ page }) => {
    await page.goto('/find/?support=emotional&pathway=secular');
    await finderReady(page);
    const switchLink = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
    await expect(switchLink).toHaveAttribute('hreflang', 'es');
    await switchLink.click();
    await expect(page).toHaveURL(/\/es\/find\/\?support=emotional&pathway=secular$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await finderReady(page);
    // The Spanish finder applied the same state: the facet is checked.
    await expect(page.locator('input[name="support"][value="emotional"]')).toBeChecked();
    // Back to English from a state the visitor set on the Spanish page.
    await page.locator('input[name="pathway"][value="secular"]').uncheck();
    await expect(page).toHaveURL(/\/es\/find\/\?support=emotional$/);
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/find\/\?support=emotional$/);
    await expect(page).not.toHaveURL(/\/es\//);
  });

  test('keeps a hand-picked list', async ({ page }) => {
    const ids = published()
      .slice(0, 2)
      .map((l) => l.slug)
      .join(',');
    await page.goto(`/list/?ids=${ids}`);
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(new RegExp(`/es/list/\\?ids=${ids}$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch still leads to the same page in the other language', async ({ page }) => {
    await page.goto(`/es/listings/${slug}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/listings/${slug}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
