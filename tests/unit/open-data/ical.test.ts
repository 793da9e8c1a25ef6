import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildCalendar,
  calendarSite,
  escapeText,
  firstWeekdayOnOrAfter,
  foldLine,
  inMeetingsCalendar,
  type CalendarListing,
  type CalendarSite,
} from '#lib/open-data/ical.ts';
import { listingData } from '../../helpers/listing-data.ts';

const site: CalendarSite = {
  name: 'Capital Area Recovery Map',
  url: 'https://example.org/',
  timezone: 'America/Detroit',
};

/** An in-person Monday evening meeting in Lansing, last verified on Sunday 1 November 2026. */
const meeting = (over: Partial<CalendarListing> = {}): CalendarListing => ({
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

const calendar = (listings: CalendarListing[], name = site.name) => buildCalendar(listings, site, { name });

/** Physical lines (without their CRLF). */
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

/** Content lines, unfolded (RFC 5545 3.1). */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);

/** The content lines of each VEVENT. */
function events(ics: string): string[][] {
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
const prop = (lines: string[], name: string) =>
  lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('folding', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long line into lines of at most 75 octets, each continuation starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é€🙂'.repeat(40)}`;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of foldLine(line).split('\r\n')) {
      const bytes = new TextEncoder().encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A cut character would make this physical line invalid UTF-8 on its own.
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
  });

  it('folds any text so that unfolding gives it back', () => {
    // A content line never holds a line break (escapeText writes them as \n), and one in the
    // input would be read back as a fold: about one run in fifty drew "\r\n" and failed.
    const contentLine = fc.string({ unit: 'binary', maxLength: 400 }).filter((text) => !/[\r\n]/.test(text));
    fc.assert(
      fc.property(contentLine, (text) => {
        const parts = foldLine(`X:${text}`).split('\r\n');
        expect(parts.every((p) => octets(p) <= 75)).toBe(true);
        expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`X:${text}`);
      }),
    );
  });

  it('keeps every line of a calendar within 75 octets and ends every line with CRLF', () => {
    const ics = calendar([
      meeting({ name: 'Grupo Nueva Esperanza — reunión en español, con café y pan dulce 🙂'.repeat(2) }),
    ]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

describe('escaping', () => {
  it.each([
    ['back\\slash', 'back\\\\slash'],
    ['semi;colon', 'semi\\;colon'],
    ['a, b', 'a\\, b'],
    ['line\nbreak', 'line\\nbreak'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['bell\u0007gone', 'bellgone'],
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });

  it('escapes the name, the description and the location', () => {
    const [event] = events(
      calendar([meeting({ name: 'Hope; Faith, and Love\\Peace', summary: 'Line one\nLine two' })]),
    );
    expect(prop(event!, 'SUMMARY')).toBe('Hope\\; Faith\\, and Love\\\\Peace');
    expect(prop(event!, 'DESCRIPTION')).toMatch(/^Line one\\nLine two\\n/);
    expect(prop(event!, 'LOCATION')).toBe('1211 Turner St\\, Lansing\\, MI 48906');
  });
});

describe('a weekly meeting', () => {
  const ics = calendar([meeting()]);
  const [event] = events(ics);

  it('starts on the first Monday on or after last_verified, in its own zone, and repeats weekly', () => {
    expect(event).toContain('DTSTART;TZID=America/Detroit:20261102T190000');
    expect(event).toContain('DTEND;TZID=America/Detroit:20261102T200000');
    expect(event).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
  });

  it('carries a stable UID, a DTSTAMP from last_verified, the page URL and the place', () => {
    expect(prop(event!, 'UID')).toBe('turner-street-group-monday-1900@example.org');
    expect(prop(event!, 'DTSTAMP')).toBe('20261101T000000Z');
    expect(prop(event!, 'URL')).toBe('https://example.org/listings/turner-street-group/');
    expect(prop(event!, 'SUMMARY')).toBe('Turner Street Group');
    expect(prop(event!, 'LOCATION')).toBe('1211 Turner St\\, Lansing\\, MI 48906');
    expect(prop(event!, 'GEO')).toBe('42.7489;-84.5531');
    expect(prop(event!, 'STATUS')).toBe('CONFIRMED');
    expect(prop(event!, 'DESCRIPTION')).toBe(
      'Open AA discussion meeting.\\nDetails: https://example.org/listings/turner-street-group/',
    );
  });

  it('wraps the events in a publishable VCALENDAR with one VTIMEZONE for the zone', () => {
    const lines = contentLines(ics);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      expect.stringMatching(/^PRODID:-\/\/.+\/\/EN$/),
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Capital Area Recovery Map',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('TZID:America/Detroit');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('puts the session note in the description', () => {
    const [noted] = events(
      calendar([meeting({ schedule: [{ day: 'monday', start: '19:00', end: '20:00', note: 'Speaker meeting' }] })]),
    );
    expect(prop(noted!, 'DESCRIPTION')).toContain('Speaker meeting');
  });

  it('starts on last_verified itself when that is the meeting day', () => {
    expect(firstWeekdayOnOrAfter('2026-11-01', 'sunday')).toBe('2026-11-01');
    expect(firstWeekdayOnOrAfter('2026-11-01', 'saturday')).toBe('2026-11-07');
  });

  it('builds absolute URLs under a base path', () => {
    const sub = calendarSite(site, 'https://example.github.io', '/asset-map');
    expect(sub.url).toBe('https://example.github.io/asset-map/');
    const [e] = events(buildCalendar([meeting()], sub, { name: 'x' }));
    expect(prop(e!, 'URL')).toBe('https://example.github.io/asset-map/listings/turner-street-group/');
    expect(prop(e!, 'UID')).toBe('turner-street-group-monday-1900@example.github.io');
  });
});

describe('a meeting that runs past midnight', () => {
  it('ends on the next day', () => {
    const [event] = events(calendar([meeting({ schedule: [{ day: 'friday', start: '23:00', end: '00:30' }] })]));
    expect(event).toContain('DTSTART;TZID=America/Detroit:20261106T230000');
    expect(event).toContain('DTEND;TZID=America/Detroit:20261107T003000');
    expect(event).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR');
  });
});

describe('a meeting without an end time', () => {
  it('lasts an hour and says the end time is not listed', () => {
    const [event] = events(calendar([meeting({ schedule: [{ day: 'monday', start: '12:00' }] })]));
    expect(prop(event!, 'DTEND')).toBeUndefined();
    expect(prop(event!, 'DURATION')).toBe('PT1H');
    expect(prop(event!, 'DESCRIPTION')).toContain('end time is not listed');
  });
});

describe('events on dates', () => {
  it('writes one event per date, without a repeat rule, with UIDs by date', () => {
    const listing = meeting({
      slug: 'coat-giveaway',
      schedule: [{ day: 'saturday', start: '10:00', end: '14:00' }],
      event_dates: ['2026-12-05', '2026-12-12'],
    });
    const found = events(calendar([listing]));
    expect(found).toHaveLength(2);
    expect(found.map((e) => prop(e, 'DTSTART'))).toEqual(['20261205T100000', '20261212T100000']);
    expect(found.map((e) => prop(e, 'UID'))).toEqual([
      'coat-giveaway-20261205-1000@example.org',
      'coat-giveaway-20261212-1000@example.org',
    ]);
    expect(found.every((e) => prop(e, 'RRULE') === undefined)).toBe(true);
  });

  it('takes the times of the entry for the date’s weekday, or else the first entry, and crosses midnight', () => {
    const listing = meeting({
      schedule: [
        { day: 'saturday', start: '13:00', end: '16:00' },
        { day: 'thursday', start: '20:00', end: '00:30' },
      ],
      event_dates: ['2026-12-31', '2027-01-23', '2027-01-25'],
    });
    const found = events(calendar([listing]));
    expect(found.map((e) => [prop(e, 'DTSTART'), prop(e, 'DTEND')])).toEqual([
      ['20261231T200000', '20270101T003000'], // Thursday: the Thursday entry, ending after midnight
      ['20270123T130000', '20270123T160000'], // Saturday
      ['20270125T130000', '20270125T160000'], // a Monday: no Monday entry, so the first one
    ]);
  });
});

describe('a private location', () => {
  const listing = meeting({
    location_private: true,
    // The schema forbids a street here; the calendar must not write one even if a file had it.
    address: { street: '42 Hidden Ln', city: 'Lansing', region: 'MI', postal_code: '48906' },
  });
  const ics = calendar([listing]);
  const [event] = events(ics);

  it('names only the town and never the street', () => {
    expect(prop(event!, 'LOCATION')).toBe('Lansing\\, MI');
    expect(ics).not.toContain('Hidden');
  });

  it('has no GEO and no coordinates anywhere', () => {
    expect(prop(event!, 'GEO')).toBeUndefined();
    expect(ics).not.toContain('42.7489');
    expect(ics).not.toContain('84.5531');
  });

  it('says the address is private', () => {
    expect(prop(event!, 'DESCRIPTION')).toContain('exact address is private');
  });
});

describe('an online or phone meeting', () => {
  const online = meeting({
    attendance: 'online',
    address: undefined,
    geo: undefined,
    conference_url: 'https://example.org/join/sunrise',
    conference_phone: '517-555-0100',
    conference_notes: 'The meeting ID is on the join page.',
  });

  it('has the join link as its location and no invented address or point', () => {
    const [event] = events(calendar([online]));
    expect(prop(event!, 'LOCATION')).toBe('https://example.org/join/sunrise');
    expect(prop(event!, 'GEO')).toBeUndefined();
    expect(prop(event!, 'DESCRIPTION')).toContain('Join online: https://example.org/join/sunrise');
    expect(prop(event!, 'DESCRIPTION')).toContain('Join by phone: (517) 555-0100');
    expect(prop(event!, 'DESCRIPTION')).toContain('The meeting ID is on the join page.');
  });

  it('says "Online" when it is joined by phone only', () => {
    const [event] = events(calendar([{ ...online, conference_url: undefined }]));
    expect(prop(event!, 'LOCATION')).toBe('Online');
  });

  it('gives the number to call for a phone meeting', () => {
    const [event] = events(calendar([{ ...online, attendance: 'phone', conference_url: undefined }]));
    expect(prop(event!, 'LOCATION')).toBe('By phone: (517) 555-0100');
  });

  it('shows both the address and the join link for a hybrid meeting', () => {
    const [event] = events(calendar([meeting({ attendance: 'hybrid', conference_url: 'https://example.org/j' })]));
    expect(prop(event!, 'LOCATION')).toBe('1211 Turner St\\, Lansing\\, MI 48906');
    expect(prop(event!, 'GEO')).toBe('42.7489;-84.5531');
    expect(prop(event!, 'DESCRIPTION')).toContain('Join online: https://example.org/j');
  });

  it('never writes the e-mail address', () => {
    const ics = calendar([{ ...online, email: 'someone@example.org' } as CalendarListing]);
    expect(ics).not.toContain('someone@');
  });
});

describe('UIDs', () => {
  const listings = [
    meeting(),
    meeting({
      slug: 'night-owls',
      schedule: [
        { day: 'friday', start: '23:00', end: '00:30' },
        { day: 'saturday', start: '23:00', end: '00:30' },
        { day: 'saturday', start: '23:00', end: '00:30' },
      ],
    }),
    meeting({ slug: 'dance', event_dates: ['2026-12-31', '2027-12-31'] }),
  ];

  it('are the same across two builds', () => {
    const uids = (ics: string) => events(ics).map((e) => prop(e, 'UID'));
    expect(uids(calendar(listings))).toEqual(uids(calendar(listings.map((l) => ({ ...l })))));
  });

  it('are unique across a calendar, even when a file lists a session twice', () => {
    const uids = events(calendar(listings)).map((e) => prop(e, 'UID'));
    expect(uids).toHaveLength(6);
    expect(new Set(uids).size).toBe(6);
    expect(uids).toContain('night-owls-saturday-2300-2@example.org');
  });
});

describe('deterministic output', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes for the same input, whatever day it is built', () => {
    const listings = [meeting(), meeting({ slug: 'b', timezone: 'America/Los_Angeles' })];
    vi.useFakeTimers({ now: new Date('2027-06-01T12:00:00Z') });
    const first = calendar(listings);
    vi.setSystemTime(new Date('2030-01-15T03:00:00Z'));
    expect(calendar(listings)).toBe(first);
  });
});

describe('temporarily closed listings', () => {
  const closed = meeting({ status: 'temporarily-closed', status_note: 'The hall is being repaired.' });

  it('are left out of the all-meetings calendar', () => {
    expect(inMeetingsCalendar(closed)).toBe(false);
    expect(inMeetingsCalendar(meeting())).toBe(true);
    expect(inMeetingsCalendar(meeting({ schedule: undefined }))).toBe(false);
  });

  it('keep their own file, with the sessions cancelled and the reason given', () => {
    const [event] = events(calendar([closed]));
    expect(prop(event!, 'STATUS')).toBe('CANCELLED');
    expect(prop(event!, 'DESCRIPTION')).toContain('Temporarily closed: The hall is being repaired.');
  });
});

describe('a zone without VTIMEZONE data', () => {
  it('falls back to UTC times and says so', () => {
    const ics = buildCalendar([meeting({ schedule: [{ day: 'monday', start: '20:00' }] })], site, {
      name: 'x',
      zoneLookup: () => undefined,
    });
    const [event] = events(ics);
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
    // Monday 2 November 2026, 8 PM Eastern Standard Time, is 1 AM Tuesday in UTC.
    expect(prop(event!, 'DTSTART')).toBe('20261103T010000Z');
    expect(prop(event!, 'RRULE')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(prop(event!, 'COMMENT')).toContain('Times are in UTC');
  });
});

describe('read back by a real parser (ical.js)', () => {
  const listings = [
    meeting({ slug: 'sunday-detroit', schedule: [{ day: 'sunday', start: '19:00', end: '20:00' }] }),
    meeting({ slug: 'late-night', schedule: [{ day: 'saturday', start: '23:00', end: '00:30' }] }),
    meeting({
      slug: 'sunday-la',
      timezone: 'America/Los_Angeles',
      schedule: [{ day: 'sunday', start: '19:00', end: '20:00' }],
    }),
  ].map((l) => ({ ...l, last_verified: '2026-02-28' }));

  const root = new ICAL.Component(ICAL.parse(calendar(listings)));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const parsed = new Map(
    root.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return [event.uid.split('-').slice(0, 2).join('-'), event];
    }),
  );

  /** Occurrences from the series' start up to (not including) a date. */
  function occurrences(event: ICAL.Event, before: string): ICAL.Time[] {
    const out: ICAL.Time[] = [];
    const it = event.iterator();
    const end = ICAL.Time.fromDateString(before);
    for (let next = it.next(); next && next.compare(end) < 0; next = it.next()) out.push(next);
    return out;
  }

  const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

  it('reads one VTIMEZONE per zone and keeps each event in its own zone', () => {
    expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'America/Detroit',
      'America/Los_Angeles',
    ]);
    expect(parsed.get('sunday-detroit')!.startDate.zone?.tzid).toBe('America/Detroit');
    expect(parsed.get('sunday-la')!.startDate.zone?.tzid).toBe('America/Los_Angeles');
  });

  it('keeps a Sunday 7 PM meeting at 7 PM local through both daylight saving changes of 2026', () => {
    const all = occurrences(parsed.get('sunday-detroit')!, '2026-11-10');
    expect(all).toHaveLength(37); // every Sunday from 1 March to 8 November
    expect(all.every((t) => t.hour === 19 && t.minute === 0 && t.dayOfWeek() === ICAL.Time.SUNDAY)).toBe(true);
    const byDate = new Map(all.map((t) => [t.toString().slice(0, 10), utc(t)]));
    // DST starts Sunday 8 March and ends Sunday 1 November 2026 in Michigan.
    expect(byDate.get('2026-03-01')).toBe('2026-03-02T00:00:00.000Z'); // EST, UTC−5
    expect(byDate.get('2026-03-08')).toBe('2026-03-08T23:00:00.000Z'); // EDT, UTC−4
    expect(byDate.get('2026-10-25')).toBe('2026-10-25T23:00:00.000Z'); // EDT
    expect(byDate.get('2026-11-01')).toBe('2026-11-02T00:00:00.000Z'); // EST again
  });

  it('ends a late meeting at 12:30 AM the next day, an hour and a half later, across a DST change', () => {
    const event = parsed.get('late-night')!;
    const starts = occurrences(event, '2026-11-09');
    expect(starts).toHaveLength(37);
    for (const start of starts) {
      const { endDate } = event.getOccurrenceDetails(start);
      expect(endDate.dayOfWeek()).toBe(ICAL.Time.SUNDAY);
      expect([endDate.hour, endDate.minute]).toEqual([0, 30]);
      expect(endDate.toJSDate().getTime() - start.toJSDate().getTime()).toBe(90 * 60_000);
    }
    // Saturdays 28 February and 7 March at 11 PM EST, then 14 March at 11 PM EDT.
    expect(occurrences(event, '2026-03-20').map(utc)).toEqual([
      '2026-03-01T04:00:00.000Z',
      '2026-03-08T04:00:00.000Z',
      '2026-03-15T03:00:00.000Z',
    ]);
  });

  it('keeps the Los Angeles meeting at 7 PM Pacific', () => {
    const all = occurrences(parsed.get('sunday-la')!, '2026-03-20');
    expect(all.every((t) => t.hour === 19 && t.zone?.tzid === 'America/Los_Angeles')).toBe(true);
    expect(all.map(utc)).toEqual([
      '2026-03-02T03:00:00.000Z', // PST, UTC−8
      '2026-03-09T02:00:00.000Z', // PDT, UTC−7
      '2026-03-16T02:00:00.000Z',
    ]);
  });
});
