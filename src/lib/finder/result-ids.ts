/**
 * Which listing each Pagefind result is, without fetching the result's data.
 *
 * Pagefind answers a search with result ids (its fragment files' names, `en_011ea98`); the
 * listing a result is for is written only in that fragment, one request each. The finder needs
 * the listings of every result of a word search, thousands for a word like "free", so the build
 * writes each language's ids in a table (src/integrations/search-index/result-ids.ts), and the
 * finder looks results up in it: one file for the whole search instead of a request per result.
 *
 * The table lists the hashes in the order of the listings' slugs (compared code unit by code
 * unit), so it carries no slugs: the finder lays it beside the slugs of its facet index, which
 * are the same listings.
 */
import { fnv1a } from '#lib/my-list/share.ts';

/** The slug of a listing page's URL (`/es/listings/<slug>/`, under any base path). */
export function slugOfUrl(url: string): string | undefined {
  return /\/listings\/([^/]+)\//.exec(url)?.[1];
}

/** A Pagefind result id split into its language prefix (`en`) and its hash. */
export function splitResultId(id: string): { prefix: string; hash: string } {
  const at = id.lastIndexOf('_');
  return { prefix: id.slice(0, Math.max(at, 0)), hash: id.slice(at + 1) };
}

/** The table's file, in Pagefind's folder, for one language prefix. */
export function resultIdFile(prefix: string): string {
  return `result-ids.${prefix}.json`;
}

const bySlug = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a table file holds. */
export interface ResultIdTable {
  /** A checksum of the listings' slugs, so a table is never laid beside another build's listings. */
  listings: string;
  /** Each listing's result hash, in slug order. */
  ids: string[];
}

/** A checksum of the slugs in slug order: equal for the same listings, different for others. */
function listingsKey(sortedSlugs: readonly string[]): string {
  return fnv1a(sortedSlugs.join('\n')).toString(16);
}

/** The table for one language, from each listing's result hash by slug. */
export function resultIdTable(hashes: ReadonlyMap<string, string>): ResultIdTable {
  const slugs = [...hashes.keys()].sort(bySlug);
  return { listings: listingsKey(slugs), ids: slugs.map((slug) => hashes.get(slug)!) };
}

/**
 * Each result hash's position in `slugs` (the facet index's order), from the table; undefined
 * when the table is for other listings (another build's), so the finder fetches results' data.
 */
export function resultPositions(table: ResultIdTable, slugs: readonly string[]): Map<string, number> | undefined {
  const order = slugs.map((slug, position) => ({ slug, position })).sort((a, b) => bySlug(a.slug, b.slug));
  if (table.ids.length !== slugs.length || table.listings !== listingsKey(order.map((o) => o.slug))) return undefined;
  return new Map(order.map(({ position }, i) => [table.ids[i]!, position]));
}
