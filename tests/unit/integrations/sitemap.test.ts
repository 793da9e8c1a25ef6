import { describe, expect, it } from 'vitest';
import { pagePaths, robotsTxt, sitemapXml } from '#integrations/sitemap/index.ts';

describe('sitemap and robots.txt', () => {
  const files = [
    '404.html',
    'find/facets.json',
    'find/index.html',
    'index.html',
    'listings/a-b/index.html',
    'offline/index.html',
    'es/offline/index.html',
  ];

  it('lists every page the build wrote, sorted, and nothing else', () => {
    expect(pagePaths(files)).toEqual(['/', '/find/', '/listings/a-b/']);
  });

  it('writes absolute addresses under the site’s base path', () => {
    const xml = sitemapXml('https://example.org/recovery-map/', pagePaths(files));
    expect(xml).toContain('<loc>https://example.org/recovery-map/</loc>');
    expect(xml).toContain('<loc>https://example.org/recovery-map/listings/a-b/</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(robotsTxt('https://example.org/recovery-map/')).toContain(
      'Sitemap: https://example.org/recovery-map/sitemap.xml',
    );
  });
});
