/**
 * The open-data exports built from the validated listings (DESIGN.md "Routes", exports are
 * contract): /exports/listings.json, /exports/listings.geojson, /exports/listings.csv and the
 * Atom feed /feed.xml. The HSDS export is in hsds.ts. All builders are pure and deterministic:
 * listings are sorted by slug (the feed by date, then slug) and nothing reads the clock.
 *
 * Translations (issue 16): listings.json carries each listing's `translations` as written (name,
 * summary and Markdown description by language); the GeoJSON gives a translated name as
 * `name_<code>`; the CSV has a `name_<code>` and a `summary_<code>` column for each of the site's
 * other languages, the text columns it has for the original (it has no description column: a
 * Markdown description of up to 20,000 characters over many lines is what listings.json is for).
 * The HSDS export has no place for them (see hsds.ts).
 *
 * Privacy: a `location_private` listing never gives a street (its file has none; the builders
 * drop one anyway) nor its true point: only the centre of its approximate area (shownPoint),
 * marked approximate, and it is never a GeoJSON point. The listing's `email` is the
 * organization's address and is public, like on its page.
 */
import { isWeeklyEntry } from '#lib/time/schedule.ts';
import { recurrenceText } from '#lib/time/schedule-text.ts';
import { DATA_WORDS } from './data-words.ts';
import { addressLine } from '#lib/html/address.ts';
import { listingUrl } from '#lib/html/links.ts';
import { stringify } from 'csv-stringify/sync';
import type { ListingData } from '#schemas/listing.ts';
import { WEEKDAYS } from '#taxonomy';
import { markdownToPlainText } from './meeting-guide/text.ts';
import { hasPlace, shownPoint } from '#lib/map/points.ts';
import { inertCell } from '#lib/csv/formula.ts';
import { xmlText } from './xml-text.ts';

/** A validated listing with its Markdown description (the body of a .md file, '' for YAML). */
export interface OpenDataListing {
  slug: string;
  data: ListingData;
  body?: string | undefined;
}

/** What the exports need to know about the site. */
export interface OpenDataSite {
  /** Absolute URL of the home page, base path included, ending in "/". */
  url: string;
  /** The site's name (feed title). */
  name: string;
  /** Default time zone (site.yaml). */
  timezone: string;
  /** Default two-letter country code. */
  country: string;
  /**
   * site.yaml `languages`: the first is the language the listings are written in, the others the
   * languages their translations may be in. Defaults to English only.
   */
  languages?: readonly string[] | undefined;
}

/** The languages a listing's text may be translated into: the site's, after the first. */
export function translationLanguages(site: OpenDataSite): string[] {
  return (site.languages ?? ['en']).slice(1);
}

export { listingUrl };

/** Published listings (closed ones are not), sorted by slug. */
export function publishedListings<T extends OpenDataListing>(listings: readonly T[]): T[] {
  return listings
    .filter((l) => l.data.status !== 'closed')
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The Markdown description: the .md body, or the YAML `description` field. */
export function descriptionOf(listing: OpenDataListing): string {
  const body = listing.body?.trim();
  return body ? body : (listing.data.description?.trim() ?? '');
}

/** The point an export may give: none without a place, the area centre for a private location. */
export function exportPoint(data: ListingData): { lat: number; lng: number } | undefined {
  return hasPlace(data) ? shownPoint(data) : undefined;
}

/** The address without a street when the location is private. */
function publicAddress(data: ListingData): ListingData['address'] {
  if (!data.address) return undefined;
  if (!data.location_private) return data.address;
  const rest = { ...data.address };
  delete rest.street;
  return rest;
}

/** One record of /exports/listings.json. */
export type ListingRecord = Omit<ListingData, 'description'> & {
  slug: string;
  description: string;
  url: string;
  location_approximate?: true;
};

/** /exports/listings.json: every published listing, all public fields after defaults. */
export function listingsJson(listings: readonly OpenDataListing[], site: OpenDataSite): ListingRecord[] {
  return publishedListings(listings).map((listing) => {
    const { data, slug } = listing;
    const record: ListingRecord = { slug, ...data, description: descriptionOf(listing), url: listingUrl(slug, site) };
    // The importer's bookkeeping, not the asset's data: a feed's slug may even spell out the
    // street of a place this site shows only as an area.
    delete record.source;
    delete record.address;
    delete record.geo;
    const address = publicAddress(data);
    if (address) record.address = address;
    if (data.geo) {
      if (data.location_private) {
        const point = exportPoint(data);
        if (point) record.geo = point;
        record.location_approximate = true;
      } else {
        record.geo = data.geo;
      }
    }
    return record;
  });
}

/** The address as one line: "street, city, region postal_code" (no street when private). */
export function addressText(data: ListingData): string {
  const address = publicAddress(data);
  return address ? addressLine(address) : '';
}

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    slug: string;
    name: string;
    category: string;
    support: string[];
    pathways: string[];
    attendance: string;
    url: string;
    address: string;
    /** `name_es`: the name in another of the site's languages, when the listing translates it. */
    [translatedName: `name_${string}`]: string;
  };
}

