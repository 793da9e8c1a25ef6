/**
 * /list/data/<n>.json: the handout facts (src/lib/my-list/handout.ts) of the listings whose slugs hash to
 * file n (src/lib/my-list/share.ts, `shardOf`). The list page fetches only the files its slugs
 * are in, so opening a list costs a few KB however many listings the community has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageParams, pageLanguage } from '#i18n/pages.ts';
import { handoutItem } from '#lib/my-list/handout.ts';
import { getPublishedListings } from '#lib/content/listings.ts';
import { shardCount, shardOf, type HandoutData } from '#lib/my-list/share.ts';
import { getSite } from '#lib/content/site.ts';

export const getStaticPaths = (async () => {
  const listings = await getPublishedListings();
  const site = getSite();
  // One set of files per language: the handout's words (schedules, categories, the listings'
  // translated names and summaries) are the page's.
  return languageParams().flatMap(({ lang: param }) => {
    const context = { siteZone: site.timezone, lang: pageLanguage(param).lang, sourceLang: site.languages[0] ?? 'en' };
    const shards: HandoutData[] = Array.from({ length: shardCount(listings.length) }, () => ({ items: [] }));
    for (const listing of listings) {
      shards[shardOf(listing.id, shards.length)]!.items.push(handoutItem(listing.id, listing.data, context));
    }
    return shards.map((data, shard) => ({ params: { shard: String(shard), lang: param }, props: { data } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: HandoutData }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json' } });
