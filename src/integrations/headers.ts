/**
 * Writes dist/_headers when the build is done: the Content-Security-Policy, with the hash of every
 * inline script and style block found in the pages the build wrote, and the other security
 * headers (see src/lib/headers.ts). Netlify and Cloudflare Pages apply it; other hosts need the
 * same headers configured by hand (README, "Deploy").
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, hashSources, headersFile, inlineBlocks, tileSource } from '../lib/headers.ts';
import { getSite } from '../lib/site.ts';

/** The policy for the built site in `dir`. */
export function sitePolicy(dir: string): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of files) {
    const blocks = inlineBlocks(readFileSync(join(dir, file), 'utf8'));
    scripts.push(...blocks.scripts);
    styles.push(...blocks.styles);
  }
  return contentSecurityPolicy({
    scriptHashes: hashSources(scripts),
    styleHashes: hashSources(styles),
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
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        writeFileSync(join(folder, '_headers'), headersFile(sitePolicy(folder), base));
        logger.info('_headers: Content-Security-Policy and security headers');
      },
    },
  };
}
