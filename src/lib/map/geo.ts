/**
 * Distances and areas on the map, pure so they are unit-tested and run the same in the build
 * and in the browser. Nothing here sends a position anywhere.
 */
import { fill, plural, type Plural } from '#i18n/text.ts';
import { formatNumber } from '#i18n/numbers.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

/** [[south, west], [north, east]], as in site.yaml. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

const EARTH_RADIUS_MILES = 3958.7613;
const METERS_PER_MILE = 1609.344;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine; exact enough for "within 5 miles"). */
export function distanceMiles(a: LatLng, b: LatLng): number {
  return distanceWithCosines(a, b, latitudeCosine(a), latitudeCosine(b));
}

/** The cosine of a point's latitude, which `distanceWithCosines` takes worked out beforehand. */
export const latitudeCosine = (point: LatLng) => Math.cos(toRadians(point.lat));

/**
 * `distanceMiles` with each point's `latitudeCosine` given: measuring from many places to many
 * points works each cosine out once, not once per pair, and gets the very same miles.
 */
export function distanceWithCosines(a: LatLng, b: LatLng, cosA: number, cosB: number): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const milesToMeters = (miles: number) => miles * METERS_PER_MILE;

/** The words of distances in one language (the finder dictionary's `distance`), with its locale. */
export interface DistanceWords {
  locale: string;
  /** "{n} mile" / "{n} miles". */
  miles: Plural;
  /** "{n} mi". */
  short: string;
  /** "under {n} mi". */
  under: string;
}

/** "0.4 mi", "3.2 mi", "12 mi": one decimal while it helps, written as the locale writes numbers. */
export function formatMiles(miles: number, words: DistanceWords): string {
  if (miles < 0.1) return fill(words.under, { n: formatNumber(0.1, words.locale, 1) });
  const n = miles < 10 ? formatNumber(miles, words.locale, 1) : formatNumber(Math.round(miles), words.locale, 0);
  return fill(words.short, { n });
}

/** A whole distance in words: "1 mile", "5 miles" (the radius choices). */
export const milesLabel = (miles: number, words: DistanceWords) => plural(words.locale, words.miles, miles);

/** True when a point is inside [[south, west], [north, east]]. */
export function inBounds(lat: number, lng: number, bounds: Bounds): boolean {
  const [[south, west], [north, east]] = bounds;
  return lat >= south && lat <= north && lng >= west && lng <= east;
}

/** Size of the grid cells private locations are snapped to: about 556 m. */
const AREA_CELL_DEGREES = 0.005;
/** A cell's side on the ground: 0.005° of latitude. */
const AREA_CELL_M = milesToMeters((AREA_CELL_DEGREES * Math.PI * EARTH_RADIUS_MILES) / 180);

/**
 * Nearest the shown centre may be to the point in the file. The file is public, so a centre
 * close to the point would give a home away to anyone who reads both.
 */
export const PRIVATE_AREA_MIN_DISTANCE_M = 250;

/**
 * Radius of the circle shown for a private location. The centre is one cell away from the cell
 * holding the point (see approximateArea), so the cell's far corners are √(1.5² + 0.5²) ≈ 1.58
 * cells (≈ 879 m) from it; rounded up with room to spare, the circle always holds the point.
 */
export const PRIVATE_AREA_RADIUS_M = Math.ceil((AREA_CELL_M * Math.hypot(1.5, 0.5)) / 10) * 10 + 10;

/** Up, right, down, left: the cell next door whose centre is shown. */
const NEIGHBOURS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

/**
 * Which neighbour a cell's area is centred on: a fixed scramble of the cell's row and column, so
 * it is the same every build and looks unrelated from one cell to the next.
 */
function neighbourOf(row: number, column: number): (typeof NEIGHBOURS)[number] {
  let hash = Math.imul(row, 0x9e3779b1) ^ Math.imul(column, 0x85ebca77);
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return NEIGHBOURS[(hash >>> 0) % 4]!;
}

/**
 * The approximate area shown for a `location_private` listing: the point's ~556 m grid cell
 * gives the centre of the cell next to it (above, right, below or left, a fixed choice per
 * cell), with a circle of PRIVATE_AREA_RADIUS_M that holds the whole cell.
 *
 * - Same every build: nothing random, so repeated builds cannot be averaged out.
 * - Cannot be undone: every point in the cell gives the same centre, so knowing this code and the
 *   centre tells at most which cell the home is in, never where in it.
 * - Never near the point: the centre is at least half a cell (≈ 278 m) from every point of the
 *   cell, so never within PRIVATE_AREA_MIN_DISTANCE_M of the home. (The plain cell centre, as
 *   before, sat within metres of a home near the middle of its cell.)
 */
export function approximateArea(point: LatLng): LatLng & { radiusMeters: number } {
  const row = Math.floor(point.lat / AREA_CELL_DEGREES);
  const column = Math.floor(point.lng / lngStepOf(row));
  const [up, right] = neighbourOf(row, column);
  const lat = (row + up + 0.5) * AREA_CELL_DEGREES;
  // The cell's own longitude step, so the centre is one cell width away on the ground.
  const lng = (column + right + 0.5) * lngStepOf(row);
  return { lat: round6(lat), lng: round6(lng), radiusMeters: PRIVATE_AREA_RADIUS_M };
}

/** Longitude cells are widened with latitude so the cells stay about square on the ground. */
const lngStepOf = (row: number) => AREA_CELL_DEGREES / Math.cos(toRadians((row + 0.5) * AREA_CELL_DEGREES));

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
