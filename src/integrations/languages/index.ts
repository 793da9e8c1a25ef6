/**
 * Finishing touches for the site's other languages once pages are written: Astro writes
 * `/es/404` as es/404/index.html, while hosts look for es/404.html (the nearest 404.html to a
 * missing address), so it is moved there, in the `assets` map too, which the sitemap and the
 * security headers read after this.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { getSite } from '#lib/content/site.ts';

/** `<dir>/<lang>/404/index.html` → `<dir>/<lang>/404.html`, for each language code given. */
export function moveNotFoundPages(dir: URL, languages: readonly string[], assets?: Map<string, URL[]>): string[] {
  const moved: string[] = [];
  for (const lang of languages) {
    const from = new URL(`${lang}/404/index.html`, dir);
    const to = new URL(`${lang}/404.html`, dir);
    if (!existsSync(from)) continue;
    renameSync(from, to);
    rmdirSync(new URL(`${lang}/404/`, dir));
    moved.push(`${lang}/404.html`);
    for (const urls of assets?.values() ?? []) {
      urls.forEach((url, i) => {
        if (url.href === from.href) urls[i] = to;
      });
    }
  }
  return moved;
}

export function languagePages(): AstroIntegration {
  return {
    name: 'recovery-map:languages',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const moved = moveNotFoundPages(dir, getSite().languages.slice(1), assets);
        if (moved.length > 0) logger.info(`not-found pages: ${moved.join(', ')}`);
      },
    },
  };
}
