/**
 * The listings' handout facts (/list/data/<n>.json), fetched by the shard each slug is in: the
 * list page, the check-in and the gaps page name and describe listings from them.
 */
import { shardOf, type HandoutData, type HandoutItem } from '#lib/my-list/share.ts';

/** The items of every shard holding one of `slugs` (each shard fetched once per call). */
export async function loadListItems(base: string, shards: number, slugs: readonly string[]): Promise<HandoutItem[]> {
  const files = [...new Set(slugs.map((slug) => shardOf(slug, shards)))];
  const loaded = await Promise.all(
    files.map(async (n) => {
      const response = await fetch(`${base}list/data/${n}.json`);
      if (!response.ok) throw new Error(`list data ${n}: ${response.status}`);
      return ((await response.json()) as HandoutData).items;
    }),
  );
  return loaded.flat();
}
