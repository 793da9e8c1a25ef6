/**
 * The map's pure parts: distances, the approximate areas of private locations, the packed point
 * data, the ZIP and town table, and the finder's distance filter and sort.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexesOf } from '#lib/finder/bitset.ts';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { parseState, runFinder, serializeState } from '#lib/finder/query.ts';
import {
  approximateArea,
  distanceMiles,
  formatMiles,
  milesLabel,
  milesToMeters,
  PRIVATE_AREA_MIN_DISTANCE_M,
  PRIVATE_AREA_RADIUS_M,
} from '#lib/map/geo.ts';
import {
  buildPlaces,
  parseNear,
  parseRadius,
  placeKey,
  resolveNear,
  roundedPoint,
  typedPlace,
} from '#lib/map/places.ts';
import { listingData } from '../../helpers/listing-data.ts';
import { dictionary } from '#i18n/index.ts';

const EN = { ...dictionary('en').finder.distance, locale: 'en-US' };
const ES = { ...dictionary('es').finder.distance, locale: 'es-US' };
const NAMES = { yourLocation: 'your location', chosenPoint: 'the chosen point' };
import { decodePoints, distancesFrom, encodePoints, hasPlace, pointOf, shownPoint } from '#lib/map/points.ts';

const LANSING = { lat: 42.7325, lng: -84.5555 };
const REGION = [
  [42.55, -84.85],
  [42.9, -84.25],
] as const;

describe('distances', () => {
  it('matches known great-circle distances', () => {
    // One degree of latitude is about 69.05 miles; Lansing to Detroit's centre about 79 miles.
    expect(distanceMiles({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(69.09, 1);
    expect(distanceMiles(LANSING, { lat: 42.3314, lng: -83.0458 })).toBeGreaterThan(76);
    expect(distanceMiles(LANSING, { lat: 42.3314, lng: -83.0458 })).toBeLessThan(82);
    expect(distanceMiles(LANSING, LANSING)).toBe(0);
  });
  it('is symmetric and obeys the triangle inequality (property)', () => {
    const point = fc.record({
      lat: fc.double({ min: 42.55, max: 42.9, noNaN: true }),
      lng: fc.double({ min: -84.85, max: -84.25, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceMiles(a, b)).toBeCloseTo(distanceMiles(b, a), 9);
        expect(distanceMiles(a, c)).toBeLessThanOrEqual(distanceMiles(a, b) + distanceMiles(b, c) + 1e-9);
      }),
    );
  });
  it('reads as people say it', () => {
    expect(formatMiles(0.04, EN)).toBe('under 0.1 mi');
    expect(formatMiles(1.26, EN)).toBe('1.3 mi');
    expect(formatMiles(12.4, EN)).toBe('12 mi');
    expect(milesLabel(1, EN)).toBe('1 mile');
    expect(milesLabel(5, EN)).toBe('5 miles');
    expect(milesToMeters(1)).toBeCloseTo(1609.344);
  });
  it('reads in Spanish on Spanish pages', () => {
    expect(formatMiles(0.04, ES)).toBe('menos de 0.1 mi');
    expect(formatMiles(3, ES)).toBe('3.0 mi');
    expect(milesLabel(1, ES)).toBe('1 milla');
    expect(milesLabel(10, ES)).toBe('10 millas');
  });
});

describe('approximate areas of private locations', () => {
  const metresBetween = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
    milesToMeters(distanceMiles(a, b));
  // Anywhere people live, and points near a cell's middle, where the old centre sat on the home.
  const anywhere = fc.record({
    lat: fc.double({ min: -70, max: 70, noNaN: true }),
    lng: fc.double({ min: -179.9, max: 179.9, noNaN: true }),
  });
  const nearCellMiddle = fc
    .record({ row: fc.integer({ min: -14000, max: 14000 }), col: fc.integer({ min: -20000, max: 20000 }) })
    .map(({ row, col }) => {
      const lat = (row + 0.5) * 0.005;
      return { lat, lng: ((col + 0.5) * 0.005) / Math.cos((lat * Math.PI) / 180) };
    })
    .filter((p) => Math.abs(p.lng) < 180);

  it('is never within 250 m of the point, always holds it in its circle, and is the same every time (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anywhere, nearCellMiddle), (p) => {
        const area = approximateArea(p);
        const metres = metresBetween(p, area);
        expect(metres).toBeGreaterThanOrEqual(PRIVATE_AREA_MIN_DISTANCE_M);
        expect(metres).toBeLessThan(area.radiusMeters);
        expect(approximateArea(p)).toEqual(area);
      }),
      { numRuns: 20_000 },
    );
  });
  it('keeps a home in the middle of its cell 250 m or more from the centre shown (the 74 m case)', () => {
    // The centre of this home's cell is (42.7325, -84.554091), 74 m south of it: the old centre.
    const home = { lat: 42.733166, lng: -84.554091 };
    expect(metresBetween(home, approximateArea(home))).toBeGreaterThanOrEqual(250);
  });
  it('gives every point in a cell the same centre, so the offset cannot be undone', () => {
    const a = approximateArea({ lat: 42.7301, lng: -84.5521 });
    const b = approximateArea({ lat: 42.7349, lng: -84.5549 });
    expect(a).toEqual(b);
    expect(a.radiusMeters).toBe(PRIVATE_AREA_RADIUS_M);
  });
  it('does not move the centre along the line from the point: cells pick their neighbour apart', () => {
    // Over a block of cells, the centre lies in each of the four directions.
    const directions = new Set<string>();
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 6; col++) {
        const p = { lat: 42.7 + row * 0.005 + 0.001, lng: -84.6 + col * 0.007 + 0.001 };
        const a = approximateArea(p);
        directions.add(
          Math.abs(a.lat - p.lat) > Math.abs(a.lng - p.lng) * 0.7
            ? a.lat > p.lat
              ? 'N'
              : 'S'
            : a.lng > p.lng
              ? 'E'
              : 'W',
        );
      }
    }
    expect(directions).toEqual(new Set(['N', 'E', 'S', 'W']));
  });
});

describe('packed points', () => {
  const listings = [
    { attendance: 'in-person', geo: { lat: 42.7325, lng: -84.5555 } },
    { attendance: 'online' },
    { attendance: 'hybrid', geo: { lat: 42.6, lng: -84.3 } },
    { attendance: 'in-person', geo: { lat: 42.7411, lng: -84.5012 }, location_private: true },
    { attendance: 'phone', geo: { lat: 42.7, lng: -84.5 } },
  ];
  const json = encodePoints(listings, REGION);
  const points = decodePoints(JSON.parse(JSON.stringify(json)), listings.length);

  it('keeps places to within a metre, and none for online and phone listings', () => {
    expect(indexesOf(points.placed)).toEqual([0, 2, 3]);
    expect(distanceMiles(pointOf(points, 0)!, listings[0]!.geo!) * 1609.344).toBeLessThan(1);
    expect(distanceMiles(pointOf(points, 2)!, listings[2]!.geo!) * 1609.344).toBeLessThan(1);
    expect(pointOf(points, 1)).toBeUndefined();
    expect(pointOf(points, 4)).toBeUndefined();
    expect(hasPlace(listings[4]!)).toBe(false);
  });
  it('holds only the area centre of a private location, flagged as an area', () => {
    expect(indexesOf(points.areas)).toEqual([3]);
    const area = approximateArea(listings[3]!.geo!);
    expect(shownPoint(listings[3] as Parameters<typeof shownPoint>[0])).toEqual({ lat: area.lat, lng: area.lng });
    expect(distanceMiles(pointOf(points, 3)!, area) * 1609.344).toBeLessThan(1);
    expect(json.areaRadius).toBe(PRIVATE_AREA_RADIUS_M);
  });
  it('costs 4 bytes a listing', () => {
    expect(atob(json.coords)).toHaveLength(listings.length * 4);
  });
  it('measures distances from a place, NaN where there is none', () => {
    const miles = distancesFrom(points, LANSING);
    expect(miles[0]).toBeCloseTo(0, 2);
    expect(Number.isNaN(miles[1]!)).toBe(true);
    expect(miles[2]).toBeCloseTo(distanceMiles(LANSING, listings[2]!.geo!), 2);
  });
});

describe('places to search near', () => {
  const codes = [
    { zip: '48912', latitude: 42.737, longitude: -84.525, city: 'Lansing' },
    { zip: '48933', latitude: 42.733, longitude: -84.556, city: 'Lansing' },
    { zip: '48864', latitude: 42.706, longitude: -84.41, city: 'Okemos' },
    { zip: '48201', latitude: 42.346, longitude: -83.06, city: 'Detroit' },
  ];
  const towns = [
    { city: 'Okemos', point: { lat: 42.7, lng: -84.4 } },
    { city: 'Delta Township', point: { lat: 42.75, lng: -84.65 } },
    { city: 'Delta Township', point: { lat: 42.77, lng: -84.67 } },
  ];
  const places = buildPlaces(codes, towns, REGION);

  it('keeps only the region, and centres towns on their ZIP codes and listings', () => {
    expect(places.zips.map(([zip]) => zip)).toEqual(['48864', '48912', '48933']);
    expect(places.towns.map(([name]) => name)).toEqual(['Delta Township', 'Lansing', 'Okemos']);
    expect(places.towns.find(([name]) => name === 'Lansing')).toEqual(['Lansing', 42.735, -84.5405]);
    expect(places.towns.find(([name]) => name === 'Okemos')).toEqual(['Okemos', 42.703, -84.405]);
    expect(places.towns.find(([name]) => name === 'Delta Township')).toEqual(['Delta Township', 42.76, -84.66]);
  });
  it('is not pulled away from a town by a post office box ZIP code filed miles off', () => {
    // Okemos's real postal rows: 48805 (post office boxes) sits 8 miles south of the town.
    const okemos = [
      { zip: '48805', latitude: 42.5992, longitude: -84.372, city: 'Okemos' },
      { zip: '48864', latitude: 42.7053, longitude: -84.4187, city: 'Okemos' },
    ];
    const listed = [
      { lat: 42.7227, lng: -84.4256 },
      { lat: 42.7268, lng: -84.4193 },
      { lat: 42.7148, lng: -84.4276 },
    ].map((point) => ({ city: 'Okemos', point }));
    const [, lat, lng] = buildPlaces(okemos, listed, REGION).towns[0]!;
    const town = { lat, lng };
    expect(distanceMiles(town, { lat: 42.7227, lng: -84.4256 })).toBeLessThan(1);
    expect(distanceMiles(town, { lat: 42.5992, lng: -84.372 })).toBeGreaterThan(7);
  });
  it.each([
    ['48912', { kind: 'zip', zip: '48912' }],
    ['48912-1234', { kind: 'zip', zip: '48912' }],
    ['K1A 0B1', { kind: 'zip', zip: 'K1A' }],
    ['42.733,-84.555', { kind: 'point', lat: 42.733, lng: -84.555 }],
    [' 42.7 , -84.5 ', { kind: 'point', lat: 42.7, lng: -84.5 }],
    ['east lansing', { kind: 'town', name: 'east lansing' }],
    ['me', { kind: 'device' }],
    [' Me ', { kind: 'device' }],
    ['', undefined],
    ['95,200', undefined],
  ])('reads near=%j', (value, expected) => {
    expect(parseNear(value)).toEqual(expected);
  });
  it('finds ZIP codes and towns however they are written', () => {
    expect(resolveNear(parseNear('48912')!, places, undefined, NAMES)).toEqual({
      label: '48912',
      lat: 42.737,
      lng: -84.525,
    });
    expect(resolveNear(parseNear('OKEMOS, MI')!, places, undefined, NAMES)?.label).toBe('Okemos');
    expect(resolveNear(parseNear('delta  township')!, places, undefined, NAMES)?.label).toBe('Delta Township');
    expect(resolveNear(parseNear('48201')!, places, undefined, NAMES)).toBeUndefined();
    expect(resolveNear(parseNear('Springfield')!, places, undefined, NAMES)).toBeUndefined();
    expect(resolveNear(parseNear('42.7,-84.5')!, undefined, undefined, NAMES)).toMatchObject({ lat: 42.7, lng: -84.5 });
    expect(placeKey("St. John's")).toBe('st johns');
  });
  it('answers near=me only with a position held in memory', () => {
    expect(typedPlace('me')).toBe('');
    expect(typedPlace('Okemos')).toBe('Okemos');
    expect(resolveNear(parseNear('me')!, places, undefined, NAMES)).toBeUndefined();
    expect(resolveNear(parseNear('me')!, places, { lat: 42.7, lng: -84.5 }, NAMES)).toEqual({
      lat: 42.7,
      lng: -84.5,
      label: 'your location',
    });
  });
  it('names the unnamed places in the page’s language', () => {
    const near = dictionary('es').finder.near;
    expect(resolveNear(parseNear('me')!, places, { lat: 42.7, lng: -84.5 }, near)?.label).toBe('su ubicación');
    expect(resolveNear(parseNear('42.7,-84.5')!, undefined, undefined, near)?.label).toBe('el punto elegido');
  });
  it('rounds a device position to about 100 m and accepts only the offered radii', () => {
    expect(roundedPoint(42.733_456, -84.555_544)).toEqual({ lat: 42.733, lng: -84.556 });
    expect(parseRadius('5')).toBe(5);
    expect(parseRadius('3')).toBeUndefined();
    expect(parseRadius(null)).toBeUndefined();
  });
});

describe('the finder with a place', () => {
  const base = listingData;
  // In name order, as the index keeps them.
  const listings = [
    { slug: 'a-far', data: base({ geo: { lat: 42.85, lng: -84.3 } }) },
    { slug: 'b-near', data: base({ geo: { lat: 42.734, lng: -84.556 } }) },
    { slug: 'c-online', data: base({ attendance: 'online' }) },
    { slug: 'd-middle', data: base({ geo: { lat: 42.76, lng: -84.5 }, category: 'dental' }) },
  ];
  const index = decodeFacetIndex(
    buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data)) as Parameters<typeof buildFacetIndex>[1]),
  );
  const points = decodePoints(
    encodePoints(
      listings.map((l) => l.data),
      REGION,
    ),
    listings.length,
  );
  const distances = distancesFrom(points, LANSING);
  const slugs = (order: number[]) => order.map((i) => listings[i]!.slug);

  it('sorts nearest first with "best match", online listings last', () => {
    expect(slugs(runFinder(index, parseState('?near=42.7325,-84.5555'), undefined, distances).order)).toEqual([
      'b-near',
      'd-middle',
      'a-far',
      'c-online',
    ]);
  });
  it('keeps name order when asked, and relevance when words are searched', () => {
    const state = parseState('?near=42.7325,-84.5555&sort=name');
    expect(slugs(runFinder(index, state, undefined, distances).order)).toEqual([
      'a-far',
      'b-near',
      'c-online',
      'd-middle',
    ]);
    expect(slugs(runFinder(index, parseState('?q=x&near=1,1'), [2, 0], distances).order)).toEqual([
      'c-online',
      'a-far',
    ]);
  });
  it('limits to a radius, facet counts included; listings without a place drop out', () => {
    const result = runFinder(index, parseState('?near=42.7325,-84.5555&radius=5'), undefined, distances);
    expect(slugs(result.order)).toEqual(['b-near', 'd-middle']);
    expect(result.count).toBe(2);
    expect(result.counts.category.get('dental')).toBe(1);
    expect(result.counts.category.get('food')).toBe(1);
  });
  it('writes view, near and radius into the URL and reads them back', () => {
    const search = '?category=food&view=map&near=48912&radius=2';
    const state = parseState(search);
    expect(state).toMatchObject({ view: 'map', near: '48912', radius: 2, extra: [] });
    expect(serializeState(state)).toBe(search);
    // The map page opens on the map, so there `view=map` goes without saying.
    expect(serializeState(parseState('?near=48912', undefined, 'map'), 'map')).toBe('?near=48912');
    expect(serializeState(parseState('?view=list', undefined, 'map'), 'map')).toBe('?view=list');
    // A radius without a place means nothing and is dropped.
    expect(serializeState(parseState('?radius=5'))).toBe('');
  });
});
