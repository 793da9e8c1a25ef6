/** The published listings, as pages use them. Closed listings stay in git but are never published. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { todayIn } from '#lib/time/freshness.ts';
import { getSite } from './site.ts';
import { perBuild } from './per-build.ts';
import { compareByName } from '#lib/finder/match.ts';

export type ListingEntry = CollectionEntry<'listings'>;

const cache = perBuild();

/**
 * Every listing that is not `closed`, sorted by name. Computed once per build (every list page
 * asks for it); the dev server reads afresh so edits show up.
 */
export function getPublishedListings(): Promise<ListingEntry[]> {
  return cache('published', () =>
    getCollection('listings', (entry) => entry.data.status !== 'closed').then((entries) =>
      entries.sort((a, b) => compareByName(a.data, b.data)),
    ),
  );
}

let day: string | undefined;

/** Today in the community's time zone, fixed for the whole build. */
export function buildDay(): string {
  day ??= todayIn(getSite().timezone);
  return day;
}
