/**
 * Reading where a Meeting Guide meeting is (the read step of the importer, import.ts): its
 * point, checked against site.yaml's region (and swapped back when latitude and longitude were
 * swapped), its address split into the listing's parts, and whether the feed says the place is
 * only approximate.
 */
import type { Address } from '#schemas/place.ts';
import type { SiteConfig } from '#schemas/site.ts';
import { addressLine } from '#lib/html/address.ts';
import { inBounds, type LatLng } from '#lib/map/geo.ts';
import type { Change } from '../import-report.ts';
import { isBlank, withoutFormula, type FeedRecord } from './read-fields.ts';
import { removeEmails } from './text.ts';

export interface Place {
  point?: LatLng | undefined;
  /** Why there is no usable point. */
  pointProblem?: string | undefined;
  address?: Address | undefined;
  /** The address as the feed wrote it. */
  addressText?: string | undefined;
  /** The feed says (or its address shows) that the place is only approximate. */
  approximate: boolean;
}

/** A coordinate as a number: numbers, and text holding a number, are read. */
function readCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

/** The record's point and address, and whether they are approximate. */
export function readPlace(record: FeedRecord, site: SiteConfig, changes: Change[]): Place {
  const addressText = addressTextOf(record);
  const address = addressText === undefined ? undefined : inertAddress(parseAddress(addressText), changes);
  const approximateField = record.approximate;
  const approximate =
    approximateField === 'yes' ||
    approximateField === true ||
    // Without the field, an address without a street ("Philadelphia, PA, USA") is only an area.
    (isBlank(approximateField) && address !== undefined && address.street === undefined);
  return { ...readPoint(record, site, changes), address, addressText, approximate };
}

/** The address's words without formula characters at their start (each part is its own cell in a CSV). */
function inertAddress(address: Address | undefined, changes: Change[]): Address | undefined {
  if (!address) return undefined;
  const { street, city, region } = address;
  return {
    ...address,
    ...(street !== undefined && { street: withoutFormula(street, 'street', changes) }),
    city: withoutFormula(city, 'city', changes),
    ...(region !== undefined && { region: withoutFormula(region, 'region', changes) }),
  };
}

function readPoint(record: FeedRecord, site: SiteConfig, changes: Change[]): Pick<Place, 'point' | 'pointProblem'> {
  const { latitude, longitude } = record;
  if (isBlank(latitude) || isBlank(longitude)) return { pointProblem: 'it has no coordinates' };
  const lat = readCoordinate(latitude);
  const lng = readCoordinate(longitude);
  if (lat === undefined || lng === undefined) {
    return {
      pointProblem: `its coordinates (${JSON.stringify(latitude)}, ${JSON.stringify(longitude)}) are not numbers`,
    };
  }
  if (lat === 0 && lng === 0) return { pointProblem: 'its coordinates are 0, 0 (no place was found for it)' };
  const bounds = site.region.bounds;
  if (inBounds(lat, lng, bounds)) return { point: { lat, lng } };
  if (inBounds(lng, lat, bounds)) {
    changes.push({ kind: 'coordinates swapped back', message: `latitude and longitude were swapped; switched back` });
    return { point: { lat: lng, lng: lat } };
  }
  return { pointProblem: `its coordinates (${lat}, ${lng}) are outside ${site.region.name} (site.yaml region.bounds)` };
}

/** The address as one line: formatted_address, or the spec's separate fields joined. */
function addressTextOf(record: FeedRecord): string | undefined {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const formatted = text(record.formatted_address);
  if (formatted) return removeEmails(formatted).text;
  // addressLine leaves out empty parts, so a record without a city still gives its other parts.
  const line = addressLine(
    {
      street: text(record.address),
      city: text(record.city) ?? '',
      region: text(record.state),
      postal_code: text(record.postal_code),
    },
    { country: text(record.country) },
  );
  return line === '' ? undefined : line;
}

const COUNTRY_NAMES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  'united states': 'US',
  'united states of america': 'US',
  canada: 'CA',
  mexico: 'MX',
  méxico: 'MX',
};
const REGION_POSTAL = /^([A-Za-z]{2})\.?(?:\s+([A-Za-z0-9][A-Za-z0-9 -]{1,9}))?$/;
const POSTAL_ONLY = /^\d{5}(?:-\d{4})?$/;

/**
 * A one-line address ("4953 W Addison St, Chicago, IL 60641, USA") as its parts. Anything
 * before the city is the street (a building's name stays with it). Undefined when no city can
 * be told apart from the street, as in "325 Cherry St. Philadelphia, PA 19106".
 */
export function parseAddress(text: string): Address | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  let country: string | undefined;
  let region: string | undefined;
  let postal: string | undefined;
  const last = () => parts[parts.length - 1] ?? '';
  // "… PA 19061 United States": a country written after the postal code without a comma.
  const glued = /^(.*?)\s+(USA|United States)$/i.exec(last());
  if (glued && parts.length > 1) {
    parts[parts.length - 1] = glued[1]!;
    country = 'US';
  } else if (COUNTRY_NAMES[last().toLowerCase()]) {
    country = COUNTRY_NAMES[last().toLowerCase()];
    parts.pop();
  } else if (/^[A-Z]{2}$/.test(last()) && parts.length >= 3 && REGION_POSTAL.test(parts[parts.length - 2]!)) {
    // "…, Costa Mesa, CA 92626, US": a two-letter country after the region.
    country = parts.pop();
  }
  if (POSTAL_ONLY.test(last()) && parts.length >= 2) postal = parts.pop();
  const regionMatch = REGION_POSTAL.exec(last());
  if (regionMatch && parts.length >= 2) {
    region = regionMatch[1]!.toUpperCase();
    postal = regionMatch[2] ?? postal;
    parts.pop();
  }
  const city = parts.pop();
  // A city starting with a house number is a street that lost its comma.
  if (
    city === undefined ||
    /^\d/.test(city) ||
    (region === undefined && postal === undefined && country === undefined)
  ) {
    return undefined;
  }
  const street = parts.length > 0 ? parts.join(', ') : undefined;
  return {
    ...(street !== undefined && { street }),
    city,
    ...(region !== undefined && { region }),
    ...(postal !== undefined && { postal_code: postal }),
    ...(country !== undefined && { country }),
  };
}

/** The address a listing keeps: no street for a private location; the site's country left implicit. */
export function placeAddress(
  address: Address | undefined,
  isPrivate: boolean,
  siteCountry: string,
): Address | undefined {
  if (!address) return undefined;
  const { street, country, ...rest } = address;
  return {
    ...(!isPrivate && street !== undefined && { street }),
    ...rest,
    ...(country !== undefined && country !== siteCountry && { country }),
  };
}
