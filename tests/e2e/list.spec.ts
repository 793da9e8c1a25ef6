import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { mkdirSync } from 'node:fs';
import { published } from './data.ts';
import { expect, finderReady, test } from './fixtures.ts';

/**
 * The hand-picked list as a coach uses it mid-conversation: pick listings, open the list, pass it
 * on as a link, a QR code, text or paper; and as the person receiving it opens it on their own
 * phone. Expected listings come from the data files, not from the site's code.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORAGE_KEY = 'recovery-map:list';
const shots = new URL('../../test-results/list/', import.meta.url).pathname;

type Page = import('@playwright/test').Page;

/** Three listings with a phone number, in the order a coach might pick them (not name order). */
function threeWithPhones() {
  const withPhone = published().filter(
    (l) => typeof l.data.phone === 'string' && l.data.status !== 'temporarily-closed',
  );
  const picked = [withPhone.at(-1)!, withPhone[0]!, withPhone[Math.floor(withPhone.length / 2)]!];
  expect(new Set(picked.map((l) => l.slug)).size).toBe(3);
  return picked;
}

/** "517-555-0142" or "+1 517 555 0142" → "(517) 555-0142", as the site writes US numbers. */
function readable(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

const names = (page: Page) => page.locator('[data-list-items] > li h2');
/** The page's heading as shown: "Your list" for this device's list, "A list for you" for a sent one. */
const heading = (page: Page) => page.locator('h1 > span:visible');
const slugsShown = (page: Page) =>
  page.locator('[data-list-items] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.item));
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Decodes the QR code in `[data-qr]` (or `selector`) from a screenshot of it, as a phone camera would. */
async function readQr(page: Page, selector = '[data-qr]'): Promise<string | undefined> {
  const qr = page.locator(selector);
  await expect(qr.locator('svg')).toBeVisible();
  const png = await qr.screenshot();
  // Pixels from the screenshot, decoded in the page's canvas (no PNG library needed); jsQR reads them here.
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

test.describe('a list from its link', () => {
  test('/list/?ids=a,b,c shows those three in that order, with their phone numbers', async ({ page }) => {
    const picked = threeWithPhones();
    await page.goto(`/list/?ids=${picked.map((l) => l.slug).join(',')}`);
    await expect(names(page)).toHaveCount(3);
    expect(await slugsShown(page)).toEqual(picked.map((l) => l.slug));
    for (const [i, listing] of picked.entries()) {
      const item = page.locator('[data-list-items] > li').nth(i);
      await expect(item.locator('h2 a')).toHaveText(listing.data.name);
      await expect(item.locator('h2 a')).toHaveAttribute('href', `/listings/${listing.slug}/`);
      const tel = item.locator('a[href^="tel:"]').first();
      await expect(tel).toHaveText(readable(listing.data.phone as string));
      await expect(tel).toHaveAttribute('href', `tel:+1${readable(listing.data.phone as string).replace(/\D/g, '')}`);
    }
  });

  test('unknown slugs are reported politely and skipped; repeats are shown once', async ({ page }) => {
    const [a, b] = threeWithPhones();
    await page.goto(`/list/?ids=${a!.slug},no-such-listing,${b!.slug},${a!.slug}`);
    await expect(names(page)).toHaveCount(2);
    expect(await slugsShown(page)).toEqual([a!.slug, b!.slug]);
    await expect(page.locator('[data-list-unavailable]')).toHaveText(/^1 listing on this list is no longer published/);
  });

  test('a private home shows its town only; an online meeting says how to join and gives no address', async ({
    page,
  }) => {
    const home = published().find((l) => l.data.location_private === true)!;
    const online = published().find(
      (l) => l.data.attendance === 'online' && typeof l.data.conference_url === 'string',
    )!;
    await page.goto(`/list/?ids=${home.slug},${online.slug}`);
    const [homeItem, onlineItem] = [0, 1].map((i) => page.locator('[data-list-items] > li').nth(i));
    const town = (home.data.address as { city: string }).city;
    await expect(homeItem!).toContainText(`${town} area`);
    await expect(onlineItem!).toContainText('Online');
    await expect(onlineItem!.locator(`a[href="${online.data.conference_url as string}"]`)).toHaveText(
      online.data.conference_url as string,
    );
    const text = await page.locator('[data-list-items]').innerText();
    expect(text).not.toMatch(/@/); // no e-mail addresses on a handout
  });

  test('the QR code holds the list’s link', async ({ page }) => {
    const picked = threeWithPhones();
    await page.goto(`/list/?ids=${picked.map((l) => l.slug).join(',')}`);
    await expect(names(page)).toHaveCount(3);
    expect(await readQr(page)).toBe(page.url());
    expect(page.url()).toContain(`/list/?ids=${picked.map((l) => l.slug).join(',')}`);
    // A change to the list redraws it.
    await page.getByRole('button', { name: 'Edit this list' }).click();
    await page.getByRole('button', { name: `Remove: ${picked[1]!.data.name}` }).click();
    await expect.poll(() => readQr(page)).toBe(page.url());
    expect(page.url()).toContain(`ids=${picked[0]!.slug},${picked[2]!.slug}`);
  });

  test('a dense code gets more room, stays on screen, and can be shown full screen', async ({ browser }) => {
    // Reading four dense codes from screenshots takes a while on a busy machine.
    test.slow();
    // The longest list there can be, with the longest note: the densest code.
    const many = published()
      .slice(0, 30)
      .map((l) => l.slug);
    const note = 'Call before noon and ask for the peer desk. '.repeat(7).slice(0, 280);
    const path = `/list/?ids=${many.join(',')}&note=${encodeURIComponent(note)}`;
    const sizes: Record<number, number> = {};
    // A laptop, then a phone with its sharp screen (two device pixels to a CSS pixel).
    for (const [width, height, scale] of [
      [1280, 900, 1],
      [390, 844, 2],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.abort(),
      );
      const page = await context.newPage();
      await page.goto(path);
      await expect(names(page)).toHaveCount(30);
      expect(await readQr(page)).toBe(page.url());
      const box = (await page.locator('[data-qr]').boundingBox())!;
      sizes[width] = box.width;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      if (width === 390) {
        const full = page.getByRole('button', { name: 'Show the code full screen' });
        await full.click();
        const dialog = page.locator('[data-qr-dialog]');
        await expect(dialog).toBeVisible();
        expect(await readQr(page, '[data-qr-large]')).toBe(page.url());
        expect((await page.locator('[data-qr-large]').boundingBox())!.width).toBeGreaterThan(box.width);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(full).toBeFocused();
        await full.click();
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect(dialog).toBeHidden();
      }
      await context.close();
    }
    // Wider than the 192px box it used to be stuck in, where the screen allows.
    expect(sizes[1280]).toBeGreaterThan(300);
    expect(sizes[390]).toBeGreaterThan(192);
  });

  test('"Text it to someone" and "Copy as text" hold the listings, the note and the link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const picked = threeWithPhones();
    await page.goto(`/list/?ids=${picked.map((l) => l.slug).join(',')}&note=Call%20before%20noon`);
    await expect(names(page)).toHaveCount(3);
    const href = (await page.locator('[data-list-sms]').getAttribute('href'))!;
    expect(href.startsWith('sms:?&body=')).toBe(true);
    const body = decodeURIComponent(href.slice('sms:?&body='.length));
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText(/copied as text/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(body);
    expect(copied.startsWith('Call before noon\n')).toBe(true);
    for (const [i, listing] of picked.entries()) {
      expect(copied).toContain(`${i + 1}. ${listing.data.name}`);
      expect(copied).toContain(readable(listing.data.phone as string));
    }
    expect(copied).toContain(`This list online: ${page.url()}`);
  });

  test('prints as a handout: no navigation, footer or buttons; phones, link and QR code written out', async ({
    page,
  }) => {
    const picked = [
      ...threeWithPhones(),
      ...published()
        .filter((l) => 'schedule' in l.data)
        .slice(0, 3),
    ];
    await page.goto(`/list/?ids=${picked.map((l) => l.slug).join(',')}&note=Ask%20for%20the%20peer%20desk`);
    await expect(names(page)).toHaveCount(6);
    await expect(page.locator('[data-qr] svg')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('[data-copy-link]')).toBeHidden();
    await expect(page.locator('[data-clear]')).toBeHidden();
    await expect(page.locator('[data-note-input]')).toBeHidden();
    for (const button of await page.locator('main button').all()) await expect(button).toBeHidden();
    await expect(page.locator('[data-note-print]')).toHaveText('Ask for the peer desk');
    await expect(page.locator('[data-print-url]')).toBeVisible();
    await expect(page.locator('[data-print-url]')).toHaveText(page.url());
    await expect(page.locator('[data-qr] svg')).toBeVisible();
    const first = page.locator('[data-list-items] > li').first();
    await expect(first.locator('a[href^="tel:"]').first()).toHaveText(readable(picked[0]!.data.phone as string));
    // Every printout ends with the crisis lines and the day it was printed.
    await expect(page.locator('.print-notes')).toBeVisible();
    await expect(page.locator('.print-notes')).toContainText('call 988 or text 988');
    await expect(page.locator('.print-notes')).toContainText('(800) 662-4357');
    await expect(page.locator('[data-printed]')).toBeVisible();
    mkdirSync(shots, { recursive: true });
    // About a Letter page's printable width at 96 dpi, to look at the handout as paper.
    await page.setViewportSize({ width: 760, height: 980 });
    await page.screenshot({ path: `${shots}print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'Letter', path: `${shots}handout.pdf` });
    // Six listings fit on one page: a PDF with one page has a single page object.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });
});

test.describe('building a list and passing it on', () => {
  test('add three from a landing page, open the list, share the link: a new browser shows the same list', async ({
    page,
    browser,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/categories/mutual-aid-meeting/');
    const cards = page.locator('.card');
    const chosen = [2, 0, 4];
    const slugs: string[] = [];
    for (const i of chosen) {
      const card = cards.nth(i);
      const button = card.locator('[data-add-to-list]');
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(button).toContainText('On my list ✓ (remove)');
      slugs.push((await card.getAttribute('data-listing'))!);
    }
    const myList = page.locator('[data-my-list]');
    await expect(myList).toBeVisible();
    await expect(myList).toHaveText('My list (3)');
    expect(await stored(page)).toBe(slugs.join(','));

    // Taking one off and putting it back moves it to the end.
    await cards.nth(2).locator('[data-add-to-list]').click();
    await expect(myList).toHaveText('My list (2)');
    await cards.nth(2).locator('[data-add-to-list]').click();
    slugs.push(slugs.shift()!);
    expect(await stored(page)).toBe(slugs.join(','));

    await myList.click();
    await expect(page).toHaveURL(/\/list\//);
    await expect(names(page)).toHaveCount(3);
    expect(await slugsShown(page)).toEqual(slugs);
    // This is the device's own list: nothing to save.
    await expect(page.locator('[data-save]')).toBeHidden();
    await expect(page.locator('[data-device-state]')).toHaveText(/saved on this device \(3 listings\)/);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.locator('[data-list-url]').inputValue());

    // The person receiving it: another browser profile, nothing stored.
    const other = await browser.newContext();
    await other.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const theirs = await other.newPage();
    await theirs.goto(link);
    await expect(names(theirs)).toHaveCount(3);
    expect(await slugsShown(theirs)).toEqual(slugs);
    expect(await stored(theirs)).toBeNull();
    await expect(theirs.locator('[data-my-list]')).toBeHidden();
    // It reads as a list sent to them; they may make it their own.
    await expect(heading(theirs)).toHaveText('A list for you');
    await theirs.getByRole('button', { name: 'Edit this list' }).click();
    await expect.poll(() => stored(theirs)).toBe(slugs.join(','));
    await expect(theirs.locator('[data-my-list]')).toHaveText('My list (3)');
    await expect(heading(theirs)).toHaveText('Your list');
    await expect(theirs.locator('[data-save]')).toBeHidden();
    await other.close();
  });

  test('"Add to my list" works on cards the finder shows, and its state follows the list', async ({ page }) => {
    await page.goto('/find/?category=dental');
    await finderReady(page);
    const card = page.locator('#finder-results .card:visible').first();
    const slug = (await card.getAttribute('data-listing'))!;
    await card.locator('[data-add-to-list]').click();
    expect(await stored(page)).toBe(slug);
    await page.goto('/find/');
    await expect(page.locator(`[data-listing="${slug}"] [data-add-to-list]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-add-to-list][aria-pressed="true"]')).toHaveCount(1);
  });
});

test.describe('a list someone sent', () => {
  const NOTE = 'Call before noon.\nAsk for the peer desk & bring ID <b>please</b>';
  const link = (slugs: string[]) => `/list/?ids=${slugs.join(',')}&note=${encodeURIComponent(NOTE)}`;

  test('reads as a message: their note as text, the listings with their facts, and no editing controls', async ({
    page,
  }) => {
    const picked = threeWithPhones();
    const [a, b, c] = picked.map((l) => l.slug);
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, c!]);
    await page.goto(link([a!, b!]));
    await expect(names(page)).toHaveCount(2);
    await expect(heading(page)).toHaveText('A list for you');
    await expect(page.locator('.lede:visible')).toContainText('Someone picked these');
    // The note is text, as written, line break kept; never markup, never an editable box.
    const note = page.locator('[data-received-note] blockquote');
    await expect(note).toBeVisible();
    expect(await note.innerText()).toBe(NOTE);
    await expect(note.locator('b')).toHaveCount(0);
    await expect(page.locator('[data-note-input]')).toBeHidden();
    await expect(page.locator('[data-list-items] button')).toHaveCount(0);
    await expect(page.locator('[data-list-items] > li').first().locator('a[href^="tel:"]')).toHaveText(
      readable(picked[0]!.data.phone as string),
    );
    await expect(page.getByRole('button', { name: 'Edit this list' })).toBeVisible();
    await expect(page.locator('.list-device')).toBeHidden();
    // Sharing and printing it on stay at hand.
    await expect(page.getByRole('button', { name: 'Copy as text' })).toBeVisible();
    // Opening it changed nothing on this device.
    expect(await stored(page)).toBe(c);
    await expect(page.locator('[data-my-list]')).toHaveText('My list (1)');
    mkdirSync(shots, { recursive: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `${shots}received-390.png`, fullPage: true });
  });

  test('"Edit this list" asks before touching a different list this device keeps: cancel, or add to it', async ({
    page,
  }) => {
    const picked = threeWithPhones();
    const [a, b, c] = picked.map((l) => l.slug);
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, `${c},${a}`]);
    await page.goto(link([a!, b!]));
    await expect(names(page)).toHaveCount(2);
    const edit = page.getByRole('button', { name: 'Edit this list' });
    await edit.click();
    const question = page.locator('[data-adopt-question]');
    await expect(question).toHaveText(
      'This device already keeps a list of 2 listings. Add these 2 listings to it, or replace it with this list?',
    );
    await expect(question).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    await expect(edit).toBeFocused();
    expect(await stored(page)).toBe(`${c},${a}`);

    await edit.click();
    await page.getByRole('button', { name: 'Add these to my list' }).click();
    await expect.poll(() => stored(page)).toBe(`${c},${a},${b}`);
    expect(await slugsShown(page)).toEqual([c, a, b]);
    await expect(heading(page)).toHaveText('Your list');
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.locator('[data-list-status]')).toHaveText(/Added 1 to your list, which now has 3\./);
    await expect(page).toHaveURL(new RegExp(`ids=${c},${a},${b}&note=`));
    // Now it is an editor: the note in its box, each listing with its controls.
    await expect(page.getByLabel('A note to go with the list (optional)')).toHaveValue(NOTE);
    await expect(page.getByRole('button', { name: `Remove: ${picked[1]!.data.name}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit this list' })).toBeHidden();
    await expect(page.locator('[data-my-list]')).toHaveText('My list (3)');
  });

  test('"Replace my list with this one" makes the sent list this device’s list', async ({ page }) => {
    const [a, b, c] = threeWithPhones().map((l) => l.slug);
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, c!]);
    await page.goto(link([a!, b!]));
    await expect(names(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Edit this list' }).click();
    await page.getByRole('button', { name: 'Replace my list with this one' }).click();
    await expect.poll(() => stored(page)).toBe(`${a},${b}`);
    expect(await slugsShown(page)).toEqual([a, b]);
    await expect(page.locator('[data-device-state]')).toHaveText(/saved on this device \(2 listings\)/);
  });
});

test.describe('editing a list', () => {
  test('move and remove update the address and keep focus; the note lives only in the address', async ({ page }) => {
    const picked = threeWithPhones();
    const [a, b, c] = picked.map((l) => l.slug);
    await page.goto(`/list/?ids=${a},${b},${c}`);
    await expect(names(page)).toHaveCount(3);
    // Nothing is saved on this device yet, so editing makes it this device's list at once.
    await page.getByRole('button', { name: 'Edit this list' }).click();
    await expect(page.locator('h1')).toBeFocused();
    await expect.poll(() => stored(page)).toBe(`${a},${b},${c}`);

    const down = page.getByRole('button', { name: `Move down: ${picked[0]!.data.name}` });
    await down.click();
    await expect(page).toHaveURL(new RegExp(`ids=${b},${a},${c}$`));
    expect(await slugsShown(page)).toEqual([b, a, c]);
    await expect(page.getByRole('button', { name: `Move down: ${picked[0]!.data.name}` })).toBeFocused();
    await expect(page.locator('[data-list-status]')).toHaveText(/now 2 of 3/);

    await page.getByRole('button', { name: `Move up: ${picked[2]!.data.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`ids=${b},${c},${a}$`));

    await page.getByRole('button', { name: `Remove: ${picked[2]!.data.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`ids=${b},${a}$`));
    expect(await slugsShown(page)).toEqual([b, a]);
    // Focus goes to the listing that took its place.
    await expect(page.getByRole('button', { name: `Remove: ${picked[0]!.data.name}` })).toBeFocused();

    const note = 'Ask for the peer desk; Tuesday is best & bring ID';
    await page.getByLabel('A note to go with the list (optional)').fill(note);
    await expect(page).toHaveURL(new RegExp(`ids=${b},${a}&note=`));
    expect(new URL(page.url()).searchParams.get('note')).toBe(note);
    await expect.poll(() => readQr(page)).toBe(page.url());
    const everything = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(everything).not.toContain('peer desk');
    expect(await stored(page)).toBe(`${b},${a}`);
    // The note is at most 280 characters.
    await expect(page.getByLabel('A note to go with the list (optional)')).toHaveAttribute('maxlength', '280');

    // Edits are saved as they happen, the note still never.
    await page.getByRole('button', { name: `Remove: ${picked[1]!.data.name}` }).click();
    expect(await stored(page)).toBe(a);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('peer desk');
  });

  test('"Clear my list on this device" is disabled while nothing is stored, and follows the list', async ({ page }) => {
    const [a, b] = threeWithPhones().map((l) => l.slug);
    await page.goto('/list/');
    const clear = page.getByRole('button', { name: 'Clear my list on this device' });
    await expect(clear).toBeDisabled();
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, `${a},${b}`]);
    await page.goto('/list/');
    await expect(names(page)).toHaveCount(2);
    await expect(clear).toBeEnabled();
    await clear.click();
    // The click's handler may still be running when the click returns: wait for it.
    await expect.poll(() => stored(page)).toBeNull();
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(0);
    await expect(clear).toBeDisabled();
    await expect(page.locator('[data-device-status]')).toHaveText(/cleared/);
    await expect(page.locator('[data-my-list]')).toBeHidden();
    // The page still shows the list from its link, ready to save again; focus waits there.
    await expect(names(page)).toHaveCount(2);
    const save = page.getByRole('button', { name: 'Save to my list on this device' });
    await expect(save).toBeFocused();
    await save.click();
    await expect(clear).toBeEnabled();
    // Removing the last listing empties what is stored, and Clear has nothing left to do.
    await page.getByRole('button', { name: `Remove: ${threeWithPhones()[0]!.data.name}` }).click();
    await page.getByRole('button', { name: `Remove: ${threeWithPhones()[1]!.data.name}` }).click();
    await expect.poll(() => stored(page)).toBeNull();
    await expect(clear).toBeDisabled();
  });

  test('an empty list points to the finder', async ({ page }) => {
    await page.goto('/list/');
    await expect(page.locator('[data-list-empty]')).toBeVisible();
    await expect(page.locator('[data-list-empty] a[href="/find/"]')).toBeVisible();
    await expect(page.locator('[data-list-share]')).toBeHidden();
  });
});

test.describe('accessibility of the list (axe, WCAG 2.2 A/AA)', () => {
  for (const width of [390, 1280]) {
    test(`/list/ with three listings at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(
        `/list/?ids=${threeWithPhones()
          .map((l) => l.slug)
          .join(',')}&note=Hello`,
      );
      await expect(names(page)).toHaveCount(3);
      await expect(page.locator('[data-qr] svg')).toBeVisible();
      const axe = async () => {
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      // As received, then as an editor, then with the code full screen.
      await axe();
      await page.getByRole('button', { name: 'Edit this list' }).click();
      await expect(page.locator('[data-list-items] button').first()).toBeVisible();
      await axe();
      await page.getByRole('button', { name: 'Show the code full screen' }).click();
      await expect(page.locator('[data-qr-dialog]')).toBeVisible();
      await axe();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    test(`a landing page with "Add to my list" buttons, one pressed, at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/categories/peer-support/');
      await page.locator('[data-add-to-list]').first().click();
      await expect(page.locator('[data-my-list]')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  /**
   * Serves `path` as a browser without JavaScript sees it: scripts removed, <noscript> parts in
   * force (this Chromium does not apply them when scripting is only switched off). Script stays on
   * for the test itself, so axe can run.
   */
  async function withoutScripts(page: Page, path: string) {
    await page.route(`**${path.replace(/\?.*$/, '')}*`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(path);
  }

  test('/list/ says it needs JavaScript and links to the finder', async ({ page }) => {
    await withoutScripts(page, `/list/?ids=${threeWithPhones()[0]!.slug}`);
    await expect(page.getByText('showing it needs JavaScript')).toBeVisible();
    // It says plainly how to get the list as text instead.
    await expect(page.locator('div.notice')).toContainText('To get the list as text:');
    await expect(page.locator('div.notice')).toContainText('Copy as text');
    await expect(page.getByRole('link', { name: 'Find support' }).last()).toHaveAttribute('href', '/find/');
    await expect(page.locator('[data-my-list-page]')).toBeHidden();
    await expect(page.locator('[data-my-list]')).toBeHidden();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test('cards show no "Add to my list" buttons', async ({ page }) => {
    await withoutScripts(page, '/categories/dental/');
    await expect(page.locator('.card').first()).toBeVisible();
    await expect(page.locator('[data-add-to-list]').first()).toBeAttached();
    await expect(page.locator('[data-add-to-list]:visible')).toHaveCount(0);
    await expect(page.locator('[data-my-list]')).toBeHidden();
  });
});
