/**
 * iCalendar (RFC 5545) files for meetings and events: /exports/meetings.ics and one file per
 * listing. Pure: the same listings give the same bytes, so a rebuild does not make every
 * subscriber's calendar app think every event changed.
 *
 * Weekly sessions are one VEVENT each with a local start in the listing's IANA time zone and a
 * weekly RRULE, plus the zone's VTIMEZONE, so the meeting stays at 7 PM on the wall clock
 * through daylight saving changes. Dates in `event_dates` are one-off VEVENTs.
 *
 * This module puts a calendar together; the events are written in events.ts, the zones come from
 * zones.ts, and text.ts and times.ts write values and lines the way RFC 5545 wants them.
 */
import type { Schedule } from '#schemas/schedule.ts';
import type { LatLng } from '#lib/map/geo.ts';
import { siteUrl } from '#lib/html/links.ts';
import { listingEvents, zoneOf } from './events.ts';
import { serializeLines, textProperty } from './text.ts';
import { libraryZoneLookup, type ZoneBlock, type ZoneLookup } from './zones.ts';

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

/**
 * The calendar's view of the site: its name and zone from site.yaml, and its absolute root URL
 * from Astro's `site` and `base` (a fork may be served under a path, as on GitHub Pages).
 */
export function calendarSite(config: { name: string; timezone: string }, origin: string, base: string): CalendarSite {
  return { name: config.name, timezone: config.timezone, url: siteUrl(origin, base) };
}

export interface CalendarOptions {
  /** X-WR-CALNAME: the name calendar apps show for a subscribed or imported calendar. */
  name: string;
  /** X-WR-CALDESC. */
  description?: string | undefined;
  zoneLookup?: ZoneLookup | undefined;
}

/** Identifies the program that wrote the file (RFC 5545 3.7.3). */
export const PRODID = '-//Recovery Asset Map//Meetings calendar//EN';

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

/** One listing's own calendar, behind its page's "Add to your calendar" link. */
export function listingCalendar(listing: CalendarListing, site: CalendarSite): string {
  return buildCalendar([listing], site, { name: `${listing.name} (${site.name})` });
}

/** The HTTP headers of a calendar file. */
export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
