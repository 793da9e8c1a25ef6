/**
 * The meetings page and the start page in Spanish (/es/meetings/, /es/), with the browser's
 * clock frozen: Spanish day names and meeting types, the live lines, the filters, a week that
 * starts on Monday, links that stay in Spanish, `lang` marks on listing text left in English,
 * and axe. What to expect is read from the listing files, not from the site's code.
 */
import AxeBuilder from '@axe-core/playwright';
import { published, siteConfig } from './data.ts';
import { expect, test } from './fixtures.ts';

type Data = Record<string, unknown> & {
  schedule?: { day: string; start: string; end?: string }[];
  fellowship?: string;
  translations?: { es?: { name?: string } };
};
const scheduled = () => published().filter((l) => (l.data as Data).schedule);
const site = siteConfig() as unknown as {
  tagline?: string;
  translations?: { es?: { tagline?: string } };
};
const SPANISH_DAYS = ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe over the whole page as it stands (every day is laid out). */
async function axeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('/es/meetings/', () => {
  test.use({ timezoneId: 'America/Detroit' });

  test('is in Spanish: days, today first, types, counts, and links that stay in Spanish', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00')); // a Thursday
    await page.goto('/es/meetings/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle(/^Reuniones · /);
    await expect(page.locator('h1')).toHaveText('Reuniones y actividades por día');
    const days = page.locator('section[data-day] h2');
    await expect(days.nth(0)).toHaveText('Hoy · Jueves');
    await expect(days.nth(1)).toHaveText('Mañana · Viernes');
    await expect(days.nth(2)).toHaveText('Sábado');
    // The day links: a week from Monday, in Spanish.
    await expect(page.locator('.day-nav abbr')).toHaveText(['Lun', 'Mar', 'Mié', 'Jue', 'Vie', 'Sáb', 'Dom']);
    await expect(page.locator('.day-nav abbr').first()).toHaveAttribute('title', 'Lunes');
    // Meeting Guide types in Spanish, on the rows and in the filters.
    const open = scheduled().find((l) => (l.data as { meeting_types?: string[] }).meeting_types?.includes('O'))!;
    await expect(page.locator(`[data-days] li.meeting[data-slug="${open.slug}"] .meeting-meta`).first()).toContainText(
      'Abierta',
    );
    // No English type name left on any row (names of places may say "Open", types may not).
    const metas = await page.locator('[data-days] .meeting-meta').allTextContents();
    expect(metas.filter((meta) => /[·,] (Open|Closed|Discussion|Women|Newcomer)\b/.test(meta))).toEqual([]);
    await expect(page.locator('[data-meetings-count]')).toHaveText(/^\d+ reuniones esta semana\.$/);
    // Every listing link stays in Spanish.
    const hrefs = await page.locator('a.meeting-name').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith('/es/listings/'))).toEqual([]);
    await expect(page.locator('a[href="/exports/meetings.ics"]')).toHaveText(
      'Agregar todas las reuniones a su calendario (.ics)',
    );
  });

  test('marks names left in English, and not the translated ones', async ({ page }) => {
    await page.goto('/es/meetings/');
    for (const { slug, data } of scheduled()) {
      const name = page.locator(`[data-days] li.meeting[data-slug="${slug}"] a.meeting-name`).first();
      const spanish = (data as Data).translations?.es?.name;
      if (spanish) {
        await expect(name).toHaveText(spanish);
        await expect(name).not.toHaveAttribute('lang', /./);
      } else {
        await expect(name).toHaveText(data.name);
        await expect(name).toHaveAttribute('lang', 'en');
      }
    }
  });

  test('says what is on now and what starts soon, in Spanish', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-30T18:40:00-05:00')); // Monday, 6:40 PM
    await page.goto('/es/meetings/');
    await expect(page.locator('#now-h')).toHaveText('En curso ahora');
    await expect(page.locator('[data-now-list] [data-status]').first()).toHaveText(
      /^En curso · (termina|empezó) a las? \d{1,2}:\d\d [ap]\. ?m\.$/,
    );
    await expect(page.locator('[data-soon-list] [data-status]').first()).toHaveText(
      'Empieza en 20 minutos · 7:00 p.m.',
    );
    await expect(page.locator('section[data-day] h2').first()).toHaveText('Hoy · Lunes');
  });

  test('filters and day links work, with Spanish counts', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00-05:00'));
    await page.goto('/es/meetings/');
    await page.locator('[data-meeting-filters] summary').click();
    await expect(page.locator('[data-meeting-filters] summary')).toContainText('Filtros');
    await expect(page.getByRole('checkbox', { name: 'Abierta', exact: true })).toBeVisible();
    await page.locator('input[name="fellowship"][value="na"]').check();
    await expect(page).toHaveURL(/\/es\/meetings\/\?fellowship=na$/);
    const na = scheduled().filter((l) => (l.data as Data).fellowship === 'na');
    const naSessions = na.reduce((n, l) => n + (l.data as Data).schedule!.length, 0);
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(naSessions);
    await expect(page.locator('[data-meetings-count]')).toHaveText(
      naSessions === 1
        ? '1 reunión esta semana coincide con sus filtros.'
        : `${naSessions} reuniones esta semana coinciden con sus filtros.`,
    );
    await expect(page.locator('[data-filter-summary]')).toHaveText('(1 elegido)');
    await page.getByRole('checkbox', { name: 'Puede conectarse en línea' }).check();
    await expect(page).toHaveURL(/attendance=online/);
    await page.getByRole('button', { name: 'Borrar filtros' }).click();
    await expect(page).not.toHaveURL(/fellowship/);
    await page.locator('[data-day-link="monday"]').click();
    await expect(page).toHaveURL(/day=monday/);
    await expect(page.locator('section[data-day]:visible')).toHaveCount(1);
    await expect(page.locator('section[data-day]:visible h2')).toHaveText('Lunes');
    await expect(page.locator('[data-meetings-count]')).toHaveText(/^\d+ reuniones el lunes\.$/);
  });

  test('a visitor in another zone gets the note and their own times in Spanish', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00'));
    await page.goto('/es/meetings/');
    await expect(page.locator('[data-visitor-zone]')).toHaveText(
      'Su dispositivo usa la hora del Pacífico. Junto a cada reunión verá la hora en su zona.',
    );
    await expect(page.locator('#friday li[data-slug="friday-night-owls"] [data-visitor-time]')).toHaveText(
      '8:00 p.m. en su zona horaria',
    );
    await context.close();
  });

  test('has no accessibility violations on a phone with the filters open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.clock.setFixedTime(new Date('2026-11-26T19:30:00-05:00'));
    await page.goto('/es/meetings/?fellowship=aa,na');
    await page.locator('[data-meeting-filters] summary').click();
    await expect(page.locator('[data-now-list] li').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('/es/meetings/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Today (the build's day) comes first, in the first bytes of the page, then the days after it;
  // the day links keep the language's week order (Monday first in Spanish, Sunday in English).
  test('shows the whole week from today, in Spanish, and links the days from Monday', async ({ page }) => {
    await page.goto('/es/meetings/');
    const first = await page.locator('section[data-day]').first().getAttribute('data-day');
    const fromToday = SPANISH_DAYS.map((_, i) => SPANISH_DAYS[(Number(first) + i) % 7]!);
    await expect(page.locator('section[data-day] h2')).toHaveText(fromToday);
    const sessions = scheduled().reduce((n, l) => n + (l.data as Data).schedule!.length, 0);
    await expect(page.locator('[data-days] li.meeting:visible')).toHaveCount(sessions);
    await expect(page.locator('[data-now-section]')).toBeHidden();
    await expect(page.locator('nav.day-nav abbr')).toHaveText(['Lun', 'Mar', 'Mié', 'Jue', 'Vie', 'Sáb', 'Dom']);
    await page.goto('/meetings/');
    await expect(page.locator('nav.day-nav abbr').first()).toHaveText('Sun');
  });
});

