/**
 * Writes /listings/<slug>.ics, one calendar file per published listing with a schedule, straight
 * from the validated listings when the build is done.
 *
 * As an Astro endpoint each file went through the page pipeline: about 1 ms apiece, 3 s of a
 * 10,000-listing build for files that are plain text (see BENCHMARKS.md). Written here they take
 * a few milliseconds in all. In `astro dev` the same files are served by an injected endpoint
 * (calendar-route.ts), so the "Add to your calendar" link works there too.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCalendar, calendarSite, hasCalendar, type CalendarListing } from '../lib/ical.ts';
import { getSite } from '../lib/site.ts';
import type { ValidListing } from './validate-data.ts';

/** The calendar file of each published listing with a schedule, by slug. */
export function listingCalendars(listings: readonly ValidListing[], origin: string, base: string): Map<string, string> {
  const config = getSite();
  const site = calendarSite(config, origin, base);
  const files = new Map<string, string>();
  for (const { slug, data } of listings) {
    if (data.status === 'closed') continue;
    const listing: CalendarListing = { slug, ...data };
    if (!hasCalendar(listing)) continue;
    files.set(slug, buildCalendar([listing], site, { name: `${data.name} (${config.name})` }));
  }
  return files;
}

/** `listings` returns the validated listings once the validate-data integration has run. */
export function calendarFiles(listings: () => readonly ValidListing[]): AstroIntegration {
  let origin = 'https://example.org';
  let base = '/';
  return {
    name: 'recovery-map:calendar-files',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute }) => {
        origin = config.site ?? origin;
        base = config.base;
        if (command === 'dev') {
          injectRoute({
            pattern: '/listings/[slug].ics',
            entrypoint: new URL('./calendar-route.ts', import.meta.url),
          });
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(new URL('listings/', dir));
        mkdirSync(folder, { recursive: true });
        const files = listingCalendars(listings(), origin, base);
        for (const [slug, text] of files) writeFileSync(`${folder}${slug}.ics`, text);
        logger.info(`calendar files: ${files.size} listings`);
      },
    },
  };
}
