import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagePaths, robotsTxt, sitemapXml } from '../../src/integrations/sitemap.ts';

describe('sitemap and robots.txt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of ['index.html', 'find/index.html', 'listings/a-b/index.html', '404.html', 'find/facets.json']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }

  it('lists every page the build wrote, sorted, and nothing else', () => {
    expect(pagePaths(dir)).toEqual(['/', '/find/', '/listings/a-b/']);
  });

  it('writes absolute addresses under the site’s base path', () => {
    const xml = sitemapXml('https://example.org/recovery-map/', pagePaths(dir));
    expect(xml).toContain('<loc>https://example.org/recovery-map/</loc>');
    expect(xml).toContain('<loc>https://example.org/recovery-map/listings/a-b/</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(robotsTxt('https://example.org/recovery-map/')).toContain(
      'Sitemap: https://example.org/recovery-map/sitemap.xml',
    );
  });
});
