/**
 * /find/points.json: where each listing is on the map, in the facet index's order, packed as
 * 16-bit fractions of the region (src/lib/map/points.ts). Private locations carry only the centre of
 * their approximate area. Fetched by the map, and by the finder when distances are needed.
 */
import type { APIRoute } from 'astro';
import { finderPoints } from '#lib/content/finder-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await finderPoints()), { headers: { 'Content-Type': 'application/json' } });
