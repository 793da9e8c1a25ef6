/**
 * Time zones in iCalendar files (src/lib/open-data/ical/zones.ts): UTC times with a warning when
 * a zone has no VTIMEZONE data, and, read back by a real parser (ical.js), meetings that keep
 * their wall-clock time through daylight saving changes.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '#lib/open-data/ical/calendar.ts';
import { calendar, events, meeting, prop, site } from './calendars.ts';

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
