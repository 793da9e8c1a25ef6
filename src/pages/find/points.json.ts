/**
 * /find/points.json: where each listing is on the map, in the facet index's order, packed as
 * 16-bit fractions of the region (src/lib/map/points.ts). Private locations carry only the centre of
 * their approximate area. Fetched by the map, and by the finder when distances are needed.
 */
import type { APIRoute } from 'astro';
import { getPublishedListings } from '#lib/content/listings.ts';
import { encodePoints } from '#lib/map/points.ts';
import { getSite } from '#lib/content/site.ts';

export const GET: APIRoute = async () => {
  const listings = await getPublishedListings();
  const points = encodePoints(
    listings.map((l) => l.data),
    getSite().region.bounds,
  );
  return new Response(JSON.stringify(points), { headers: { 'Content-Type': 'application/json' } });
};
