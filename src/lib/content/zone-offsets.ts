/**
 * The time zone offsets every page is built with (lib/time/zone-offsets.ts): the site's zone and
 * every zone a published listing names, from a week before the build day (a page looks back a
 * day or two from its visitor's clock) for a little over a year. Worked out and written once per
 * build, from the build day rather than the clock, so two builds on the same day write the same
 * pages.
 */
import { DAY_MS, offsetAt } from '#lib/time/schedule.ts';
import { offsetsAttribute, tableAttribute, zoneOffsets } from '#lib/time/zone-offsets.ts';
import { buildDay, getPublishedListings } from './listings.ts';
import { perBuild } from './per-build.ts';
import { getSite } from './site.ts';

/** How long after the build day a page's clock needs no Intl: longer than a site goes unbuilt. */
const WINDOW_DAYS = 400;

const cache = perBuild();

/** The offsets as pages write them: every zone's (every page), and the site zone's alone (the meetings pages). */
export interface WrittenZoneOffsets {
  table: string;
  site: string;
}

export function writtenZoneOffsets(): Promise<WrittenZoneOffsets> {
  return cache('zone-offsets', async () => {
    const site = getSite().timezone;
    const zones = new Set([site]);
    for (const listing of await getPublishedListings()) if (listing.data.timezone) zones.add(listing.data.timezone);
    const [year, month, day] = buildDay().split('-').map(Number) as [number, number, number];
    const from = Date.UTC(year, month - 1, day) - 7 * DAY_MS;
    const to = from + (WINDOW_DAYS + 7) * DAY_MS;
    const table = Object.fromEntries([...zones].sort().map((zone) => [zone, zoneOffsets(zone, from, to, offsetAt)]));
    return { table: tableAttribute(table), site: offsetsAttribute(table[site]!) };
  });
}
