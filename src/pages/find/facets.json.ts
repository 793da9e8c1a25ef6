/**
 * /find/facets.json: the finder's compact facet index (slugs, verification days, one bitset per
 * facet value), fetched by the finder island after first paint and cached by the browser.
 */
import type { APIRoute } from 'astro';
import { buildFacetIndex, type FacetKey } from '#lib/finder/facets.ts';
import { getPublishedListings } from '#lib/content/listings.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';

export const GET: APIRoute = async () => {
  const listings = await getPublishedListings();
  const order = facetValueOrder(listings.map((l) => l.data));
  const index = buildFacetIndex(
    listings.map((l) => ({ slug: l.id, data: l.data })),
    order as Record<FacetKey, readonly string[]>,
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
