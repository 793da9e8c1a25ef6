/**
 * /find/facets.json: the finder's compact facet index (slugs, verification days, one bitset per
 * facet value), fetched by the finder island after first paint and cached by the browser.
 */
import type { APIRoute } from 'astro';
import { finderIndex } from '#lib/content/finder-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await finderIndex()), { headers: { 'Content-Type': 'application/json' } });
