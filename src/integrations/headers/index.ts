/**
 * The site's Content-Security-Policy and other security headers, in two places:
 *
 * - every page carries the policy in a `<meta http-equiv>` tag first in its `<head>`
 *   (BaseLayout.astro reads it from the virtual module `virtual:recovery-map/csp`), for hosts that
 *   send no headers, such as GitHub Pages;
 * - dist/_headers, written when the build is done, carries the full policy and the other headers
 *   for Netlify and Cloudflare Pages; other hosts need them configured by hand (README, "Deploy").
 *
 * The policy trusts only the inline blocks the project knows it writes (./known-blocks.ts), so it
 * is known before any page is rendered. When the build is done every page is checked
 * (./page-check.ts) and an unknown inline block stops the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_BLOCKS } from './known-blocks.ts';
import { pageProblems } from './page-check.ts';
import { contentSecurityPolicy, hashSources, headersFile, hstsValue, metaPolicy, tileSource } from './policy.ts';
import { getSite } from '#lib/content/site.ts';
import { builtHtmlFiles } from '#integrations/output/built-pages.ts';

const VIRTUAL_MODULE = 'virtual:recovery-map/csp';
/** How many problem lines a failed check prints before it counts the rest. */
const SHOWN_PROBLEMS = 10;

/** The policy for every page: the known inline blocks by hash, and the site's tile host. */
export function knownPolicy(tileUrl: string = getSite().map.tile_url): string {
  const texts = (kind: 'script' | 'style') => KNOWN_BLOCKS.filter((b) => b.kind === kind).map((b) => b.text);
  return contentSecurityPolicy({
    scriptHashes: hashSources(texts('script')),
    styleHashes: hashSources(texts('style')),
    tiles: tileSource(tileUrl),
  });
}

/**
 * Checks the built pages `files` (paths relative to `dir`) and returns the policy they are served
 * with; throws, naming each page and block, when a page has an inline block the policy does not
 * know or lacks the meta policy. Every page is read, since any page could carry a block of its
 * own. Pages are read as Latin-1, which maps each byte to one character: a third faster than
 * UTF-8 at 10,000 pages, and the ASCII tags match the same.
 */
export function sitePolicy(dir: string, files: readonly string[], tileUrl?: string): string {
  const csp = knownPolicy(tileUrl);
  const known = new Set(hashSources(KNOWN_BLOCKS.map((block) => block.text)));
  const problems = files.flatMap((file) => pageProblems(file, readFileSync(join(dir, file)).toString('latin1'), known));
  if (problems.length > 0) {
    const more = problems.length - SHOWN_PROBLEMS;
    throw new Error(
      [
        `The Content-Security-Policy check found ${problems.length} problem(s) in the built pages:`,
        ...problems.slice(0, SHOWN_PROBLEMS),
        ...(more > 0 ? [`… and ${more} more`] : []),
      ].join('\n'),
    );
  }
  return csp;
}

/**
 * Runs `step`; on an error, prints its lines and stops the build, as the validator does: the
 * message says what to fix, and a stack trace would only bury it.
 */
function orStop<T>(logger: AstroIntegrationLogger, step: () => T): T {
  try {
    return step();
  } catch (error) {
    for (const line of (error as Error).message.split('\n')) logger.error(line);
    process.exit(1);
  }
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  let hsts: string | undefined;
  return {
    name: 'recovery-map:headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        base = config.base;
        // Read first, so a bad value stops the build before any page is rendered.
        hsts = orStop(logger, () => hstsValue(process.env.HSTS_MAX_AGE));
        // `astro dev` injects styles and scripts inline (Vite's CSS and its client): no policy there.
        const meta = command === 'dev' ? '' : metaPolicy(knownPolicy());
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'recovery-map:csp',
                resolveId: (id: string) => (id === VIRTUAL_MODULE ? `\0${VIRTUAL_MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL_MODULE}` ? `export const metaPolicy = ${JSON.stringify(meta)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const folder = fileURLToPath(dir);
        const policy = orStop(logger, () => sitePolicy(folder, builtHtmlFiles(assets, dir)));
        writeFileSync(join(folder, '_headers'), headersFile(policy, base, { hsts }));
        logger.info(`_headers: Content-Security-Policy and security headers${hsts ? ', with HSTS' : ''}`);
      },
    },
  };
}
