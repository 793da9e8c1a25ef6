/**
 * Offline after the first visit: a service worker built with Workbox (workbox-build's
 * generateSW) when the build is done, after Pagefind's index and the other files are in dist/,
 * so the precache lists what was really written. What it keeps and how is decided in
 * src/lib/offline/plan.ts; the worker's own part (cache keys, the offline page, keeping a list,
 * clearing old builds' caches) is ./worker-extra.ts, written beside it with its hash in its name so a
 * new build's worker always imports its own.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import type { WorkboxPlugin } from 'workbox-core/types';
import { getSite } from '#lib/content/site.ts';
import { withBase } from '#lib/html/links.ts';
import {
  PRECACHE_MAX_PAGE_BYTES,
  SERVICE_WORKER_FILE,
  cacheKey,
  fallbackFor,
  offlinePlan,
  precachedPages,
} from '#lib/offline/plan.ts';
import { workerScript } from './worker-extra.ts';

/** The first ten hex digits of `text`'s SHA-256: a build id, a file name's hash. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/**
 * A build's id, in every cache's name, so the next build can tell the old ones. Made from what is
 * precached (each file's address and content hash), not the clock: the same files give the same
 * bytes (a CDN re-uploads only what changed), and any change to a listing changes the finder page.
 */
async function buildIdOf(out: string, globPatterns: string[]): Promise<string> {
  const { manifestEntries = [] } = await getManifest({
    globDirectory: out,
    globPatterns,
    maximumFileSizeToCacheInBytes: PRECACHE_MAX_PAGE_BYTES,
  });
  const entries = manifestEntries.map((entry) => `${entry.url} ${entry.revision ?? ''}`).sort();
  return shortHash(entries.join('\n'));
}

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'recovery-map:offline',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = withBase('/', config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const languages = getSite().languages;
        const sizeOf = (file: string) => (existsSync(join(out, file)) ? statSync(join(out, file)).size : undefined);
        const { pages, leftOut } = precachedPages(languages, sizeOf);
        const globs = offlinePlan(languages, base, '', pages).globPatterns;
        const plan = offlinePlan(languages, base, await buildIdOf(out, globs), pages);
        const script = workerScript(plan, cacheKey, fallbackFor);
        const extraFile = `sw-offline.${shortHash(script)}.js`;
        writeFileSync(`${out}/${extraFile}`, script);
        // The routes' tests and the plugins are serialized into sw.js (Function.prototype.toString),
        // so they use nothing from here: they read what sw-offline.js put on the worker's scope.
        const keyPlugin: WorkboxPlugin = {
          cacheKeyWillBeUsed: (arg) => (self as unknown as OfflineGlobal).assetMapOffline.cacheKeyWillBeUsed(arg),
        };
        const pagePlugin: WorkboxPlugin = {
          handlerDidError: (arg) => (self as unknown as OfflineGlobal).assetMapOffline.pageDidError(arg),
        };
        const filePlugin: WorkboxPlugin = {
          handlerDidError: (arg) => (self as unknown as OfflineGlobal).assetMapOffline.fileDidError(arg),
        };
        const { count, size, warnings } = await generateSW({
          swDest: `${out}/${SERVICE_WORKER_FILE}`,
          globDirectory: out,
          globPatterns: plan.globPatterns,
          // No revisions: the precache itself is new with every build (cacheId), so its keys are the
          // files' own addresses, with no query string.
          cacheId: plan.cacheId,
          dontCacheBustURLsMatching: /./,
          modifyURLPrefix: { '': base },
          maximumFileSizeToCacheInBytes: PRECACHE_MAX_PAGE_BYTES,
          directoryIndex: 'index.html',
          // /find/?q=… is /find/: the page reads its state from the address, and nothing typed is kept.
          ignoreURLParametersMatching: [/.*/],
          importScripts: [`${base}${extraFile}`],
          inlineWorkboxRuntime: true,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          sourcemap: false,
          mode: 'production',
          runtimeCaching: [
            {
              // Pages opened: from the network when there is one, else as kept.
              urlPattern: ({ request, sameOrigin }: { request: Request; sameOrigin: boolean }) =>
                sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: plan.caches.pages, plugins: [keyPlugin, pagePlugin] },
            },
            {
              // Pagefind's files as a search uses them, so a search that worked once works offline.
              urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
                sameOrigin &&
                url.pathname.startsWith(`${(self as unknown as OfflineGlobal).assetMapPlan.base}pagefind/`),
              handler: 'NetworkFirst',
              options: { cacheName: plan.caches.search, plugins: [keyPlugin, filePlugin] },
            },
            {
              urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
                sameOrigin && url.pathname.endsWith('.json'),
              handler: 'NetworkFirst',
              options: { cacheName: plan.caches.data, plugins: [keyPlugin, filePlugin] },
            },
            {
              // A script or style not precached (a page's own chunk): named by its hash.
              urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
                sameOrigin && url.pathname.startsWith(`${(self as unknown as OfflineGlobal).assetMapPlan.base}_astro/`),
              handler: 'CacheFirst',
              options: { cacheName: plan.caches.assets, plugins: [keyPlugin] },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        const kept = leftOut.length ? `; kept when opened instead, too big to precache: /${leftOut.join(', /')}` : '';
        logger.info(
          `service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB before compression)${kept}`,
        );
      },
    },
  };
}

/** What sw-offline.js sets on the worker's global scope, for the routes and plugins in sw.js. */
interface OfflineGlobal {
  assetMapPlan: { base: string };
  assetMapOffline: {
    cacheKeyWillBeUsed: NonNullable<WorkboxPlugin['cacheKeyWillBeUsed']>;
    pageDidError: NonNullable<WorkboxPlugin['handlerDidError']>;
    fileDidError: NonNullable<WorkboxPlugin['handlerDidError']>;
  };
}
