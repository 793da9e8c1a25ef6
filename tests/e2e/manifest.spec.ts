/**
 * The built site is installable: each language's web app manifest opens the app on that
 * language's start page, and every icon it lists is there, of the type and size it says.
 * (Which manifest a page links is the layout's business, tested with the pages.)
 */
import type { APIRequestContext } from '@playwright/test';
import { BASE_PATH, BASE_PORT } from '../../playwright.config.ts';
import { siteConfig } from './data.ts';
import { expect, test } from './fixtures.ts';

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

const site = siteConfig() as ReturnType<typeof siteConfig> & {
  name: string;
  short_name?: string;
  translations?: { es?: { name?: string } };
};

async function manifestAt(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('application/manifest+json');
  return (await response.json()) as Record<string, unknown> & { icons: Icon[] };
}

/** Width, height and colour type from a PNG's IHDR chunk, the first after the 8-byte signature. */
function pngHeader(bytes: Buffer): { width: number; height: number; colourType: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! };
}

/** Every icon answers with its type, and each PNG is exactly its `sizes`. */
async function expectIcons(request: APIRequestContext, origin: string, icons: Icon[]) {
  for (const icon of icons) {
    const response = await request.get(`${origin}${icon.src}`);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toBe(icon.type);
    if (icon.type === 'image/png') {
      const { width, height } = pngHeader(await response.body());
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    } else {
      expect(await response.text()).toMatch(/^<svg /);
    }
  }
}

test('the default language’s manifest opens the app at the start page', async ({ request, baseURL }) => {
  const manifest = await manifestAt(request, '/manifest.webmanifest');
  expect(manifest).toMatchObject({
    id: '/',
    name: site.name,
    short_name: site.short_name ?? site.name,
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
  expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  expect(manifest.icons.find((icon) => icon.src.endsWith('/maskable-512.png'))?.purpose).toBe('maskable');
  await expectIcons(request, baseURL!, manifest.icons);
});

test('the Spanish manifest opens the app at /es/, in the same scope and with the same icons', async ({ request }) => {
  const english = await manifestAt(request, '/manifest.webmanifest');
  const spanish = await manifestAt(request, '/es/manifest.webmanifest');
  const name = site.translations?.es?.name ?? site.name;
  expect(spanish).toMatchObject({
    id: '/es/',
    name,
    short_name: site.short_name ?? name,
    lang: 'es',
    start_url: '/es/',
    scope: '/',
    display: 'standalone',
    theme_color: english.theme_color,
  });
  expect(spanish.icons).toEqual(english.icons);
});

test('the Apple touch icon is 180 px with no transparency', async ({ request }) => {
  const response = await request.get('/icons/apple-touch-icon.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  // Colour type 2 is RGB: no alpha channel, so iOS shows no black corners.
  expect(pngHeader(await response.body())).toEqual({ width: 180, height: 180, colourType: 2 });
});

test('under a sub-path, the manifests and icons live under the base path', async ({ request }) => {
  const origin = `http://127.0.0.1:${BASE_PORT}`;
  const manifest = await manifestAt(request, `${origin}${BASE_PATH}es/manifest.webmanifest`);
  expect(manifest).toMatchObject({ id: `${BASE_PATH}es/`, start_url: `${BASE_PATH}es/`, scope: BASE_PATH });
  for (const icon of manifest.icons) expect(icon.src.startsWith(`${BASE_PATH}icons/`)).toBe(true);
  await expectIcons(request, origin, manifest.icons);
});
