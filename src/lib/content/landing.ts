/**
 * The landing pages of a facet's terms (/categories/<id>/, /support/<id>/, /pathways/<id>/) and
 * their later pages (/categories/<id>/page/2/): which listings each term has, and which pages
 * that makes, worked out once per build.
 */
import { CATEGORIES, PATHWAYS, SUPPORT_TYPES, type Term } from '#taxonomy';
import { matchesCategory, matchesPathway, matchesSupport } from '#lib/finder/match.ts';
import { laterPages } from '#lib/finder/result-pages.ts';
import type { ListingData } from '#schemas/listing.ts';
import { inEveryLanguage } from '#i18n/pages.ts';
import { getPublishedListings, type ListingEntry } from './listings.ts';
import { perBuild } from './per-build.ts';

/** The facets with a landing page per term; the key is the first part of its path. */
export const LANDING_FACETS = {
  categories: { terms: CATEGORIES, matches: matchesCategory },
  support: { terms: SUPPORT_TYPES, matches: matchesSupport },
  pathways: { terms: PATHWAYS, matches: matchesPathway },
} satisfies Record<string, { terms: readonly Term[]; matches: (data: ListingData, id: string) => boolean }>;

export type LandingFacet = keyof typeof LANDING_FACETS;

const cache = perBuild();

/** The published listings of one term, in name order (the same in every language). */
export function landingListings(facet: LandingFacet, id: string): Promise<ListingEntry[]> {
  const { matches } = LANDING_FACETS[facet];
  return cache(`${facet}/${id}`, () => getPublishedListings().then((all) => all.filter((l) => matches(l.data, id))));
}

/** `getStaticPaths` of a facet's first pages: one per term, in every language. */
export function landingPaths(facet: LandingFacet) {
  return inEveryLanguage(LANDING_FACETS[facet].terms.map((term) => ({ params: { id: term.id } })));
}

/** `getStaticPaths` of a facet's later pages: `page/2/` onwards, for terms with that many listings. */
export async function laterLandingPaths(facet: LandingFacet) {
  const paths = await Promise.all(
    LANDING_FACETS[facet].terms.map(async (term) =>
      laterPages((await landingListings(facet, term.id)).length).map(({ page }) => ({ params: { id: term.id, page } })),
    ),
  );
  return inEveryLanguage(paths.flat());
}
