/**
 * Writes dist/_headers when the build is done: the Content-Security-Policy, with the hash of every
 * inline script and style block found in the pages the build wrote, and the other security
 * headers (see src/integrations/headers/policy.ts). Netlify and Cloudflare Pages apply it; other hosts need the
 * same headers configured by hand (README, "Deploy").
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, hashSources, headersFile, inlineBlocks, tileSource } from './policy.ts';
import { getSite } from '#lib/content/site.ts';
import { builtHtmlFiles } from '#integrations/output/built-pages.ts';

/**
 * The policy for the built pages `files` (paths relative to `dir`). Every page is read, since any
 * page could carry a block of its own. Pages are read as Latin-1, which maps each byte to one
 * character: a third faster than UTF-8 at 10,000 pages, and the ASCII tags match the same; the few
 * blocks found are turned back into UTF-8 text before hashing.
 */
export function sitePolicy(dir: string, files: readonly string[]): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of files) {
    const blocks = inlineBlocks(readFileSync(join(dir, file)).toString('latin1'));
    for (const block of blocks.scripts) scripts.add(block);
    for (const block of blocks.styles) styles.add(block);
  }
  const utf8 = (blocks: Set<string>) => [...blocks].map((block) => Buffer.from(block, 'latin1').toString('utf8'));
  return contentSecurityPolicy({
    scriptHashes: hashSources(utf8(scripts)),
    styleHashes: hashSources(utf8(styles)),
    tiles: tileSource(getSite().map.tile_url),
  });
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'recovery-map:headers',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const folder = fileURLToPath(dir);
        const policy = sitePolicy(folder, builtHtmlFiles(assets, dir));
        writeFileSync(join(folder, '_headers'), headersFile(policy, base));
        logger.info('_headers: Content-Security-Policy and security headers');
      },
    },
  };
}
