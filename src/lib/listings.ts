/** The published listings, as pages use them. Closed listings stay in git but are never published. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { todayIn } from './freshness.ts';
import { getSite } from './site.ts';
import { compareByName } from './match.ts';

export type ListingEntry = CollectionEntry<'listings'>;

/** Every listing that is not `closed`, sorted by name. */
export async function getPublishedListings(): Promise<ListingEntry[]> {
  const entries = await getCollection('listings', (entry) => entry.data.status !== 'closed');
  return entries.sort((a, b) => compareByName(a.data, b.data));
}

/** Today in the community's time zone, fixed for the whole build. */
export function buildDay(): string {
  return todayIn(getSite().timezone);
}
