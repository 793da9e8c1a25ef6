/**
 * The open data (/exports/…, /feed.xml) and the per-listing calendar files (/listings/<slug>.ics),
 * built from the validated listings in a worker thread while Astro bundles and renders the pages,
 * then moved into dist/ when the build is done.
 *
 * Built after the pages on the main thread, or as Astro endpoints, they made large builds
 * noticeably longer (the HSDS export alone makes an id for every object; BENCHMARKS.md, "Figures
 * behind design choices"). Like the search index they go to a staging folder first
 * (output/staging.ts). `astro dev` serves the calendar files from an injected route
 * (calendar-route.ts); the exports are build-only.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSite } from '#lib/content/site.ts';
import { meetingGuideLeftOut } from '#lib/open-data/meeting-guide/export.ts';
import type { OpenDataInput } from './files.ts';
import { moveInto } from '#integrations/output/staging.ts';
import { runInWorker } from '#integrations/output/worker.ts';
import type { ValidListing } from '#integrations/validate/index.ts';

/** Runs the worker; resolves with the paths it wrote under `staging`. */
function buildInWorker(input: OpenDataInput, staging: string): Promise<string[]> {
  rmSync(staging, { recursive: true, force: true });
  return runInWorker<string[]>(new URL('./worker.ts', import.meta.url), { ...input, staging }, 'open-data');
}

/** `listings` returns the validated listings once the validate integration has run. */
export function openData(listings: () => readonly ValidListing[]): AstroIntegration {
  let origin = 'https://example.org';
  let base = '/';
  let staging = '';
  let pending: Promise<string[]> | undefined;
  return {
    name: 'recovery-map:open-data',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute }) => {
        origin = config.site ?? origin;
        base = config.base;
        staging = fileURLToPath(new URL('open-data-staging/', config.cacheDir));
        if (command === 'dev') {
          injectRoute({
            pattern: '/listings/[slug].ics',
            entrypoint: new URL('./calendar-route.ts', import.meta.url),
          });
        }
      },
      'astro:build:start': () => {
        const records = listings().map(({ slug, data, body }) => ({ slug, data, body }));
        pending = buildInWorker({ listings: records, config: getSite(), origin, base }, staging);
        // Failures are reported when the build awaits the files, not as an unhandled rejection.
        pending.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) return;
        const paths = await pending;
        const out = fileURLToPath(dir);
        for (const path of paths) moveInto(join(staging, path), join(out, path));
        rmSync(staging, { recursive: true, force: true });
        const calendars = paths.filter((path) => path.startsWith('listings/')).length;
        logger.info(`open data: ${paths.length - calendars} exports and ${calendars} calendar files`);
        for (const line of meetingGuideLeftOut(listings())) logger.info(line);
      },
    },
  };
}
