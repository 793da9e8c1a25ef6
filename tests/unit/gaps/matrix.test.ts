/**
 * The build's coverage matrix, counted from the finder's own files (facets.json, points.json and
 * the places table) as the browser reads them, on listings placed by hand due north of two places.
 */
import { describe, expect, it } from 'vitest';
import { buildFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { encodePoints } from '#lib/map/points.ts';
import type { GapPlace } from '#lib/gaps/coverage.ts';
import { coverageMatrices, MATRIX_MILES } from '#lib/gaps/matrix.ts';
import { gapPlacesOf } from '#lib/gaps/places.ts';
import { listingData } from '../../helpers/listing-data.ts';

const MILES_PER_DEGREE = (2 * Math.PI * 3958.7613) / 360;
const town: GapPlace = { name: 'Hometown', kind: 'town', lat: 42.5, lng: -84.5 };
const zip: GapPlace = { name: '48999', kind: 'zip', lat: 43.4, lng: -84.5 };
const north = (from: GapPlace, miles: number) => ({ lat: from.lat + miles / MILES_PER_DEGREE, lng: from.lng });
const bounds = [
  [42, -85],
  [44, -84],
] as const;

function inputs() {
  const listings = [
    // Secular housing 3 miles from Hometown only (the ZIP is 62 miles north).
    {
      slug: 'a',
      data: { ...listingData({ category: 'recovery-housing', pathways: ['secular'] }), geo: north(town, 3) },
    },
    // Housing for every pathway, 9.9 miles from the ZIP: counts for secular there too.
    {
      slug: 'b',
      data: { ...listingData({ category: 'recovery-housing', pathways: ['all-pathways'] }), geo: north(zip, 9.9) },
    },
    // Twelve-step food 10.5 miles from Hometown: just outside the distance.
    { slug: 'c', data: { ...listingData({ category: 'food', pathways: ['twelve-step'] }), geo: north(town, 10.5) } },
    // An online twelve-step meeting: it has no place, so it closes no gap.
    {
      slug: 'd',
      data: listingData({ category: 'mutual-aid-meeting', pathways: ['twelve-step'], attendance: 'online' }),
    },
  ];
  const data = listings.map((l) => l.data);
  return {
    index: buildFacetIndex(listings, facetValueOrder(data)),
    points: encodePoints(data, bounds),
    places: [town, zip],
  };
}

describe('the coverage matrix', () => {
  it('counts, per category and pathway, the places with none within ten miles', () => {
    expect(MATRIX_MILES).toBe(10);
    const [byPathway] = coverageMatrices(inputs(), 'category', ['pathway']);
    const cell = (row: string, column: string) =>
      byPathway!.cells[byPathway!.rows.indexOf(row)]![byPathway!.columns.indexOf(column)]!;
    // a covers Hometown, b (all pathways) covers the ZIP: no place without secular housing.
    expect(cell('recovery-housing', 'secular')).toEqual({ gaps: 0, listings: 2 });
    // Only b is twelve-step housing (all pathways), near the ZIP: Hometown has none.
    expect(cell('recovery-housing', 'twelve-step')).toEqual({ gaps: 1, listings: 1 });
    // c is at 10.5 miles: both places are without.
    expect(cell('food', 'twelve-step')).toEqual({ gaps: 2, listings: 1 });
    expect(cell('food', 'secular')).toEqual({ gaps: 2, listings: 0 });
    // The online meeting is a listing, but it places nothing.
    expect(cell('mutual-aid-meeting', 'twelve-step')).toEqual({ gaps: 2, listings: 1 });
  });

  it('keeps one matrix per column facet, in the order asked, over the same rows', () => {
    const matrices = coverageMatrices(inputs(), 'category', ['pathway', 'attendance']);
    expect(matrices.map((m) => m.columnKey)).toEqual(['pathway', 'attendance']);
    expect(matrices[0]!.rows).toEqual(matrices[1]!.rows);
    const online = matrices[1]!.columns.indexOf('online');
    expect(matrices[1]!.cells[matrices[1]!.rows.indexOf('mutual-aid-meeting')]![online]).toEqual({
      gaps: 2,
      listings: 1,
    });
  });
});

describe('the places a gap is measured from', () => {
  it('lists towns first, then ZIP codes, each with its centre', () => {
    const places = gapPlacesOf({
      version: 1,
      zips: [['48999', 43.4, -84.5]],
      towns: [['Hometown', 42.5, -84.5]],
    });
    expect(places).toEqual([town, zip]);
  });
});
