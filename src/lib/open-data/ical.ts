/**
 * iCalendar (RFC 5545) files for meetings and events: /exports/meetings.ics and one file per
 * listing. Pure: the same listings give the same bytes, so a rebuild does not make every
 * subscriber's calendar app think every event changed.
 *
 * Weekly sessions are one VEVENT each with a local start in the listing's IANA time zone and a
 * weekly RRULE, plus the zone's VTIMEZONE, so the meeting stays at 7 PM on the wall clock
 * through daylight saving changes. Dates in `event_dates` are one-off VEVENTs.
 */
import { addressLine } from '#lib/html/address.ts';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Schedule } from '#schemas/schedule.ts';
import { WEEKDAY_IDS, type Weekday } from '#taxonomy';
import type { LatLng } from '#lib/map/geo.ts';
import { formatPhone, listingUrl, siteUrl } from '#lib/html/links.ts';
import { hasPlace } from '#lib/map/points.ts';
import {
  addDays,
  ASSUMED_LENGTH_MINUTES,
  formatDate,
  instantAt,
  nextOnWeekday,
  parseDate,
  weekdayOf,
} from '#lib/time/schedule.ts';
import { crossesMidnight, minutesOf, weekdayIndex } from '#lib/time/format.ts';

/** The fields of a listing a calendar reads. Never `email`, nor anything else about a person. */
export interface CalendarListing {
  slug: string;
  name: string;
  summary?: string | undefined;
  attendance: string;
  address?: {
    street?: string | undefined;
    city: string;
    region?: string | undefined;
    postal_code?: string | undefined;
  };
  geo?: LatLng | undefined;
  location_private?: boolean | undefined;
  phone?: string | undefined;
  conference_url?: string | undefined;
  conference_phone?: string | undefined;
  conference_notes?: string | undefined;
  schedule?: Schedule | undefined;
  event_dates?: readonly string[] | undefined;
  /** IANA zone of the schedule; the site's zone when left out. */
  timezone?: string | undefined;
  status?: string | undefined;
  status_note?: string | undefined;
  /** YYYY-MM-DD: anchors DTSTART and DTSTAMP, so the output does not depend on the build day. */
  last_verified: string;
}

/** What a calendar needs to know about the site. */
export interface CalendarSite {
  /** The site's name, shown as the calendar's name. */
  name: string;
  /** Absolute URL of the site's root, base path included, e.g. "https://example.org/". */
  url: string;
  /** The community's IANA zone, for listings without their own. */
  timezone: string;
}

/** A zone's VTIMEZONE lines and the TZID to refer to it by (the library resolves aliases). */
export interface ZoneBlock {
  tzid: string;
  lines: string[];
}

/**
 * The calendar's view of the site: its name and zone from site.yaml, and its absolute root URL
 * from Astro's `site` and `base` (a fork may be served under a path, as on GitHub Pages).
 */
export function calendarSite(config: { name: string; timezone: string }, origin: string, base: string): CalendarSite {
  return { name: config.name, timezone: config.timezone, url: siteUrl(origin, base) };
}

/** Looks up a zone's VTIMEZONE; undefined when it is not known. Replaceable in tests. */
export type ZoneLookup = (zone: string) => ZoneBlock | undefined;

export interface CalendarOptions {
  /** X-WR-CALNAME: the name calendar apps show for a subscribed or imported calendar. */
  name: string;
  /** X-WR-CALDESC. */
  description?: string | undefined;
  zoneLookup?: ZoneLookup | undefined;
}

/** Identifies the program that wrote the file (RFC 5545 3.7.3). */
export const PRODID = '-//Recovery Asset Map//Meetings calendar//EN';

/** RFC 5545 3.1: content lines are at most 75 octets long, not counting the line break. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** Listed without an end time, a session is shown as an hour long (and the description says so). */
const DEFAULT_DURATION = `PT${ASSUMED_LENGTH_MINUTES / 60}H`;

