/**
 * The VEVENTs of one listing: a series for each schedule entry (weekly, monthly or fortnightly), or one event for each of
 * its event dates, with a stable UID, where it is (never a private location's street or point),
 * how to join, and a link to its page.
 */
import type { Schedule } from '#schemas/schedule.ts';
import { WEEKDAY_IDS } from '#taxonomy';
import { addressLine } from '#lib/html/address.ts';
import { formatPhone, listingUrl } from '#lib/html/links.ts';
import { hasPlace } from '#lib/map/points.ts';
import {
  addDays,
  ASSUMED_LENGTH_MINUTES,
  daysBetween,
  firstSessionOnOrAfter,
  formatDate,
  happensOn,
  parseDate,
  slotsOfSchedule,
  weekdayOf,
} from '#lib/time/schedule.ts';
import { crossesMidnight, weekdayIndex } from '#lib/time/format.ts';
import type { CalendarListing, CalendarSite } from './calendar.ts';
import { textProperty } from './text.ts';
import { localDateTime, recurrenceOf, rruleLine, stampOf, utcDateTime, zonedToUtc } from './times.ts';
import type { ZoneBlock, ZoneLookup } from './zones.ts';

/** Listed without an end time, a session is shown as an hour long (and the description says so). */
const DEFAULT_DURATION = `PT${ASSUMED_LENGTH_MINUTES / 60}H`;

/** The listing's zone: its own, or the site's. */
export function zoneOf(listing: CalendarListing, site: CalendarSite): string {
  return listing.timezone ?? site.timezone;
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

/** How many months of dates a monthly series lists when its rule cannot be written in UTC. */
const EXPLICIT_MONTHS = 12;

/**
 * The series rule. BYDAY is the weekday DTSTART is written on: in UTC, the UTC weekday. A
 * monthly rule whose sessions fall on another date in UTC cannot be moved there (the 2nd
 * Saturday's evening can be the 3rd Sunday in UTC), so without zone data such a series lists its
 * dates for a year instead, each worked out on the listing's own calendar.
 */
function seriesLines(date: string, entry: ScheduleEntry, zone: string, block: ZoneBlock | undefined): string[] {
  if (block) return [rruleLine(recurrenceOf(entry))];
  const written = zonedToUtc(date, entry.start, zone).toISOString().slice(0, 10);
  if (!entry.weeks || written === date) {
    return [rruleLine(recurrenceOf(entry, WEEKDAY_IDS[weekdayOf(parseDate(written))]!))];
  }
  const [slot] = slotsOfSchedule([entry]);
  const dates: string[] = [];
  const first = parseDate(date);
  for (let day = addDays(first, 7); daysBetween(first, day) < EXPLICIT_MONTHS * 31; day = addDays(day, 7)) {
    if (happensOn(slot!, day)) dates.push(utcDateTime(zonedToUtc(formatDate(day), entry.start, zone)));
  }
  return dates.length > 0 ? [`RDATE:${dates.join(',')}`] : [];
}

/** One occurrence to write: a date (the first of a series, or an event date) and its times. */
interface Occurrence {
  uid: string;
  date: string;
  entry: ScheduleEntry;
  /** True for a series (the first of a rule's sessions), false for one event date. */
  series: boolean;
}

/**
 * The listing's occurrences. A series starts on its first session on or after `last_verified`; event dates take the times of the schedule entry for their weekday, or the
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
      return { uid: uid(`${listing.slug}-${date.replace(/-/g, '')}-${hhmm(entry.start)}`), date, entry, series: false };
    });
  }
  // A series starts on its first real session: RFC 5545 counts DTSTART as one even when the rule
  // would skip it, so a monthly series must not start on any other Saturday.
  return schedule.map((entry) => ({
    uid: uid(`${listing.slug}-${entry.day}-${hhmm(entry.start)}`),
    date: formatDate(firstSessionOnOrAfter(slotsOfSchedule([entry])[0]!, parseDate(listing.last_verified))),
    entry,
    series: true,
  }));
}

/** The VEVENT lines of one listing. */
export function listingEvents(listing: CalendarListing, site: CalendarSite, zoneLookup: ZoneLookup): string[] {
  const zone = zoneOf(listing, site);
  const block = zoneLookup(zone);
  const location = locationOf(listing);
  const geo = geoLine(listing);
  const status = listing.status === 'temporarily-closed' ? 'CANCELLED' : 'CONFIRMED';
  return occurrencesOf(listing, site).flatMap(({ uid, date, entry, series }) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stampOf(listing.last_verified)}`,
    ...timeLines(date, entry, zone, block),
    ...(series ? seriesLines(date, entry, zone, block) : []),
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
