import { describe, expect, it } from 'vitest';
import { siteSchema, type SiteConfig } from '#schemas/site.ts';
import { manifestFiles, manifestHref, manifestJson, webAppManifest } from '#lib/web-app/manifest.ts';

/** A site.yaml with only what the schema requires, plus `extra`, parsed as the build parses it. */
function site(extra: Record<string, unknown> = {}): SiteConfig {
  return siteSchema.parse({
    name: 'Capital Area Recovery Map',
    region: {
      name: 'Greater Lansing',
      center: [42.73, -84.55],
      zoom: 12,
      bounds: [
        [42.5, -84.9],
        [42.9, -84.2],
      ],
    },
    timezone: 'America/Detroit',
    repository: { url: 'https://github.com/example/recovery-map' },
    languages: ['en', 'es'],
    ...extra,
  });
}

describe('the web app manifest', () => {
  it('starts the default language at the root, with the site’s colours and every icon', () => {
    const manifest = webAppManifest(site({ short_name: 'Recovery Map' }), 'en', '/');
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Capital Area Recovery Map',
      short_name: 'Recovery Map',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b5a55',
      background_color: '#ffffff',
    });
    expect(manifest.icons).toEqual([
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ]);
  });

  it('starts the Spanish app at /es/ with the Spanish name, in the one scope of the whole site', () => {
    const spanish = site({ translations: { es: { name: 'Mapa de Recuperación' } }, theme_color: '#123456' });
    expect(webAppManifest(spanish, 'es', '/')).toMatchObject({
      id: '/es/',
      name: 'Mapa de Recuperación',
      short_name: 'Mapa de Recuperación',
      lang: 'es',
      start_url: '/es/',
      scope: '/',
      theme_color: '#123456',
    });
    // The default language keeps the site's own name.
    expect(webAppManifest(spanish, 'en', '/').name).toBe('Capital Area Recovery Map');
    // Without a translation, the name is the site's.
    expect(webAppManifest(site(), 'es', '/').name).toBe('Capital Area Recovery Map');
  });

  it('puts every address under the base path when the site lives in a sub-path', () => {
    for (const base of ['/recovery-map/', '/recovery-map']) {
      const manifest = webAppManifest(site(), 'es', base);
      expect(manifest).toMatchObject({
        id: '/recovery-map/es/',
        start_url: '/recovery-map/es/',
        scope: '/recovery-map/',
      });
      for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/recovery-map\/icons\//);
      expect(webAppManifest(site(), 'en', base).start_url).toBe('/recovery-map/');
    }
  });

  it('uses the name when site.yaml gives no short name', () => {
    expect(webAppManifest(site(), 'en', '/').short_name).toBe('Capital Area Recovery Map');
  });

  it('keeps a hostile name a JSON string, with no tag in the text', () => {
    const name = '</script><script>alert(1)</script>"\'';
    const text = manifestJson(webAppManifest(site({ name, translations: { es: { name } } }), 'es', '/'));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ name, short_name: name });
  });

  it('writes one manifest per language, the default one at the root', () => {
    expect(manifestFiles(['en', 'es'])).toEqual([
      { lang: 'en', path: 'manifest.webmanifest' },
      { lang: 'es', path: 'es/manifest.webmanifest' },
    ]);
    expect(manifestFiles(site({ languages: ['en'] }).languages)).toEqual([
      { lang: 'en', path: 'manifest.webmanifest' },
    ]);
  });

  it('links each page to its language’s manifest, under the base path', () => {
    expect(manifestHref('en', ['en', 'es'], '/')).toBe('/manifest.webmanifest');
    expect(manifestHref('es', ['en', 'es'], '/')).toBe('/es/manifest.webmanifest');
    expect(manifestHref('es', ['en', 'es'], '/recovery-map/')).toBe('/recovery-map/es/manifest.webmanifest');
    expect(manifestHref('en', ['en'], '/recovery-map')).toBe('/recovery-map/manifest.webmanifest');
  });
});
