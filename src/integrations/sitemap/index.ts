/**
 * sitemap.xml and robots.txt, written when the build is done from the pages it wrote, so every
 * static page is listed and nothing else: no query-string pages (a hand-picked list is private to
 * whoever holds its link), no 404, no data files. Sorted, so the same site gives the same bytes.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '#lib/html/card.ts';
import { siteUrl } from '#lib/html/links.ts';
import { builtHtmlFiles } from '#integrations/output/built-pages.ts';

/** Page addresses ("/", "/find/", …) from the built files (paths relative to dist/, "/"-separated). */
export function pagePaths(files: readonly string[]): string[] {
  return (
    files
      .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
      // What the service worker shows for a page it has not saved: not a page to find.
      .filter((file) => !/(^|\/)offline\/index\.html$/.test(file))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`)
      .sort()
  );
}

/** The sitemap for `paths` under the site's root URL (base included, ending in "/"). */
export function sitemapXml(root: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(new URL(path.slice(1), root).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; here is the sitemap. */
export function robotsTxt(root: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`;
}

export function sitemap(): AstroIntegration {
  let root = 'https://example.org/';
  return {
    name: 'recovery-map:sitemap',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = siteUrl(config.site ?? root, config.base);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const paths = pagePaths(builtHtmlFiles(assets, dir));
        writeFileSync(`${out}/sitemap.xml`, sitemapXml(root, paths));
        writeFileSync(`${out}/robots.txt`, robotsTxt(root));
        logger.info(`sitemap: ${paths.length} pages`);
      },
    },
  };
}
