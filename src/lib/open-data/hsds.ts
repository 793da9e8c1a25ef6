/**
 * /exports/hsds/services.json: the published listings as Open Referral HSDS 3.0 `service`
 * objects (valid against the official compiled schema; tests/unit/open-data/hsds-schema.test.ts checks).
 *
 * Ids are UUIDv5: a service's from its slug, a child object's from `<slug>/<kind>/<n>`, a
 * taxonomy term's from `term/<facet>/<id>` (the same term has the same id in every service), so
 * ids stay the same from build to build as long as the slug does.
 *
 * Translations (issue 16) are left out. HSDS 3.0 has no place for a text in another language:
 * every text field (name, description, …) is one string with no language of its own, and
 * `languages` says which languages the service is delivered in, which the export fills from the
 * listing's `languages`, never in which language a text is written. `alternate_name` is one
 * untagged string, so a Spanish name there would reach English readers of other directories as
 * an unmarked "other name"; `language.note` is for interpretation and language services. A
 * consumer that wants the Spanish text reads it from listings.json (`translations`).
 *
 * Privacy: a private location is a physical location without a street (HSDS requires
 * `address_1`, so it is empty) whose coordinates are the centre of its approximate area, never
 * the true point. Online listings get a `virtual` location with the join link.
 */
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import { CATEGORIES, COSTS, SUPPORT_TYPES, pathwayTerms, termOf, type Term } from '#taxonomy';
import type { ListingData } from '#schemas/listing.ts';
import { descriptionOf, listingUrl, publishedListings, type OpenDataListing, type OpenDataSite } from './exports.ts';
import { markdownToPlainText } from './meeting-guide/text.ts';
import { byDay, recurrenceOf } from './ical/times.ts';
import { recurrenceText } from '#lib/time/schedule-text.ts';
import { DATA_WORDS } from './data-words.ts';
import { isWeeklyEntry } from '#lib/time/schedule.ts';
import { hasPlace, shownPoint } from '#lib/map/points.ts';

/** The namespace of every id in the export (fixed: changing it changes every id). */
export const HSDS_NAMESPACE = '6f1d9c3e-8a47-4b52-9e0d-3c2b7a5f4e18';

/** The name of this project's taxonomy in `taxonomy_term.taxonomy`. */
export const HSDS_TAXONOMY = 'recovery-asset-map';

// uuid parses a string namespace (twice) and re-encodes a string name on every call; given bytes
// it only hashes. An export makes several ids for every listing, so this matters in a large build.
const namespaceBytes = parseUuid(HSDS_NAMESPACE);
const utf8 = new TextEncoder();

export const hsdsId = (key: string) => uuidv5(utf8.encode(key), namespaceBytes);

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
}

export interface HsdsAttribute {
  id: string;
  taxonomy_term_id: string;
  link_type: string;
  link_entity: 'service';
  value: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  number: string;
  type?: string;
  description?: string;
}

/**
 * A schedule. HSDS requires only the id: a meeting by appointment has no recurrence or times,
 * only a description saying how it works.
 */
export interface HsdsSchedule {
  id: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  wkst?: 'MO';
  interval?: 1 | 2;
  byday?: string;
  /** The date of one session: where a fortnightly series counts from. */
  dtstart?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  attending_type?: string;
  notes?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  name?: string;
  description?: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  location: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name?: string;
}

export interface HsdsService {
  id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'temporarily closed';
  alert?: string;
  fees_description?: string;
  assured_date: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  attributes: HsdsAttribute[];
}

/** Each taxonomy term once: every service that uses it shares the same (identical) object. */
const terms = new Map<string, HsdsTaxonomyTerm>();

function term(facet: string, t: Term): HsdsTaxonomyTerm {
  const key = `${facet}/${t.id}`;
  let known = terms.get(key);
  if (!known) {
    known = {
      id: hsdsId(`term/${facet}/${t.id}`),
      code: `${facet}:${t.id}`,
      name: t.label,
      description: t.description,
      taxonomy: HSDS_TAXONOMY,
    };
    terms.set(key, known);
  }
  return known;
}

