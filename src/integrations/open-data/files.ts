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

/** Every export file, by path under dist/. */
export function exportFiles(listings: readonly OpenDataListing[], site: OpenDataSite): Map<string, string> {
  return new Map([
    ['exports/listings.json', JSON.stringify(listingsJson(listings, site))],
    ['exports/listings.geojson', JSON.stringify(listingsGeoJson(listings, site))],
    ['exports/listings.csv', listingsCsv(listings, site)],
    ['exports/hsds/services.json', JSON.stringify(hsdsServices(listings, site))],
    ['feed.xml', atomFeed(listings, site)],
  ]);
}

/**
 * The meetings exports: every weekly session as one calendar people can subscribe to (temporarily
 * closed listings left out until they reopen) and as a Meeting Guide feed (what goes in and what
 * never does is in src/lib/open-data/meeting-guide/export.ts). Published listings in name order, as pages
 * list them.
 */
export function meetingFiles({ listings, config, origin, base }: OpenDataInput): Map<string, string> {
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
  return new Map([
    ['exports/meetings.ics', calendar],
    ['exports/meetings.json', JSON.stringify(feed)],
  ]);
}

/** The calendar file of each published listing with a schedule, by path under dist/. */
export function calendarFiles({ listings, config, origin, base }: OpenDataInput): Map<string, string> {
  const site = calendarSite(config, origin, base);
  const files = new Map<string, string>();
  for (const { slug, data } of listings) {
    if (data.status === 'closed') continue;
    const listing: CalendarListing = { slug, ...data };
    if (!hasCalendar(listing)) continue;
    files.set(`listings/${slug}.ics`, listingCalendar(listing, site));
  }
  return files;
}

/** Everything the open-data worker writes, by path under dist/. */
export function openDataFiles(input: OpenDataInput): Map<string, string> {
  return new Map([
    ...exportFiles(input.listings, openDataSite(input)),
    ...meetingFiles(input),
    ...calendarFiles(input),
  ]);
}