/** iCalendar's two-letter day code (also HSDS's `byday`): "monday" → "MO". */
export function byDay(day: Weekday): string {
  return day.slice(0, 2).toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Text and lines

/** UTF-8 length of one code point. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 3.1).
 * Continuation lines start with one space, which counts toward their 75. Splits only between
 * code points, so a multi-byte character (or an emoji's surrogate pair) is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const octets = utf8Octets(char);
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. Control
 * characters other than tab are not allowed in a value at all, so they are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/** A TEXT property line, escaped. */
function textProperty(name: string, value: string): string {
  return `${name}:${escapeText(value)}`;
}

/** Joins content lines into a file: each folded and ended with CRLF, the last one too. */
function serializeLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

// ---------------------------------------------------------------------------------------------
// Dates and times

/** The first date falling on `day` on or after `isoDate` (the date itself when it matches). */
export function firstWeekdayOnOrAfter(isoDate: string, day: Weekday): string {
  return formatDate(nextOnWeekday(parseDate(isoDate), weekdayIndex(day)));
}

/** "2026-11-01" and "19:00" → "20261101T190000", a local DATE-TIME. */
function localDateTime(isoDate: string, time: string): string {
  return `${isoDate.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** A Date as a UTC DATE-TIME, "20261102T000000Z". */
function utcDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The instant a wall-clock time in a zone happens, by the same RFC 5545 rules the site's own
 * schedule logic uses (src/lib/time/schedule.ts), so a fallback UTC time agrees with the pages.
 */
function zonedToUtc(isoDate: string, time: string, zone: string): Date {
  return new Date(instantAt(parseDate(isoDate), minutesOf(time), zone));
}

/** DTSTAMP from the date the listing was last verified, so the same data gives the same file. */
function stampOf(lastVerified: string): string {
  return `${lastVerified.replace(/-/g, '')}T000000Z`;
}

// ---------------------------------------------------------------------------------------------
// Time zones

let libraryZones: Set<string> | undefined;
const zoneBlocks = new Map<string, ZoneBlock | undefined>();

/**
 * The VTIMEZONE from timezones-ical-library (IANA data compiled by vzic). Checked against its
 * list first: it prints an error for zones it lacks instead of throwing.
 */
const libraryZoneLookup: ZoneLookup = (zone) => {
  if (zoneBlocks.has(zone)) return zoneBlocks.get(zone);
  libraryZones ??= new Set(tzlib_get_timezones() as string[]);
  let block: ZoneBlock | undefined;
  if (libraryZones.has(zone)) {
    const result = tzlib_get_ical_block(zone);
    if (Array.isArray(result) && result[0] && result[1]) {
      block = { tzid: result[1].replace(/^TZID=/, ''), lines: result[0].split(/\r?\n/).filter(Boolean) };
    }
  }
  zoneBlocks.set(zone, block);
  return block;
};

// ---------------------------------------------------------------------------------------------
// Listings

/** The listing's zone: its own, or the site's. */
function zoneOf(listing: CalendarListing, site: CalendarSite): string {
  return listing.timezone ?? site.timezone;
}

/** A listing belongs in a calendar when it has a schedule (opening hours are not events). */
export function hasCalendar(listing: CalendarListing): boolean {
  return (listing.schedule?.length ?? 0) > 0;
}

/**
 * Listings in the all-meetings calendar. Temporarily closed ones are left out: subscribers'
 * apps then drop their sessions until they reopen (and the same UIDs bring them back).
 */
export function inMeetingsCalendar(listing: CalendarListing): boolean {
  return hasCalendar(listing) && listing.status !== 'temporarily-closed';
}

/** The host named in UIDs, so they are unique to this site. */
function uidHost(site: CalendarSite): string {
  return new URL(site.url).host;
}

/**
 * LOCATION: the street address of a public place; only the town of a private location (the
 * street is never written, even if a file had one); the join link or phone for remote sessions.
 */
function locationOf(listing: CalendarListing): string | undefined {
  const { address } = listing;
  if (address && listing.attendance !== 'online' && listing.attendance !== 'phone') {
    if (listing.location_private) return [address.city, address.region].filter(Boolean).join(', ');
    return addressLine(address);
  }
  if (listing.attendance === 'online') return listing.conference_url ?? 'Online';
  if (listing.attendance === 'phone') {
    const phone = listing.conference_phone ?? listing.phone;
    return phone ? `By phone: ${formatPhone(phone)}` : 'By phone';
  }
  // A hybrid listing with a map point but no written address: the join link is all there is.
  return listing.conference_url;
}

/** GEO for public places only: a private location's point is never published. */
function geoLine(listing: CalendarListing): string | undefined {
  if (listing.location_private || !hasPlace(listing)) return undefined;
  return `GEO:${listing.geo.lat};${listing.geo.lng}`;
}

/** How to join a session that is online, hybrid or by phone. */
function joinLines(listing: CalendarListing): string[] {
  const lines: string[] = [];
  if (listing.conference_url) lines.push(`Join online: ${listing.conference_url}`);
  if (listing.conference_phone) lines.push(`Join by phone: ${formatPhone(listing.conference_phone)}`);
  else if (listing.attendance === 'phone' && listing.phone) lines.push(`Call: ${formatPhone(listing.phone)}`);
  if (listing.conference_notes) lines.push(listing.conference_notes);
  return lines;
}

type ScheduleEntry = Schedule[number];

/** DESCRIPTION: what it is, anything special about this session, how to join, where to read more. */
function descriptionOf(listing: CalendarListing, entry: ScheduleEntry, site: CalendarSite): string {
  const lines: string[] = [];
  if (listing.summary) lines.push(listing.summary);
  if (listing.status === 'temporarily-closed') {
    lines.push(`Temporarily closed${listing.status_note ? `: ${listing.status_note}` : '.'}`);
  }
  if (entry.note) lines.push(entry.note);
  if (!entry.end) lines.push('The end time is not listed; the calendar shows one hour.');
  lines.push(...joinLines(listing));
  if (listing.location_private) lines.push('The exact address is private to protect residents. Call to learn more.');
  lines.push(`Details: ${listingUrl(listing.slug, site)}`);
  return lines.join('\n');
}

/** A session's start and end lines, in the zone's local time or (without a VTIMEZONE) in UTC. */
function timeLines(date: string, entry: ScheduleEntry, zone: string, block: ZoneBlock | undefined): string[] {
  const endDate = entry.end && crossesMidnight(entry.start, entry.end) ? formatDate(addDays(parseDate(date), 1)) : date;
  if (block) {
    const tz = `TZID=${block.tzid}`;
    return [
      `DTSTART;${tz}:${localDateTime(date, entry.start)}`,
      entry.end ? `DTEND;${tz}:${localDateTime(endDate, entry.end)}` : `DURATION:${DEFAULT_DURATION}`,
    ];
  }
  return [
    `DTSTART:${utcDateTime(zonedToUtc(date, entry.start, zone))}`,
    entry.end ? `DTEND:${utcDateTime(zonedToUtc(endDate, entry.end, zone))}` : `DURATION:${DEFAULT_DURATION}`,
  ];
}

/** BYDAY of a weekly rule: the weekday DTSTART is written on (in UTC, the UTC weekday). */
function weeklyRule(date: string, entry: ScheduleEntry, zone: string, block: ZoneBlock | undefined): string {
  const written = block ? date : zonedToUtc(date, entry.start, zone).toISOString().slice(0, 10);
  return `RRULE:FREQ=WEEKLY;BYDAY=${byDay(WEEKDAY_IDS[weekdayOf(parseDate(written))]!)}`;
}

/** One occurrence to write: a date (the first of a weekly series, or an event date) and its times. */
interface Occurrence {
  uid: string;
  date: string;
  entry: ScheduleEntry;
  weekly: boolean;
}

/**
 * The listing's occurrences. Weekly sessions start on the first matching weekday on or after
 * `last_verified`; event dates take the times of the schedule entry for their weekday, or the
 * first entry. UIDs are `<slug>-<day>-<hhmm>@host` and `<slug>-<yyyymmdd>-<hhmm>@host`, with
 * `-2`, `-3` added should a file list the same session twice.
 */
function occurrencesOf(listing: CalendarListing, site: CalendarSite): Occurrence[] {
  const schedule = listing.schedule ?? [];
  const first = schedule[0];
  if (!first) return [];
  const host = uidHost(site);
  const seen = new Map<string, number>();
  const uid = (key: string) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return `${key}${count > 1 ? `-${count}` : ''}@${host}`;
  };
  const hhmm = (time: string) => time.replace(':', '');
  if (listing.event_dates?.length) {
    return listing.event_dates.map((date) => {
      const entry = schedule.find((e) => weekdayIndex(e.day) === weekdayOf(parseDate(date))) ?? first;
      return { uid: uid(`${listing.slug}-${date.replace(/-/g, '')}-${hhmm(entry.start)}`), date, entry, weekly: false };
    });
  }
  return schedule.map((entry) => ({
    uid: uid(`${listing.slug}-${entry.day}-${hhmm(entry.start)}`),
    date: firstWeekdayOnOrAfter(listing.last_verified, entry.day),
    entry,
    weekly: true,
  }));
}

/** The VEVENT lines of one listing. */
function listingEvents(listing: CalendarListing, site: CalendarSite, zoneLookup: ZoneLookup): string[] {
  const zone = zoneOf(listing, site);
  const block = zoneLookup(zone);
  const location = locationOf(listing);
  const geo = geoLine(listing);
  const status = listing.status === 'temporarily-closed' ? 'CANCELLED' : 'CONFIRMED';
  return occurrencesOf(listing, site).flatMap(({ uid, date, entry, weekly }) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stampOf(listing.last_verified)}`,
    ...timeLines(date, entry, zone, block),
    ...(weekly ? [weeklyRule(date, entry, zone, block)] : []),
    textProperty('SUMMARY', listing.name),
    textProperty('DESCRIPTION', descriptionOf(listing, entry, site)),
    ...(location ? [textProperty('LOCATION', location)] : []),
    ...(geo ? [geo] : []),
    `URL:${listingUrl(listing.slug, site)}`,
    `STATUS:${status}`,
    // Without a VTIMEZONE the times are fixed UTC instants: right on the first date, but an hour
    // off after a daylight saving change. Say so where a person reading the event can see it.
    ...(block
      ? []
      : [
          textProperty(
            'COMMENT',
            `Times are in UTC because no time zone data was found for ${zone}; they may be an hour off after a daylight saving change.`,
          ),
        ]),
    'END:VEVENT',
  ]);
}

