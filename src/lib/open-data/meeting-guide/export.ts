/**
 * /exports/meetings.json: the site's meetings as a Meeting Guide feed (the Code for Recovery
 * spec, `@code4recovery/spec`), so the Meeting Guide app, TSML UI and other area websites can
 * list them. One feed record per weekly session: Meeting Guide has one day and time per record.
 *
 * Privacy: a private location gives only its approximate area (the centre the map shows, marked
 * `approximate: "yes"`) and no street; e-mail addresses never leave, neither the listing's `email`
 * nor any address written in its description.
 *
 * Online meetings get an approximate place too: the listing's city, else the site's region, with
 * `approximate: "yes"` and no street or point. The spec asks for one ("a point of origin",
 * which also implies the time zone), and Meeting Guide clients drop a meeting without any address
 * (TSML UI logs "no address information"); `approximate` tells them nobody should go there.
 */
import { addressLine } from '#lib/html/address.ts';
import { listingUrl } from '#lib/html/links.ts';
import type { ListingData } from '#schemas/listing.ts';
import { WEEKDAYS, labelOf, type Weekday } from '#taxonomy';
import { isWeeklyEntry } from '#lib/time/schedule.ts';
import { recurrenceText } from '#lib/time/schedule-text.ts';
import { DATA_WORDS } from '../data-words.ts';
import { hasPlace, shownPoint } from '#lib/map/points.ts';
import { codesFromListing, joinsRemotely } from './codes.ts';
import { markdownToPlainText, removeEmails } from './text.ts';

/** A published listing, as the export reads it. */
export interface ExportListing {
  slug: string;
  data: ListingData;
  /** The Markdown description. */
  body?: string | undefined;
}

/** What the export needs to know about the site. */
export interface ExportSite {
  /** Default IANA time zone (site.yaml). */
  timezone: string;
  /** Default two-letter country code of addresses (site.yaml region.country). */
  country: string;
  /** Absolute URL of the site's home page, base path included, ending in "/". */
  url: string;
  /** The area the site covers (site.yaml region.name): where an online meeting with no city is. */
  area: string;
}

/** One meeting of a Meeting Guide feed, as the spec's README describes it. */
export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  /** 0 = Sunday … 6 = Saturday; left out, with `time`, for a meeting by appointment. */
  day?: number;
  time?: string;
  end_time?: string;
  timezone: string;
  types: string[];
  formatted_address?: string;
  latitude?: number;
  longitude?: number;
  approximate?: 'yes' | 'no';
  regions?: string[];
  attendance_option: 'in_person' | 'hybrid' | 'online';
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  notes?: string;
  /** "YYYY-MM-DD HH:MM:SS". */
  updated: string;
  url: string;
}

/** Meeting Guide numbers the days from Sunday. */
export const MEETING_GUIDE_DAY: Readonly<Record<Weekday, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Only mutual aid meetings go in the feed: Meeting Guide apps show every record as a recovery
 * meeting, and a food pantry's weekly hours or a sober social night would read as one. Listings
 * that meet on set dates (`event_dates`) are left out too (the spec is for weekly meetings), and
 * so are temporarily closed ones, which do not meet until they reopen. A meeting by appointment
 * is in, without a day and time, as the spec allows (TSML UI lists it under "Appointment").
 */
function inMeetingGuideFeed(listing: ExportListing): boolean {
  const { data } = listing;
  return (
    data.category === 'mutual-aid-meeting' &&
    data.status === 'active' &&
    (data.schedule !== undefined || data.by_appointment === true) &&
    data.event_dates === undefined
  );
}

/**
 * What the feed leaves out that a reader might look for: one line per session of an active mutual
 * aid meeting that is not weekly (a monthly or fortnightly session, or one on set dates). The
 * spec's records have a weekday and a time and nothing else, so Meeting Guide apps would show such
 * a session every week; the build says which ones it left out instead.
 */
export function meetingGuideLeftOut(listings: readonly ExportListing[]): string[] {
  const lines: string[] = [];
  for (const { slug, data } of listings) {
    if (data.category !== 'mutual-aid-meeting' || data.status !== 'active') continue;
    if (!data.schedule) {
      if (!data.by_appointment) {
        lines.push(
          `${slug}: has no schedule, so it is not in meetings.json; add its weekly times, or by_appointment: true if people arrange a time with the group`,
        );
      }
      continue;
    }
    for (const entry of data.schedule) {
      if (data.event_dates === undefined && isWeeklyEntry(entry)) continue;
      const when = data.event_dates
        ? `on set dates, ${data.event_dates.join(', ')}`
        : recurrenceText(entry, DATA_WORDS);
      lines.push(
        `${slug}: ${labelOf(WEEKDAYS, entry.day)} ${entry.start} (${when}) is not in meetings.json; the Meeting Guide format has weekly meetings only`,
      );
    }
  }
  return lines;
}

/**
 * The Meeting Guide feed of the published listings: one record per weekly session of every
 * active mutual aid meeting, sorted by day, time, name and slug so the file is the same each
 * build.
 */
export function meetingGuideFeed(listings: readonly ExportListing[], site: ExportSite): MeetingGuideMeeting[] {
  const records = listings
    .filter(inMeetingGuideFeed)
    .flatMap((listing) => meetingRecords(listing, site))
    .sort(compareMeetings);
  // Slugs are the feed's keys (apps keep favourites by them). A session's derived slug can meet
  // another's, e.g. the same day and time listed twice; later ones are numbered.
  const seen = new Set<string>();
  for (const record of records) {
    const base = record.slug;
    for (let n = 2; seen.has(record.slug); n++) record.slug = `${base}-${n}`;
    seen.add(record.slug);
  }
  return records;
}

