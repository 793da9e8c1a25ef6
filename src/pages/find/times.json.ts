/**
 * /find/times.json: each listing's weekly hours or schedule, in the facet index's order, for the
 * finder's "open now" filter and the state line on cards. Fetched once the finder has drawn, so it
 * never delays the first results.
 */
import type { APIRoute } from 'astro';
import { getPublishedListings } from '#lib/content/listings.ts';
import { encodeTimes } from '#lib/time/open-now.ts';
import { getSite } from '#lib/content/site.ts';

export const GET: APIRoute = async () => {
  const listings = await getPublishedListings();
  const times = encodeTimes(
    listings.map((l) => l.data),
    getSite().timezone,
  );
  return new Response(JSON.stringify(times), { headers: { 'Content-Type': 'application/json' } });
};