/**
 * A whole calendar: VCALENDAR with one VTIMEZONE per zone used (sorted, for stable output) and
 * the events of each listing in the order given. Listings without a schedule add nothing.
 */
export function buildCalendar(
  listings: readonly CalendarListing[],
  site: CalendarSite,
  options: CalendarOptions,
): string {
  const zoneLookup = options.zoneLookup ?? libraryZoneLookup;
  const withSchedule = listings.filter(hasCalendar);
  const blocks = new Map<string, ZoneBlock>();
  for (const listing of withSchedule) {
    const block = zoneLookup(zoneOf(listing, site));
    if (block) blocks.set(block.tzid, block);
  }
  // RFC 5545 wants at least one component: a calendar with no events still carries the site's zone.
  if (withSchedule.length === 0) {
    const block = zoneLookup(site.timezone);
    if (block) blocks.set(block.tzid, block);
  }
  const zones = [...blocks.values()].sort((a, b) => (a.tzid < b.tzid ? -1 : a.tzid > b.tzid ? 1 : 0));
  return serializeLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    textProperty('X-WR-CALNAME', options.name),
    ...(options.description ? [textProperty('X-WR-CALDESC', options.description)] : []),
    `X-WR-TIMEZONE:${site.timezone}`,
    // Subscribed calendars: check for changes once a day (RFC 7986, and the older Microsoft name).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...zones.flatMap((zone) => zone.lines),
    ...withSchedule.flatMap((listing) => listingEvents(listing, site, zoneLookup)),
    'END:VCALENDAR',
  ]);
}

/** The HTTP headers of a calendar file. */
/** One listing's own calendar, behind its page's "Add to your calendar" link. */
export function listingCalendar(listing: CalendarListing, site: CalendarSite): string {
  return buildCalendar([listing], site, { name: `${listing.name} (${site.name})` });
}

export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