test.describe('/es/ start page', () => {
  test.use({ timezoneId: 'America/Detroit' });

  test('is in Spanish, with its ways in and this week’s meetings under /es/', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T20:00:00-05:00')); // Friday, 8 PM
    await page.goto('/es/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('#support-h')).toHaveText('¿Qué tipo de apoyo busca?');
    await expect(page.locator('#categories-h')).toHaveText('Explorar por tipo de lugar');
    await expect(page.locator('#meetings-h')).toHaveText('Reuniones de esta semana');
    await expect(page.getByLabel('Busque un lugar, un servicio o una reunión')).toBeVisible();
    // The tagline: translated, or the original marked as English.
    const lede = page.locator('p.lede');
    if (site.translations?.es?.tagline) {
      await expect(lede).toHaveText(site.translations.es.tagline);
      await expect(lede).not.toHaveAttribute('lang', /./);
    } else if (site.tagline) {
      await expect(lede).toHaveAttribute('lang', 'en');
    }
    // Every link in the page's content stays in Spanish.
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('/exports/')));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((href) => !href.startsWith('/es/'))).toEqual([]);
    await expect(page.locator('.ways-in.compact a span').first()).toHaveText(/^\d+ recursos?$/);
    // Today (Friday) opened first, in Spanish, with the sessions that are over marked.
    const today = page.locator('[data-meetings-week] details').first();
    await expect(today).toHaveAttribute('data-day', 'friday');
    await expect(today.locator('summary')).toContainText('Viernes');
    await expect(today.locator('summary .today-tag')).toHaveText('Hoy');
    await expect(today.locator('li.ended').first()).toContainText('Terminó · ');
    await expect(today.locator('li').first()).toContainText('p.m.');
    await expect(page.locator('[data-meetings-week] details').nth(1)).toHaveAttribute('data-day', 'monday');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('without JavaScript lists the week from Monday in Spanish, and from Sunday in English', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/es/');
    await expect(page.locator('[data-meetings-week] details summary')).toHaveText(
      SPANISH_DAYS.map((day) => new RegExp(`^${day} \\(\\d+\\)$`)),
    );
    await page.goto('/');
    await expect(page.locator('[data-meetings-week] details').first()).toHaveAttribute('data-day', 'sunday');
    await context.close();
  });
});
