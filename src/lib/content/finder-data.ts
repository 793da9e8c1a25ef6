/**
 * The finder's data files as the build writes them (/find/facets.json, points.json, places.json),
 * worked out once per build: their endpoints serve them, and the /gaps/ page counts its coverage
 * matrix from the very same index, points and places the browser will read.
 */
import zipcodes from 'zipcodes';
import { buildFacetIndex, type FacetIndexJson, type FacetKey } from '#lib/finder/facets.ts';
import { facetGroups, facetValueOrder, initialCounts } from '#lib/finder/facet-groups.ts';
import { facetWordsIn } from '#lib/finder/facet-words.ts';
import type { Lang } from '#i18n/languages.ts';
import { buildPlaces, type PlacesJson, type TownPoint } from '#lib/map/places.ts';
import { encodePoints, type PointsJson } from '#lib/map/points.ts';
import { coverageMatrices, type Matrix } from '#lib/gaps/matrix.ts';
import { gapPlacesOf } from '#lib/gaps/places.ts';
import { getPublishedListings } from './listings.ts';
import { getSite } from './site.ts';
import { perBuild } from './per-build.ts';

const once = perBuild();

/** The facet index: slugs in name order, verification days, a bitset per facet value. */
export function finderIndex(): Promise<FacetIndexJson> {
  return once('index', async () => {
    const listings = await getPublishedListings();
    const order = facetValueOrder(listings.map((l) => l.data));
    return buildFacetIndex(
      listings.map((l) => ({ slug: l.id, data: l.data })),
      order as Record<FacetKey, readonly string[]>,
    );
  });
}

/** Each listing's shown point, in the index's order (private homes at their area's centre). */
export function finderPoints(): Promise<PointsJson> {
  return once('points', async () =>
    encodePoints(
      (await getPublishedListings()).map((l) => l.data),
      getSite().region.bounds,
    ),
  );
}

/** The region's ZIP codes (from the `zipcodes` package) and towns, with their centres. */
export function regionPlaces(): Promise<PlacesJson> {
  return once('places', async () => {
    const listings = await getPublishedListings();
    // Towns the postal table lacks are placed by their listings; private locations never count.
    const towns: TownPoint[] = listings.flatMap(({ data }) =>
      data.address?.city && data.geo && !data.location_private ? [{ city: data.address.city, point: data.geo }] : [],
    );
    return buildPlaces(Object.values(zipcodes.codes), towns, getSite().region.bounds);
  });
}

/**
 * The /gaps/ page's coverage matrices (kinds of place by pathway, by population, by language):
 * the same numbers in every language, so counted once per build.
 */
export function gapMatrices(): Promise<Matrix[]> {
  return once('matrices', async () =>
    coverageMatrices(
      { index: await finderIndex(), points: await finderPoints(), places: gapPlacesOf(await regionPlaces()) },
      'category',
      ['pathway', 'population', 'language'],
    ),
  );
}

/**
 * The finder's filter groups in a language (labels, landing-page links) and their counts over
 * every listing: the same on /find/, /map/ and each of the finder's later pages, so worked out
 * once per language rather than once per page, which at 100,000 listings is thousands of times.
 */
export function finderFilters(lang: Lang, href: (path: string) => string) {
  return once(`filters/${lang}`, async () => {
    const data = (await getPublishedListings()).map((l) => l.data);
    return { groups: facetGroups(data, href, facetWordsIn(lang)), counts: initialCounts(data) };
  });
}