/** The taxonomy terms of a listing: its category, support types and pathways. */
export function listingTerms(data: ListingData): HsdsTaxonomyTerm[] {
  const category = termOf(CATEGORIES, data.category);
  return [
    ...(category ? [term('category', category)] : []),
    ...data.support.flatMap((id) => termOf(SUPPORT_TYPES, id) ?? []).map((t) => term('support', t)),
    ...pathwayTerms(data.pathways).map((t) => term('pathway', t)),
  ];
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

const languageNameCache = new Map<string, string | undefined>();

function languageName(code: string): string | undefined {
  if (languageNameCache.has(code)) return languageNameCache.get(code);
  let name: string | undefined;
  try {
    name = languageNames.of(code) ?? undefined;
  } catch {
    name = undefined;
  }
  languageNameCache.set(code, name);
  return name;
}

/**
 * The schedules: one per block of opening hours and one per meeting time, weekly or not, or the
 * one that says a meeting is by appointment.
 */
export function hsdsSchedules(slug: string, data: ListingData, timezone: string): HsdsSchedule[] {
  const schedules: HsdsSchedule[] = [];
  const note = `Local time (${data.timezone ?? timezone}).`;
  let n = 0;
  for (const block of data.hours ?? []) {
    schedules.push({
      id: hsdsId(`${slug}/schedule/${++n}`),
      freq: 'WEEKLY',
      wkst: 'MO',
      interval: 1,
      byday: block.days.map(byDay).join(','),
      opens_at: block.opens,
      closes_at: block.closes,
      description: 'Opening hours',
      notes: note,
    });
  }
  for (const entry of data.schedule ?? []) {
    const schedule: HsdsSchedule = {
      id: hsdsId(`${slug}/schedule/${++n}`),
      ...recurrenceOf(entry),
      wkst: 'MO',
      ...(entry.every_other_week_from !== undefined && { dtstart: entry.every_other_week_from }),
      opens_at: entry.start,
      description: isWeeklyEntry(entry)
        ? (entry.note ?? 'Weekly meeting or event')
        : [recurrenceText(entry, DATA_WORDS), entry.note].filter(Boolean).join('; '),
      notes: note,
    };
    if (entry.end) schedule.closes_at = entry.end;
    if (data.attendance !== 'in-person') schedule.attending_type = data.attendance;
    schedules.push(schedule);
  }
  if (data.by_appointment && !data.schedule) {
    schedules.push({
      id: hsdsId(`${slug}/schedule/appointment`),
      description: 'By appointment: no set day or time; arrange one with the group.',
      ...(data.attendance !== 'in-person' && { attending_type: data.attendance }),
      notes: note,
    });
  }
  return schedules;
}

/** Where the service is given: a physical place (without a street when private) and/or online. */
export function hsdsLocations(slug: string, data: ListingData, site: OpenDataSite): HsdsServiceAtLocation[] {
  const serviceId = hsdsId(slug);
  const out: HsdsServiceAtLocation[] = [];
  let n = 0;
  const add = (location: Omit<HsdsLocation, 'id'>, description: string) => {
    n++;
    const id = hsdsId(`${slug}/location/${n}`);
    const full: HsdsLocation = { id, ...location };
    if (full.addresses) full.addresses = full.addresses.map((a) => ({ ...a, location_id: id }));
    out.push({
      id: hsdsId(`${slug}/service_at_location/${n}`),
      service_id: serviceId,
      location_id: id,
      description,
      location: full,
    });
  };
  if (hasPlace(data)) {
    const point = shownPoint(data);
    const location: Omit<HsdsLocation, 'id'> = {
      location_type: 'physical',
      name: data.name,
      latitude: point.lat,
      longitude: point.lng,
    };
    if (data.location_private) {
      location.description =
        'Private location: the exact address is withheld; the point is the centre of the approximate area.';
    }
    if (data.address) {
      location.addresses = [
        {
          id: hsdsId(`${slug}/address/${n + 1}`),
          location_id: '',
          address_1: data.location_private ? '' : (data.address.street ?? ''),
          city: data.address.city,
          state_province: data.address.region ?? '',
          postal_code: data.address.postal_code ?? '',
          country: data.address.country ?? site.country,
          address_type: 'physical',
        },
      ];
    }
    add(location, data.location_private ? 'In person (approximate area)' : 'In person');
  }
  if (data.attendance === 'online' || data.attendance === 'hybrid') {
    const location: Omit<HsdsLocation, 'id'> = { location_type: 'virtual', name: `${data.name} (online)` };
    if (data.conference_url) location.url = data.conference_url;
    if (data.conference_notes) location.description = data.conference_notes;
    add(location, 'Online');
  }
  return out;
}

function hsdsPhones(slug: string, data: ListingData): HsdsPhone[] {
  const phones: Omit<HsdsPhone, 'id'>[] = [];
  if (data.phone) phones.push({ number: data.phone, type: 'voice' });
  if (data.sms) phones.push({ number: data.sms, type: 'text' });
  if (data.conference_phone) {
    phones.push({ number: data.conference_phone, type: 'voice', description: 'Join by phone' });
  }
  return phones.map((phone, i) => ({ id: hsdsId(`${slug}/phone/${i + 1}`), ...phone }));
}

/** One listing as an HSDS service. */
export function hsdsService(listing: OpenDataListing, site: OpenDataSite): HsdsService {
  const { slug, data } = listing;
  const id = hsdsId(slug);
  const description = markdownToPlainText(descriptionOf(listing)) || data.summary;
  const service: HsdsService = {
    id,
    name: data.name,
    status: data.status === 'temporarily-closed' ? 'temporarily closed' : 'active',
    assured_date: data.last_verified,
    url: data.website ?? listingUrl(slug, site),
    phones: hsdsPhones(slug, data),
    schedules: hsdsSchedules(slug, data, site.timezone),
    service_at_locations: hsdsLocations(slug, data, site),
    languages: data.languages.map((code, i) => {
      const language: HsdsLanguage = { id: hsdsId(`${slug}/language/${i + 1}`), service_id: id, code };
      const name = languageName(code);
      if (name) language.name = name;
      return language;
    }),
    attributes: listingTerms(data).map((t, i) => ({
      id: hsdsId(`${slug}/attribute/${i + 1}`),
      taxonomy_term_id: t.id,
      link_type: t.code.split(':')[0]!,
      link_entity: 'service',
      value: t.code.split(':')[1]!,
      taxonomy_term: t,
    })),
  };
  if (description) service.description = description;
  if (data.email) service.email = data.email;
  if (data.status === 'temporarily-closed' && data.status_note) service.alert = data.status_note;
  const cost = data.cost ? termOf(COSTS, data.cost) : undefined;
  if (cost) service.fees_description = `${cost.label}: ${cost.description}`;
  return service;
}

/** /exports/hsds/services.json: every published listing, sorted by slug. */
export function hsdsServices(listings: readonly OpenDataListing[], site: OpenDataSite): HsdsService[] {
  return publishedListings(listings).map((listing) => hsdsService(listing, site));
}
