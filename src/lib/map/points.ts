/**
 * The map's point data: one point per listing, in the facet index's order (listing i is bit i
 * there and point i here), packed small because the map fetches it on first view.
 *
 * Each point is two 16-bit numbers, its latitude and longitude as a fraction of the region's
 * bounds (every listing's point is inside them; the validator checks), which is about 0.3 m of
 * precision in a city-sized region: 4 bytes a listing instead of ~50 as GeoJSON. Listings
 * without a place (online, by phone) have no point. Private locations carry only the centre of
 * their approximate area (src/lib/map/geo.ts), never the true point.
 */
import { ATTENDANCE_IDS } from '#taxonomy';
import { createBitset, decodeBitset, encodeBitset, hasBit, setBit, type Bitset } from '#lib/finder/bitset.ts';
import { approximateArea, distanceMiles, PRIVATE_AREA_RADIUS_M, type Bounds, type LatLng } from './geo.ts';

/** The fields of a listing the map reads. */
export interface PointSource {
  attendance: string;
  geo?: LatLng | undefined;
  location_private?: boolean | undefined;
}

/** Ways of taking part that happen at a place; the others (online, by phone) have none on the map. */
export const PLACED_ATTENDANCE: readonly string[] = ['in-person', 'hybrid'];
/** Online and by phone: listings the map counts beside it but cannot plot. */
export const UNPLACED_ATTENDANCE: readonly string[] = ATTENDANCE_IDS.filter((id) => !PLACED_ATTENDANCE.includes(id));

/** A listing has a place on the map when people go there: in person or hybrid, with a point. */
export function hasPlace(listing: PointSource): listing is PointSource & { geo: LatLng } {
  return PLACED_ATTENDANCE.includes(listing.attendance) && listing.geo !== undefined;
}

/** The point the map may show: the true one, or the centre of a private location's area. */
export function shownPoint(listing: PointSource & { geo: LatLng }): LatLng {
  if (!listing.location_private) return listing.geo;
  const { lat, lng } = approximateArea(listing.geo);
  return { lat, lng };
}

/** /find/points.json */
export interface PointsJson {
  version: 1;
  bounds: [[number, number], [number, number]];
  /** Radius in metres of the circle drawn for a private location. */
  areaRadius: number;
  /** Base64 of little-endian uint16 pairs (lat, lng) per listing; zeros where there is no place. */
  coords: string;
  /** Bitset: listing i has a place. */
  placed: string;
  /** Bitset: listing i is a private location, shown as an area. */
  areas: string;
}

const SCALE = 0xffff;

function quantize(value: number, min: number, max: number): number {
  return Math.min(SCALE, Math.max(0, Math.round(((value - min) / (max - min)) * SCALE)));
}

/** Packs the points of listings given in index order. */
export function encodePoints(listings: readonly PointSource[], bounds: Bounds): PointsJson {
  const [[south, west], [north, east]] = bounds;
  const coords = new Uint16Array(listings.length * 2);
  const placed = createBitset(listings.length);
  const areas = createBitset(listings.length);
  listings.forEach((listing, i) => {
    if (!hasPlace(listing)) return;
    const point = shownPoint(listing);
    coords[i * 2] = quantize(point.lat, south, north);
    coords[i * 2 + 1] = quantize(point.lng, west, east);
    setBit(placed, i);
    if (listing.location_private) setBit(areas, i);
  });
  const bytes = new Uint8Array(coords.buffer);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return {
    version: 1,
    bounds: [
      [south, west],
      [north, east],
    ],
    areaRadius: PRIVATE_AREA_RADIUS_M,
    coords: btoa(binary),
    placed: encodeBitset(placed),
    areas: encodeBitset(areas),
  };
}

/** The points decoded for the browser: flat arrays, so 10,000 of them cost little memory. */
export interface Points {
  size: number;
  lat: Float64Array;
  lng: Float64Array;
  placed: Bitset;
  areas: Bitset;
  areaRadius: number;
}

export function decodePoints(json: PointsJson, size: number): Points {
  const [[south, west], [north, east]] = json.bounds;
  const binary = atob(json.coords);
  const lat = new Float64Array(size);
  const lng = new Float64Array(size);
  for (let i = 0; i < size && i * 4 + 3 < binary.length; i++) {
    const qLat = binary.charCodeAt(i * 4) | (binary.charCodeAt(i * 4 + 1) << 8);
    const qLng = binary.charCodeAt(i * 4 + 2) | (binary.charCodeAt(i * 4 + 3) << 8);
    lat[i] = south + (qLat / SCALE) * (north - south);
    lng[i] = west + (qLng / SCALE) * (east - west);
  }
  return {
    size,
    lat,
    lng,
    placed: decodeBitset(json.placed, size),
    areas: decodeBitset(json.areas, size),
    areaRadius: json.areaRadius,
  };
}

/** The point of listing i, or undefined when it has no place. */
export function pointOf(points: Points, i: number): LatLng | undefined {
  return hasBit(points.placed, i) ? { lat: points.lat[i]!, lng: points.lng[i]! } : undefined;
}

/** Miles from `from` to every listing's shown point; NaN for listings without a place. */
export function distancesFrom(points: Points, from: LatLng): Float64Array {
  const out = new Float64Array(points.size).fill(Number.NaN);
  for (let i = 0; i < points.size; i++) {
    if (hasBit(points.placed, i)) out[i] = distanceMiles(from, { lat: points.lat[i]!, lng: points.lng[i]! });
  }
  return out;
}