export interface GeoJson {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

/**
 * /exports/listings.geojson: one point per published listing with a public place (in person or
 * hybrid, with a point, not private). Coordinates are [longitude, latitude] (RFC 7946).
 */
export function listingsGeoJson(listings: readonly OpenDataListing[], site: OpenDataSite): GeoJson {
  const features: GeoJsonFeature[] = [];
  const languages = translationLanguages(site);
  for (const { slug, data } of publishedListings(listings)) {
    if (!hasPlace(data) || data.location_private) continue;
    const names = Object.fromEntries(
      languages.flatMap((code) => {
        const name = data.translations?.[code]?.name;
        return name ? [[`name_${code}`, name]] : [];
      }),
    );
    features.push({
      type: 'Feature',
      id: slug,
      geometry: { type: 'Point', coordinates: [data.geo.lng, data.geo.lat] },
      properties: {
        slug,
        name: data.name,
        category: data.category,
        support: [...data.support],
        pathways: [...(data.pathways ?? [])],
        attendance: data.attendance,
        url: listingUrl(slug, site),
        address: addressText(data),
        ...names,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** "Mon", "Tue", … */
const DAY_SHORT: Record<string, string> = Object.fromEntries(WEEKDAYS.map((d) => [d.id, d.description]));

/** Opening hours as compact text: "Mon Tue 09:00-17:00 | Sat 10:00-14:00". */
export function hoursText(hours: ListingData['hours']): string {
  return (hours ?? [])
    .map((block) => `${block.days.map((d) => DAY_SHORT[d] ?? d).join(' ')} ${block.opens}-${block.closes}`)
    .join(' | ');
}

/**
 * A schedule as compact text: "Mon 19:00-20:00 | Thu 12:00 (Speaker)", with how a session that
 * skips weeks repeats: "Sat 08:00-13:00 (2nd Saturday of the month)".
 */
export function scheduleText(schedule: ListingData['schedule']): string {
  return (schedule ?? [])
    .map((entry) => {
      const time = entry.end ? `${entry.start}-${entry.end}` : entry.start;
      const notes = [
        isWeeklyEntry(entry) ? undefined : recurrenceText(entry, DATA_WORDS, { anchor: true }),
        entry.note,
      ];
      const said = notes.filter(Boolean).join('; ');
      return `${DAY_SHORT[entry.day] ?? entry.day} ${time}${said ? ` (${said})` : ''}`;
    })
    .join(' | ');
}

/** The CSV columns, in order (contract), for a site built in one language; see csvColumns. */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'category',
  'support',
  'pathways',
  'summary',
  'attendance',
  'street',
  'city',
  'region',
  'postal_code',
  'lat',
  'lng',
  'location_private',
  'phone',
  'sms',
  'email',
  'website',
  'conference_url',
  'conference_phone',
  'hours',
  'schedule',
  'timezone',
  'fellowship',
  'meeting_types',
  'populations',
  'languages',
  'cost',
  'accessibility',
  'features',
  'status',
  'last_verified',
  'verified_how',
  'url',
] as const;

/** The CSV columns of one more language: appended after `url`, so the columns before keep their place. */
const translatedColumns = (code: string) => [`name_${code}`, `summary_${code}`] as const;

/** Every CSV column, in order: CSV_COLUMNS, then `name_<code>` and `summary_<code>` for each other language. */
export function csvColumns(site: OpenDataSite): string[] {
  return [...CSV_COLUMNS, ...translationLanguages(site).flatMap(translatedColumns)];
}

const join = (values: readonly string[] | undefined) => (values ?? []).join(';');

/** The CSV row of one listing, keyed by column (csvColumns). */
export function csvRow(
  listing: OpenDataListing,
  site: OpenDataSite,
): Record<(typeof CSV_COLUMNS)[number], string> & Record<string, string> {
  const { slug, data } = listing;
  const point = exportPoint(data);
  // An untranslated field is an empty cell: the original is in its own column.
  const translated = Object.fromEntries(
    translationLanguages(site).flatMap((code) => {
      const [name, summary] = translatedColumns(code);
      const own = data.translations?.[code];
      return [
        [name, own?.name ?? ''],
        [summary, own?.summary ?? ''],
      ];
    }),
  );
  return {
    slug,
    name: data.name,
    category: data.category,
    support: join(data.support),
    pathways: join(data.pathways),
    summary: data.summary ?? '',
    attendance: data.attendance,
    street: data.location_private ? '' : (data.address?.street ?? ''),
    city: data.address?.city ?? '',
    region: data.address?.region ?? '',
    postal_code: data.address?.postal_code ?? '',
    lat: point ? String(point.lat) : '',
    lng: point ? String(point.lng) : '',
    location_private: data.location_private ? 'true' : 'false',
    phone: data.phone ?? '',
    sms: data.sms ?? '',
    email: data.email ?? '',
    website: data.website ?? '',
    conference_url: data.conference_url ?? '',
    conference_phone: data.conference_phone ?? '',
    hours: hoursText(data.hours),
    schedule: scheduleText(data.schedule),
    timezone: data.timezone ?? site.timezone,
    fellowship: data.fellowship ?? '',
    meeting_types: join(data.meeting_types),
    populations: join(data.populations),
    languages: join(data.languages),
    cost: data.cost ?? '',
    accessibility: join(data.accessibility),
    features: join(data.features),
    status: data.status,
    last_verified: data.last_verified,
    verified_how: data.verified_how ?? '',
    url: listingUrl(slug, site),
    ...translated,
  };
}

/** The CSV columns that hold numbers: written as they are (a longitude begins with "-"). */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['lat', 'lng']);

/**
 * /exports/listings.csv: a header row, then one RFC 4180 row per published listing. Safe to open
 * in a spreadsheet: a text cell a spreadsheet would run as a formula starts with "'" (csv/formula.ts),
 * and a cell holding a line break of any kind is quoted (csv-stringify quotes only the record
 * delimiter, CRLF, by itself, so a bare LF in a name would otherwise end the row).
 */
export function listingsCsv(listings: readonly OpenDataListing[], site: OpenDataSite): string {
  const columns = csvColumns(site);
  const rows = publishedListings(listings).map((listing) => {
    const row: Record<string, string> = csvRow(listing, site);
    for (const column of columns) if (!NUMBER_COLUMNS.has(column)) row[column] = inertCell(row[column] ?? '');
    return row;
  });
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
  });
}

/** How many entries /feed.xml holds. */
export const FEED_SIZE = 50;

/** A date as an Atom timestamp at midnight UTC. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The text of a feed entry: the summary, or the start of the description. */
function entrySummary(listing: OpenDataListing): string {
  if (listing.data.summary) return listing.data.summary;
  const text = markdownToPlainText(descriptionOf(listing)).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299).trimEnd()}…` : text;
}

/**
 * /feed.xml: an Atom feed (RFC 4287) of the listings added or re-verified most recently, newest
 * first. `updated` is the newest `last_verified`, so the same data gives the same file.
 */
export function atomFeed(listings: readonly OpenDataListing[], site: OpenDataSite): string {
  const recent = publishedListings(listings)
    .sort((a, b) =>
      a.data.last_verified < b.data.last_verified ? 1 : a.data.last_verified > b.data.last_verified ? -1 : 0,
    )
    .slice(0, FEED_SIZE);
  const updated = recent[0]?.data.last_verified ?? '1970-01-01';
  const self = new URL('feed.xml', site.url).href;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(self)}</id>`,
    `  <title>${xmlText(`${site.name}: new and re-verified listings`)}</title>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(site.url)}"/>`,
    `  <author><name>${xmlText(site.name)}</name></author>`,
  ];
  for (const listing of recent) {
    const url = listingUrl(listing.slug, site);
    lines.push(
      '  <entry>',
      `    <id>${xmlText(url)}</id>`,
      `    <title>${xmlText(listing.data.name)}</title>`,
      `    <updated>${atomDate(listing.data.last_verified)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `    <summary>${xmlText(entrySummary(listing))}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
