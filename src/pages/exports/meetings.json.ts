/**
 * /exports/meetings.json: the meetings as a Meeting Guide feed (one record per weekly session),
 * for the Meeting Guide app, TSML UI and neighbouring areas' meeting lists. What goes in and what
 * never does (e-mail addresses, private streets, invented places) is in src/lib/meeting-guide/export.ts.
 */
import type { APIRoute } from 'astro';
import { getPublishedListings } from '../../lib/listings.ts';
import { meetingGuideFeed, siteUrl } from '../../lib/meeting-guide/export.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const config = getSite();
  const listings = (await getPublishedListings()).map(({ id, data, body }) => ({ slug: id, data, body }));
  const feed = meetingGuideFeed(listings, {
    timezone: config.timezone,
    country: config.region.country,
    url: siteUrl(import.meta.env.SITE, import.meta.env.BASE_URL),
  });
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/json' } });
};
