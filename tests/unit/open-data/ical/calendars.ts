/**
 * What the iCalendar tests share: the test site, an in-person meeting to vary, a calendar built
 * from listings, and readers of the file's physical lines, content lines and events.
 */
import { buildCalendar, type CalendarListing, type CalendarSite } from '#lib/open-data/ical/calendar.ts';
import { listingData } from '../../../helpers/listing-data.ts';

export const site: CalendarSite = {
  name: 'Capital Area Recovery Map',
  url: 'https://example.org/',
  timezone: 'America/Detroit',
};

/** An in-person Monday evening meeting in Lansing, last verified on Sunday 1 November 2026. */
export const meeting = (over: Partial<CalendarListing> = {}): CalendarListing => ({
  ...listingData({ category: 'mutual-aid-meeting', support: ['emotional'] }),
  slug: 'turner-street-group',
  name: 'Turner Street Group',
  summary: 'Open AA discussion meeting.',
  address: { street: '1211 Turner St', city: 'Lansing', region: 'MI', postal_code: '48906' },
  geo: { lat: 42.7489, lng: -84.5531 },
  schedule: [{ day: 'monday', start: '19:00', end: '20:00' }],
  last_verified: '2026-11-01',
  ...over,
});

export const calendar = (listings: CalendarListing[], name = site.name) => buildCalendar(listings, site, { name });

/** Physical lines (without their CRLF). */
export const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

/** Content lines, unfolded (RFC 5545 3.1). */
export const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);

/** The content lines of each VEVENT. */
export function events(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}

/** The value of a property in an event's lines, by name (with any parameters). */
export const prop = (lines: string[], name: string) =>
  lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

export const octets = (s: string) => new TextEncoder().encode(s).length;