/**
 * The records of one listing: one per schedule entry. A listing that meets once a week keeps its
 * own slug; each session of one that meets more often is `<slug>-<day>-<hhmm>`, stable as long
 * as the session is.
 */
function meetingRecords(listing: ExportListing, site: ExportSite): MeetingGuideMeeting[] {
  const { data, slug } = listing;
  const schedule = data.schedule ?? [];
  const shared = sharedFields(listing, site);
  // A .md listing's description is its body; a .yaml listing's is the `description` field.
  const description = descriptionText(listing.body?.trim() ? listing.body : data.description);
  if (data.by_appointment && schedule.length === 0) {
    return [
      {
        name: data.name,
        slug,
        ...shared,
        ...(description !== '' && { notes: removeEmails(description).text }),
      } satisfies MeetingGuideMeeting,
    ];
  }
  // Sessions that skip weeks are left out (meetingGuideLeftOut says so); slugs still count every
  // session, so a weekly one keeps its slug whether or not a monthly one is listed beside it.
  return schedule.filter(isWeeklyEntry).map((entry) => {
    const recordSlug = schedule.length === 1 ? slug : `${slug}-${entry.day}-${entry.start.replace(':', '')}`;
    const notes = [entry.note, description].filter((text) => text !== undefined && text !== '').join('\n\n');
    return {
      name: data.name,
      slug: recordSlug,
      day: MEETING_GUIDE_DAY[entry.day],
      time: entry.start,
      ...(entry.end !== undefined && { end_time: entry.end }),
      ...shared,
      ...(notes !== '' && { notes: removeEmails(notes).text }),
    } satisfies MeetingGuideMeeting;
  });
}

/** The fields every session of a listing shares. */
function sharedFields(listing: ExportListing, site: ExportSite) {
  const { data, slug } = listing;
  return {
    timezone: data.timezone ?? site.timezone,
    types: codesFromListing(data),
    ...placeFields(data, site),
    attendance_option: attendanceOption(data),
    ...(data.conference_url !== undefined && { conference_url: data.conference_url }),
    ...(data.conference_notes !== undefined && {
      conference_url_notes: removeEmails(data.conference_notes).text,
    }),
    ...(data.conference_phone !== undefined && { conference_phone: data.conference_phone }),
    updated: `${data.last_verified} 00:00:00`,
    url: listingUrl(slug, site),
  };
}

/** in_person, hybrid or online, as TSML's `attendance_option`; by phone counts as online. */
function attendanceOption(data: ListingData): MeetingGuideMeeting['attendance_option'] {
  if (data.attendance === 'hybrid') return 'hybrid';
  return joinsRemotely(data.attendance) ? 'online' : 'in_person';
}

type PlaceFields = Pick<
  MeetingGuideMeeting,
  'formatted_address' | 'latitude' | 'longitude' | 'approximate' | 'regions'
>;

/**
 * Where people go: the address and point of in-person and hybrid meetings. A private location
 * gives its city, region and postal code and the centre of its area, never the street or the
 * true point. A place with a point but no address (an imported address that could not be split)
 * names the site's area, so clients that need an address line keep it; its point still says
 * exactly where. Online meetings give only the area they belong to (onlineArea).
 */
function placeFields(data: ListingData, site: ExportSite): PlaceFields {
  if (!hasPlace(data)) return onlineArea(data, site);
  const point = shownPoint(data);
  const address = data.address;
  const formatted = address
    ? formatAddress(address, data.location_private, site.country)
    : `${site.area}, ${site.country}`;
  return {
    formatted_address: formatted,
    latitude: point.lat,
    longitude: point.lng,
    approximate: data.location_private ? 'yes' : 'no',
    ...(address?.city !== undefined && { regions: [address.city] }),
  };
}

/**
 * An online meeting's approximate place: "Lansing, MI, US" from the listing's own city (never its
 * street or postal code), else the site's area, always `approximate: "yes"` and without a point,
 * so no client draws a pin or offers directions.
 */
function onlineArea(data: ListingData, site: ExportSite): PlaceFields {
  const city = data.address?.city;
  const country = data.address?.country ?? site.country;
  return {
    formatted_address: city
      ? addressLine({ city, region: data.address?.region }, { withStreet: false, country })
      : `${site.area}, ${country}`,
    approximate: 'yes',
    ...(city !== undefined && { regions: [city] }),
  };
}

/** "street, city, region postal, country", the way geocoders write US addresses. */
export function formatAddress(
  address: NonNullable<ListingData['address']>,
  isPrivate: boolean,
  defaultCountry: string,
): string {
  return addressLine(address, { withStreet: !isPrivate, country: address.country ?? defaultCountry });
}

/** The description as plain text; '' when there is none. */
function descriptionText(markdown: string | undefined): string {
  if (markdown === undefined || markdown.trim() === '') return '';
  return markdownToPlainText(markdown);
}

/** Meetings by appointment come after every day of the week, as TSML UI lists them. */
const APPOINTMENT_DAY = 7;

function compareMeetings(a: MeetingGuideMeeting, b: MeetingGuideMeeting): number {
  return (
    (a.day ?? APPOINTMENT_DAY) - (b.day ?? APPOINTMENT_DAY) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    a.name.localeCompare(b.name, 'en') ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}
