/**
 * Distances and areas on the map, pure so they are unit-tested and run the same in the build
 * and in the browser. Nothing here sends a position anywhere.
 */

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
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const milesToMeters = (miles: number) => miles * METERS_PER_MILE;

/** "0.4 mi", "3.2 mi", "12 mi": one decimal while it helps. */
export function formatMiles(miles: number): string {
  if (miles < 0.1) return 'under 0.1 mi';
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} mi`;
}

/** A whole distance in words: "1 mile", "5 miles" (the radius choices). */
export const milesLabel = (miles: number) => `${miles} ${miles === 1 ? 'mile' : 'miles'}`;

/** True when a point is inside [[south, west], [north, east]]. */
export function inBounds(lat: number, lng: number, bounds: Bounds): boolean {
  const [[south, west], [north, east]] = bounds;
  return lat >= south && lat <= north && lng >= west && lng <= east;
}

/** Size of the grid cells private locations are snapped to: about 555 m. */
const AREA_CELL_DEGREES = 0.005;

/**
 * Radius of the circle shown for a private location. A cell's corners are at most
 * 555 m × √2 / 2 ≈ 393 m from its centre, so the circle always contains the true point.
 */
export const PRIVATE_AREA_RADIUS_M = 400;

/**
 * The approximate area shown for a `location_private` listing: the centre of the ~555 m grid
 * cell its true point falls in. The offset is deterministic (the same every build, so repeated
 * builds cannot be averaged out) and cannot be undone: every point in the cell gives the same
 * centre, so knowing this code does not reveal where in the cell the home is.
 */
export function approximateArea(point: LatLng): LatLng & { radiusMeters: number } {
  const row = Math.floor(point.lat / AREA_CELL_DEGREES);
  const lat = (row + 0.5) * AREA_CELL_DEGREES;
  // Longitude cells are widened with latitude so the cells stay about square on the ground.
  const lngStep = AREA_CELL_DEGREES / Math.cos(toRadians(lat));
  const lng = (Math.floor(point.lng / lngStep) + 0.5) * lngStep;
  return { lat: round6(lat), lng: round6(lng), radiusMeters: PRIVATE_AREA_RADIUS_M };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
