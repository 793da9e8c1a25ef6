/**
 * The web app manifests that let a visitor add the site to a home screen. One per site language,
 * so the installed app opens on the start page in the language it was installed from: the default
 * language's at `<base>manifest.webmanifest`, each other one's at `<base><code>/manifest.webmanifest`.
 * Pure: the build writes them (src/integrations/web-app/), the layout links them (manifestHref).
 */
import type { SiteConfig } from '#schemas/site.ts';
import { localizedPath } from '#i18n/routes.ts';
import { withBase } from '#lib/html/base-path.ts';
import { ICON_FILES, ICON_FOLDER, SVG_ICON_FILE } from './icon.ts';

/** The manifest's file name, in each language's folder. */
const MANIFEST_FILE = 'manifest.webmanifest';

/** The splash screen's colour while the app starts: the pages' own paper (styles/base.css). */
export const BACKGROUND_COLOR = '#ffffff';

/** The parts of data/site.yaml a manifest reads. */
export type ManifestSite = Pick<SiteConfig, 'name' | 'short_name' | 'theme_color' | 'languages' | 'translations'>;

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png' | 'image/svg+xml';
  purpose: 'any' | 'maskable';
}

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

/** The site's name in `lang`: its translation when site.yaml gives one, else the name itself. */
function nameIn(site: ManifestSite, lang: string): string {
  if (lang === site.languages[0]) return site.name;
  return site.translations?.[lang]?.name ?? site.name;
}

/**
 * The icons, once for every language. Their addresses start at the base path: a manifest
 * resolves relative URLs against its own address, which differs per language.
 */
function manifestIcons(base: string): ManifestIcon[] {
  const src = (file: string) => withBase(`/${ICON_FOLDER}/${file}`, base);
  const pngs = ICON_FILES.flatMap(({ file, size, purpose }) =>
    purpose ? [{ src: src(file), sizes: `${size}x${size}`, type: 'image/png' as const, purpose }] : [],
  );
  return [...pngs, { src: src(SVG_ICON_FILE), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }];
}

/**
 * The manifest for `lang`. It starts on that language's start page, and that address is its `id`,
 * so each language installs as its own app and keeps its identity across builds. The scope is the
 * whole site: a link to a page in another language stays inside the app.
 */
export function webAppManifest(site: ManifestSite, lang: string, base: string): WebAppManifest {
  const start = withBase(localizedPath('/', lang, site.languages), base);
  const name = nameIn(site, lang);
  return {
    id: start,
    name,
    // A short name is one word or two, the same in every language; without one, the name.
    short_name: site.short_name ?? name,
    lang,
    start_url: start,
    scope: withBase('/', base),
    display: 'standalone',
    theme_color: site.theme_color,
    background_color: BACKGROUND_COLOR,
    icons: manifestIcons(base),
  };
}

/** Where each language's manifest is written, relative to dist/ (which holds no base path). */
export function manifestFiles(languages: readonly string[]): { lang: string; path: string }[] {
  return languages.map((lang) => ({ lang, path: localizedPath(`/${MANIFEST_FILE}`, lang, languages).slice(1) }));
}

/**
 * The manifest's text: JSON, so any name from site.yaml stays a string whatever it holds. "<" is
 * written as \u003c too (the same string to a JSON parser), so not even a host that sniffs the
 * file as HTML would find a tag in it.
 */
export function manifestJson(manifest: WebAppManifest): string {
  return `${JSON.stringify(manifest, null, 2).replace(/</g, '\\u003c')}\n`;
}

/** The `<link rel="manifest">` href of a page in `lang`, with the base path. */
export function manifestHref(lang: string, languages: readonly string[], base: string): string {
  return withBase(localizedPath(`/${MANIFEST_FILE}`, lang, languages), base);
}
