/**
 * Where a community's assets are not: for every place of the region (the finder's ZIP codes and
 * towns), how many matching assets lie within a distance, and the nearest one. Pure, so the
 * build's coverage matrix and the /gaps/ page's script count alike, and the unit tests work the
 * same cases by hand.
 *
 * Distances are to each listing's shown point (src/lib/map/points.ts): a private home counts at the
 * centre of its area, never at the home. Listings without a place (online, by phone) have no
 * distance; they are counted apart ("reach everyone") and never mixed into distances.
 */
import { createBitset, hasBit, indexesOf, setBit, type Bitset } from '#lib/finder/bitset.ts';
import { distanceWithCosines, latitudeCosine, type LatLng } from '#lib/map/geo.ts';

/** A place of the region: a ZIP code or a town, with its centre. */
export interface GapPlace extends LatLng {
  name: string;
  kind: 'zip' | 'town';
}

/**
 * Miles from each place to each listing (in the facet index's order), NaN where the listing has no
 * place. Worked out once per page: a change of filter or distance then only walks the matches.
 */
export function placeDistances(places: readonly LatLng[], points: readonly (LatLng | undefined)[]): Float32Array[] {
  const cosines = pointCosines(points);
  return places.map((place) => placeDistanceRow(place, points, cosines));
}

/** Each point's `latitudeCosine` (NaN without a point), worked out once for every place's row. */
export function pointCosines(points: readonly (LatLng | undefined)[]): Float64Array {
  return Float64Array.from(points, (point) => (point ? latitudeCosine(point) : Number.NaN));
}

/**
 * One place's row of `placeDistances`, given the points' cosines: a page that measures many
 * places can work them out a few rows at a time, between other work.
 */
export function placeDistanceRow(
  place: LatLng,
  points: readonly (LatLng | undefined)[],
  cosines: Float64Array,
): Float32Array {
  const row = new Float32Array(points.length).fill(Number.NaN);
  const cosPlace = latitudeCosine(place);
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    if (point) row[i] = distanceWithCosines(place, point, cosPlace, cosines[i]!);
  }
  return row;
}

export interface PlaceCoverage {
  place: GapPlace;
  /** Matching assets within the distance. */
  count: number;
  /** The nearest matching asset with a place (index in the facet index), if any. */
  nearest: number | undefined;
  /** Its distance in miles. */
  nearestMiles: number | undefined;
}

/**
 * Coverage of every place by the listings in `matched`, within `within` miles (inclusive: an asset
 * exactly at the distance counts). `distances` comes from placeDistances for the same places.
 */
export function placeCoverage(
  places: readonly GapPlace[],
  distances: readonly Float32Array[],
  matched: Bitset,
  within: number,
): PlaceCoverage[] {
  const candidates = indexesOf(matched);
  return places.map((place, p) => {
    const row = distances[p]!;
    let count = 0;
    let nearest: number | undefined;
    let nearestMiles = Infinity;
    for (const i of candidates) {
      const miles = row[i]!;
      if (Number.isNaN(miles)) continue;
      if (miles <= within) count++;
      if (miles < nearestMiles) {
        nearestMiles = miles;
        nearest = i;
      }
    }
    return { place, count, nearest, nearestMiles: nearest === undefined ? undefined : nearestMiles };
  });
}

/** True when the place has no matching asset within the distance. */
export const isGap = (row: PlaceCoverage): boolean => row.count === 0;

/**
 * The biggest gaps first: places with no asset within the distance, those with none anywhere
 * first, then the farthest from their nearest; one line per place name (a town and its only ZIP
 * code say the same thing).
 */
export function biggestGaps(rows: readonly PlaceCoverage[], limit: number): PlaceCoverage[] {
  const seen = new Set<string>();
  return rows
    .filter(isGap)
    .sort(
      (a, b) =>
        (b.nearestMiles ?? Infinity) - (a.nearestMiles ?? Infinity) ||
        (a.place.kind === b.place.kind ? a.place.name.localeCompare(b.place.name) : a.place.kind === 'town' ? -1 : 1),
    )
    .filter((row) => {
      const key = row.nearest === undefined ? row.place.name : `${row.nearest}|${row.nearestMiles?.toFixed(1)}`;
      if (seen.has(row.place.name) || seen.has(key)) return false;
      seen.add(row.place.name);
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/** Each place's listings within `within` miles, as bitsets: the matrix intersects these. */
export function placesWithin(distances: readonly Float32Array[], size: number, within: number): Bitset[] {
  return distances.map((row) => {
    const bits = createBitset(size);
    for (let i = 0; i < size; i++) if (row[i]! <= within) setBit(bits, i);
    return bits;
  });
}

/** True when a, b and c share a listing. */
function meet(a: Bitset, b: Bitset, c: Bitset): boolean {
  for (let w = 0; w < a.length; w++) if ((a[w]! & b[w]! & c[w]!) !== 0) return true;
  return false;
}

/** How many of the places have no listing of `rows` AND `column` within the distance. */
export function gapCount(near: readonly Bitset[], row: Bitset, column: Bitset): number {
  let gaps = 0;
  for (const place of near) if (!meet(place, row, column)) gaps++;
  return gaps;
}

/** How many listings are in both sets. */
export function bothCount(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) {
    let x = a[w]! & b[w]!;
    while (x) {
      x &= x - 1;
      n++;
    }
  }
  return n;
}

/** Matching listings that have no place (online, by phone): they reach every place alike. */
export function unplacedMatches(matched: Bitset, placed: Bitset): number {
  let n = 0;
  for (const i of indexesOf(matched)) if (!hasBit(placed, i)) n++;
  return n;
}
