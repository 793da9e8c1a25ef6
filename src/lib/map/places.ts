/**
 * "Near a ZIP code or town", answered on the device. The build writes a small table of the ZIP
 * codes and towns inside the region (/find/places.json, from the `zipcodes` package plus the
 * towns named in listings); the finder looks up what a person types in it, so the words never
 * leave the phone. The `near` URL parameter holds a ZIP code, a town, "lat,lng", or "me" for the
 * device's position, which stays in memory and never enters the address.
 */
import { inBounds, type Bounds, type LatLng } from './geo.ts';

/** /find/places.json: [name, lat, lng] rows, ZIP codes and towns, sorted by name. */
export interface PlacesJson {
  version: 1;
  zips: [string, number, number][];
  towns: [string, number, number][];
}

/** One ZIP (or Canadian postal area) with its centre, as the `zipcodes` package gives it. */
export interface PostalCode {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
}

/** A town named in a listing's address, with a point that is not a private location. */
export interface TownPoint {
  city: string;
  point: LatLng;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The middle value: half the values are at most it, half at least (the mean of the two middle ones). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A town's point: the median latitude and longitude of what is known to be in it. A mean would
 * be pulled miles away by one odd point: a post-office-box ZIP code is filed at its post office
 * or a made-up centre (Okemos's 48805 sits 8 miles south of the town), which put "near Okemos"
 * in the fields between Okemos and Mason.
 */
function middle(points: readonly LatLng[]): [number, number] {
  return [round4(median(points.map((p) => p.lat))), round4(median(points.map((p) => p.lng)))];
}

/**
 * The table for a region: every postal code whose centre is inside the bounds, and every town at
 * the middle (see `middle`) of its postal codes' centres and its listings' public points, so a
 * town only the listings name is found too.
 */
export function buildPlaces(codes: Iterable<PostalCode>, towns: readonly TownPoint[], bounds: Bounds): PlacesJson {
  const zips: [string, number, number][] = [];
  const townPoints = new Map<string, { name: string; points: LatLng[] }>();
  const addTown = (name: string, point: LatLng) => {
    const key = placeKey(name);
    const town = townPoints.get(key) ?? { name, points: [] };
    town.points.push(point);
    townPoints.set(key, town);
  };
  for (const code of codes) {
    if (!inBounds(code.latitude, code.longitude, bounds)) continue;
    zips.push([code.zip, round4(code.latitude), round4(code.longitude)]);
    addTown(code.city, { lat: code.latitude, lng: code.longitude });
  }
  for (const town of towns) {
    if (inBounds(town.point.lat, town.point.lng, bounds)) addTown(town.city, town.point);
  }
  const byName = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => a[0].localeCompare(b[0]);
  return {
    version: 1,
    zips: zips.sort(byName),
    towns: [...townPoints.values()].map((t): [string, number, number] => [t.name, ...middle(t.points)]).sort(byName),
  };
}

/** Case, spacing, dots and a trailing state ("Dewitt", "DeWitt, MI", "St. Johns") compare alike. */
export function placeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/,\s*[a-z]{2}$/, '')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `near=me`: the device's position. The position itself is never written into the address (which
 * is kept in history, bookmarked and shared); the finder holds it in memory only.
 */
export const NEAR_ME = 'me';

/** What the place box shows for a `near` value: what was typed, and nothing for `near=me`. */
export function typedPlace(near: string): string {
  return parseNear(near)?.kind === 'device' ? '' : near;
}

/** What a `near` value asks for, before any table is needed. */
export type NearQuery =
  | { kind: 'point'; lat: number; lng: number }
  | { kind: 'zip'; zip: string }
  | { kind: 'town'; name: string }
  | { kind: 'device' };

const POINT_RE = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** Reads a `near` value: "me", "42.73,-84.55", a ZIP ("48912", "48912-1234") or a town name. */
export function parseNear(value: string | null | undefined): NearQuery | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  if (text.toLowerCase() === NEAR_ME) return { kind: 'device' };
  const point = POINT_RE.exec(text);
  if (point) {
    const lat = Number(point[1]);
    const lng = Number(point[2]);
    return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { kind: 'point', lat, lng } : undefined;
  }
  const zip = /^(\d{5})(?:-\d{4})?$/.exec(text);
  if (zip) return { kind: 'zip', zip: zip[1]! };
  // Canadian postal codes: the table keys them by their first three characters (the area).
  const postal = /^([a-z]\d[a-z])\s*(?:\d[a-z]\d)?$/i.exec(text);
  if (postal) return { kind: 'zip', zip: postal[1]!.toUpperCase() };
  return { kind: 'town', name: text };
}

/** A resolved place to measure distances from. */
export interface NearPlace extends LatLng {
  /** How to name it in a sentence: "48912", "East Lansing", "this point", "your location". */
  label: string;
}

/** What the page calls the places that have no name of their own, in its language. */
export interface UnnamedPlaces {
  /** "your location" */
  yourLocation: string;
  /** "the chosen point" */
  chosenPoint: string;
}

/**
 * Finds what a `near` query means in the table, or for `near=me` the device's position held in
 * memory; undefined when the table does not have it or the position is not known (yet). ZIP codes
 * and towns are named as the table names them; the others by `names`.
 */
export function resolveNear(
  query: NearQuery,
  places: PlacesJson | undefined,
  device: LatLng | undefined,
  names: UnnamedPlaces,
): NearPlace | undefined {
  if (query.kind === 'device') return device && { lat: device.lat, lng: device.lng, label: names.yourLocation };
  if (query.kind === 'point') return { lat: query.lat, lng: query.lng, label: names.chosenPoint };
  if (!places) return undefined;
  if (query.kind === 'zip') {
    const row = places.zips.find(([zip]) => zip === query.zip);
    return row && { label: row[0], lat: row[1], lng: row[2] };
  }
  const key = placeKey(query.name);
  const row = places.towns.find(([name]) => placeKey(name) === key);
  return row && { label: row[0], lat: row[1], lng: row[2] };
}

/** A position from the browser, rounded to about 100 m: close enough for distances, and all the page keeps. */
export function roundedPoint(lat: number, lng: number): LatLng {
  const round3 = (x: number) => Math.round(x * 1e3) / 1e3;
  return { lat: round3(lat), lng: round3(lng) };
}

/** The distances the radius filter offers, in miles. */
export const RADIUS_MILES = [1, 2, 5, 10, 25] as const;

/** Reads `radius`; only the offered distances count. */
export function parseRadius(value: string | null | undefined): number | undefined {
  const miles = Number(value);
  return (RADIUS_MILES as readonly number[]).includes(miles) ? miles : undefined;
}
