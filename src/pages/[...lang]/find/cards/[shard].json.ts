/**
 * /find/cards/<n>.json (and /es/find/cards/<n>.json): the rendered cards of the listings at
 * positions n × CARDS_PER_SHARD onwards in the facet index, in the page's language
 * (src/lib/finder/card-shards.ts). The finder's page holds one page of cards; the island fetches
 * these for the results it shows beyond it. Each card is the same HTML the pages render.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageParams, pageLanguage } from '#i18n/pages.ts';
import { cardsHtml } from '#lib/content/cards.ts';
import { getPublishedListings } from '#lib/content/listings.ts';
import { cardShardCount, cardShardRange, type CardShard } from '#lib/finder/card-shards.ts';

export const getStaticPaths = (async () => {
  const listings = await getPublishedListings();
  const shards = Array.from({ length: cardShardCount(listings.length) }, (_, shard) => String(shard));
  return languageParams().flatMap(({ lang }) => shards.map((shard) => ({ params: { shard, lang } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const listings = await getPublishedListings();
  const [start, end] = cardShardRange(Number(params.shard), listings.length);
  const body: CardShard = { cards: cardsHtml(listings.slice(start, end), pageLanguage(params.lang).lang, 'h2') };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
