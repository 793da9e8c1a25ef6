/**
 * Coverage worked by hand: a place and listings due north of it, where a degree of latitude is
 * 2πR/360 miles (R = 3958.7613 mi, the haversine's radius), so each distance is known exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitset, fullBitset, setBit } from '#lib/finder/bitset.ts';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { distanceMiles, approximateArea } from '#lib/map/geo.ts';
import { decodePoints, encodePoints, pointOf } from '#lib/map/points.ts';
import {
  biggestGaps,
  gapCount,
  placeCoverage,
  placeDistances,
  placesWithin,
  unplacedMatches,
  type GapPlace,
} from '#lib/gaps/coverage.ts';
import { gapsMatches, parseGapsState } from '#lib/gaps/state.ts';
import { listingData } from '../../helpers/listing-data.ts';

const MILES_PER_DEGREE = (2 * Math.PI * 3958.7613) / 360;
const home: GapPlace = { name: 'Hometown', kind: 'town', lat: 42.5, lng: -84.5 };
const north = (miles: number) => ({ lat: home.lat + miles / MILES_PER_DEGREE, lng: home.lng });
const far: GapPlace = { name: '48999', kind: 'zip', lat: 43.4, lng: -84.5 };

describe('distances and counts', () => {
  it('counts an asset at 9.99 miles and not one at 10.01 miles, and names the nearest', () => {
    expect(distanceMiles(home, north(9.99))).toBeCloseTo(9.99, 6);
    const points = [north(9.99), north(10.01), north(3), undefined];
    const distances = placeDistances([home], points);
    const all = fullBitset(4);
    const [row] = placeCoverage([home], distances, all, 10);
    expect(row).toMatchObject({ count: 2, nearest: 2 });
    expect(row!.nearestMiles).toBeCloseTo(3, 5);
    // The distance is inclusive: exactly at it counts.
    const [edge] = placeCoverage([home], [new Float32Array([10])], fullBitset(1), 10);
    expect(edge!.count).toBe(1);
  });

  it('gives, for every place and point, the very miles distanceMiles gives for the pair', () => {
    const coordinates = fc.record({
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(coordinates, { maxLength: 4 }),
        fc.array(fc.option(coordinates), { maxLength: 30 }),
        (places, points) => {
          const rows = placeDistances(
            places,
            points.map((p) => p ?? undefined),
          );
          places.forEach((place, p) =>
            points.forEach((point, i) =>
              expect(rows[p]![i]).toBe(point ? Math.fround(distanceMiles(place, point)) : Number.NaN),
            ),
          );
        },
      ),
    );
  });

  it('leaves a listing without a place (online, by phone) out of every distance, and counts it apart', () => {
    const distances = placeDistances([home], [undefined, north(30)]);
    const [row] = placeCoverage([home], distances, fullBitset(2), 10);
    expect(row).toMatchObject({ count: 0, nearest: 1 });
    expect(row!.nearestMiles).toBeCloseTo(30, 4);
    const placed = createBitset(2);
    setBit(placed, 1);
    expect(unplacedMatches(fullBitset(2), placed)).toBe(1);
  });

  it('reports no nearest at all when nothing matches anywhere', () => {
    const [row] = placeCoverage([home], placeDistances([home], [north(1)]), createBitset(1), 10);
    expect(row).toMatchObject({ count: 0, nearest: undefined, nearestMiles: undefined });
  });

  it('counts a private home at the centre of its area, never at the home', () => {
    const geo = north(9.9);
    const listing = { ...listingData({ category: 'recovery-housing' }), geo, location_private: true };
    const bounds = [
      [42, -85],
      [44, -84],
    ] as const;
    const points = decodePoints(encodePoints([listing], bounds), 1);
    const shown = pointOf(points, 0)!;
    const area = approximateArea(geo);
    expect(distanceMiles(shown, area)).toBeLessThan(0.05);
    expect(distanceMiles(shown, geo)).toBeGreaterThan(0.15);
    const [row] = placeCoverage([home], placeDistances([home], [shown]), fullBitset(1), 10);
    expect(row!.nearestMiles).toBeCloseTo(distanceMiles(home, area), 1);
  });

  it('matches `all-pathways` for any pathway, as the finder does', () => {
    const listings = [
      { slug: 'a', data: listingData({ category: 'recovery-housing', pathways: ['all-pathways'] }) },
      { slug: 'b', data: listingData({ category: 'recovery-housing', pathways: ['twelve-step'] }) },
      { slug: 'c', data: listingData({ category: 'food', pathways: ['secular'] }) },
    ];
    const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data))));
    const state = parseGapsState('category=recovery-housing&pathway=secular');
    const matched = gapsMatches(index, undefined, state);
    expect([0, 1, 2].filter((i) => (matched[i >>> 5]! >>> (i & 31)) & 1)).toEqual([0]);
  });

  it('puts the biggest gaps first: none anywhere, then the farthest; a place name once', () => {
    const places: GapPlace[] = [home, far, { ...far, name: 'Farville', kind: 'town' }];
    const rows = placeCoverage(places, placeDistances(places, [north(1)]), fullBitset(1), 10);
    const gaps = biggestGaps(rows, 5);
    // The town and the ZIP code at the same spot say the same: the town is kept.
    expect(gaps.map((r) => r.place.name)).toEqual(['Farville']);
    expect(gaps[0]!.nearestMiles).toBeGreaterThan(60);
  });

  it('counts the places with none of a row and a column within the distance (the matrix)', () => {
    const distances = placeDistances([home, far], [north(2), north(62.2)]);
    const near = placesWithin(distances, 2, 10);
    const first = createBitset(2);
    setBit(first, 0);
    const second = createBitset(2);
    setBit(second, 1);
    expect(gapCount(near, first, fullBitset(2))).toBe(1); // far has nothing within 10 miles
    expect(gapCount(near, second, fullBitset(2))).toBe(1); // the listing 62 miles north is near `far` only
    expect(gapCount(near, first, second)).toBe(2);
  });
});
