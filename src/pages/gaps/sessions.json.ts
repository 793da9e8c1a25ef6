/**
 * /gaps/sessions.json: when meetings meet (parts of the day, weekends) as bitsets in the facet
 * index's order, for the gaps page's "evening" and "weekend" questions (src/lib/gaps/sessions.ts).
 */
import type { APIRoute } from 'astro';
import { getPublishedListings } from '#lib/content/listings.ts';
import { buildSessionIndex } from '#lib/gaps/sessions.ts';

export const GET: APIRoute = async () => {
  const index = buildSessionIndex((await getPublishedListings()).map((l) => l.data));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
