/**
 * What the open-data worker writes: the exports (/exports/listings.json, .geojson, .csv,
 * /exports/hsds/services.json, /feed.xml; builders in src/lib/open-data/exports.ts and src/lib/open-data/hsds.ts),
 * the meetings as a calendar and a Meeting Guide feed (/exports/meetings.ics, .json) and one
 * calendar file per published listing with a schedule (/listings/<slug>.ics). Pure: the same
 * listings give the same bytes.
 */
import {
  atomFeed,
  listingsCsv,
  listingsGeoJson,
  listingsJson,
  type OpenDataListing,
  type OpenDataSite,
} from '#lib/open-data/exports.ts';
import { hsdsServices } from '#lib/open-data/hsds.ts';
import {
  buildCalendar,
  calendarSite,
  hasCalendar,
  inMeetingsCalendar,
  listingCalendar,
  type CalendarListing,
} from '#lib/open-data/ical/calendar.ts';
import { compareByName } from '#lib/finder/match.ts';
import { siteUrl } from '#lib/html/links.ts';
import { meetingGuideFeed } from '#lib/open-data/meeting-guide/export.ts';
import type { SiteConfig } from '#schemas/site.ts';

export interface OpenDataInput {
  /** The validated listings (closed ones included; each builder leaves them out). */
  listings: readonly OpenDataListing[];
  /** site.yaml. */
  config: SiteConfig;
  /** The site's origin (astro.config `site`). */
  origin: string;
  /** The base path (astro.config `base`). */
  base: string;
}

/** The open-data site description the exports need. */
export function openDataSite({ config, origin, base }: Omit<OpenDataInput, 'listings'>): OpenDataSite {
  return {
    url: siteUrl(origin, base),
    name: config.name,
    timezone: config.timezone,
    country: config.region.country,
    languages: config.languages,
  };
}

/** Every export file, by path under dist/, each made only when the one before has been taken. */
function* exportFiles(listings: readonly OpenDataListing[], site: OpenDataSite): Generator<[string, string]> {
  yield ['exports/listings.json', JSON.stringify(listingsJson(listings, site))];
  yield ['exports/listings.geojson', JSON.stringify(listingsGeoJson(listings, site))];
  yield ['exports/listings.csv', listingsCsv(listings, site)];
  yield ['exports/hsds/services.json', JSON.stringify(hsdsServices(listings, site))];
  yield ['feed.xml', atomFeed(listings, site)];
}

/**
 * The meetings exports: every weekly session as one calendar people can subscribe to (temporarily
 * closed listings left out until they reopen) and as a Meeting Guide feed (what goes in and what
 * never does is in src/lib/open-data/meeting-guide/export.ts). Published listings in name order, as pages
 * list them.
 */
function* meetingFiles({ listings, config, origin, base }: OpenDataInput): Generator<[string, string]> {
  const published = listings.filter((l) => l.data.status !== 'closed').sort((a, b) => compareByName(a.data, b.data));
  const calendarListings = published.map(({ slug, data }): CalendarListing => ({ slug, ...data }));
  const calendar = buildCalendar(calendarListings.filter(inMeetingsCalendar), calendarSite(config, origin, base), {
    name: config.name,
    description: `Meetings and recurring events from ${config.name}.`,
  });
  const feed = meetingGuideFeed(published, {
    timezone: config.timezone,
    country: config.region.country,
    url: siteUrl(origin, base),
    area: config.region.name,
  });
  yield ['exports/meetings.ics', calendar];
  yield ['exports/meetings.json', JSON.stringify(feed)];
}

/** The calendar file of each published listing with a schedule, by path under dist/. */
function* calendarFiles({ listings, config, origin, base }: OpenDataInput): Generator<[string, string]> {
  const site = calendarSite(config, origin, base);
  for (const { slug, data } of listings) {
    if (data.status === 'closed') continue;
    const listing: CalendarListing = { slug, ...data };
    if (!hasCalendar(listing)) continue;
    yield [`listings/${slug}.ics`, listingCalendar(listing, site)];
  }
}

/**
 * Everything the open-data worker writes, as path under dist/ and text, one file at a time: the
 * worker writes each before the next is made, so a large site's exports (hundreds of megabytes
 * of text, and the objects each is made from) are never all in memory at once.
 */
export function* openDataFiles(input: OpenDataInput): Generator<[string, string]> {
  yield* exportFiles(input.listings, openDataSite(input));
  yield* meetingFiles(input);
  yield* calendarFiles(input);
}
