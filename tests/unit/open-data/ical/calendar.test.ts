/**
 * iCalendar files of listings (src/lib/open-data/ical/calendar.ts and events.ts): weekly series
 * and event dates, times past midnight or without an end, private and online places, stable UIDs,
 * the same bytes on any build day, and temporarily closed listings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCalendar, calendarSite, inMeetingsCalendar, type CalendarListing } from '#lib/open-data/ical/calendar.ts';
import { calendar, contentLines, events, meeting, prop, site } from './calendars.ts';

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
    const start = (day: 'sunday' | 'saturday') =>
      prop(events(calendar([meeting({ schedule: [{ day, start: '10:00' }] })]))[0]!, 'DTSTART');
    expect(start('sunday')).toBe('20261101T100000');
    expect(start('saturday')).toBe('20261107T100000');
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
