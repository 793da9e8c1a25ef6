/**
 * The time zone offsets every page is built with (lib/time/zone-offsets.ts): the site's zone and
 * every zone a published listing names, from a week before the build day (a page looks back a
 * day or two from its visitor's clock) for a little over a year. Worked out once per build, from the build day rather than the clock, so two builds on
 * the same day write the same pages.
 */
import { offsetAt } from '#lib/time/schedule.ts';
import { zoneOffsets, type ZoneOffsetTable } from '#lib/time/zone-offsets.ts';
import { buildDay, getPublishedListings } from './listings.ts';
import { perBuild } from './per-build.ts';
import { getSite } from './site.ts';

const DAY_MS = 86_400_000;
/** How long after the build day a page's clock needs no Intl: longer than a site goes unbuilt. */
const WINDOW_DAYS = 400;

const cache = perBuild();

export function builtZoneOffsets(): Promise<ZoneOffsetTable> {
  return cache('zone-offsets', async () => {
    const zones = new Set([getSite().timezone]);
    for (const listing of await getPublishedListings()) if (listing.data.timezone) zones.add(listing.data.timezone);
    const [year, month, day] = buildDay().split('-').map(Number) as [number, number, number];
    const from = Date.UTC(year, month - 1, day) - 7 * DAY_MS;
    const to = from + (WINDOW_DAYS + 7) * DAY_MS;
    return Object.fromEntries([...zones].sort().map((zone) => [zone, zoneOffsets(zone, from, to, offsetAt)]));
  });
}
