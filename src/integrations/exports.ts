/**
 * Writes the open-data exports straight from the validated listings when the build is done:
 * /exports/listings.json, /exports/listings.geojson, /exports/listings.csv,
 * /exports/hsds/services.json and /feed.xml (builders in src/lib/exports.ts and src/lib/hsds.ts).
 * Like the calendar files, written here they cost milliseconds instead of a trip through the page
 * pipeline. They are build-only: `astro dev` does not serve them.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { atomFeed, listingsCsv, listingsGeoJson, listingsJson, type OpenDataSite } from '../lib/exports.ts';
import { hsdsServices } from '../lib/hsds.ts';
import { siteUrl } from '../lib/meeting-guide/export.ts';
import { getSite } from '../lib/site.ts';
import type { ValidListing } from './validate-data.ts';

/** Every export file, by path under dist/. */
export function exportFiles(listings: readonly ValidListing[], site: OpenDataSite): Map<string, string> {
  const records = listings.map(({ slug, data, body }) => ({ slug, data, body }));
  return new Map([
    ['exports/listings.json', JSON.stringify(listingsJson(records, site))],
    ['exports/listings.geojson', JSON.stringify(listingsGeoJson(records, site))],
    ['exports/listings.csv', listingsCsv(records, site)],
    ['exports/hsds/services.json', JSON.stringify(hsdsServices(records, site))],
    ['feed.xml', atomFeed(records, site)],
  ]);
}

/** `listings` returns the validated listings once the validate-data integration has run. */
export function openDataExports(listings: () => readonly ValidListing[]): AstroIntegration {
  let origin = 'https://example.org';
  let base = '/';
  return {
    name: 'recovery-map:exports',
    hooks: {
      'astro:config:setup': ({ config }) => {
        origin = config.site ?? origin;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const config = getSite();
        const site: OpenDataSite = {
          url: siteUrl(origin, base),
          name: config.name,
          timezone: config.timezone,
          country: config.region.country,
        };
        const files = exportFiles(listings(), site);
        for (const [path, text] of files) {
          const file = fileURLToPath(new URL(path, dir));
          mkdirSync(fileURLToPath(new URL('.', new URL(path, dir))), { recursive: true });
          writeFileSync(file, text);
        }
        logger.info(`exports: ${[...files.keys()].join(', ')}`);
      },
    },
  };
}
