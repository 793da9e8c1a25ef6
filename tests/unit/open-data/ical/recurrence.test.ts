/**
 * Sessions that are not weekly in iCalendar files (src/lib/open-data/ical/events.ts and
 * times.ts): monthly rules by week of the month, every other week from an anchor date, a series
 * that starts on its first real session, and, read back by an independent parser (ical.js), the
 * same dates as the site's own schedule logic gives for a whole year.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarListing } from '#lib/open-data/ical/calendar.ts';
import { byDayOf, recurrenceOf, rruleLine } from '#lib/open-data/ical/times.ts';
import { occurrencesBetween, parseDate, slotsOfSchedule, instantAt } from '#lib/time/schedule.ts';
import { calendar, events, meeting, prop, site } from './calendars.ts';

describe('rules', () => {
  it('writes BYDAY with week ordinals, "last" as -1, in calendar order', () => {
    expect(byDayOf('saturday', [2])).toBe('2SA');
    expect(byDayOf('thursday', [3, 1])).toBe('1TH,3TH');
    expect(byDayOf('friday', ['last'])).toBe('-1FR');
    expect(byDayOf('monday')).toBe('MO');
  });

  it('says MONTHLY for weeks of the month and INTERVAL=2 for every other week', () => {
    expect(rruleLine(recurrenceOf({ day: 'saturday', start: '08:00', weeks: [2] }))).toBe(
      'RRULE:FREQ=MONTHLY;BYDAY=2SA',
    );
    expect(rruleLine(recurrenceOf({ day: 'friday', start: '17:30', every_other_week_from: '2026-01-09' }))).toBe(
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    );
    expect(rruleLine(recurrenceOf({ day: 'monday', start: '19:00' }))).toBe('RRULE:FREQ=WEEKLY;BYDAY=MO');
  });
});

describe('a series starts on its first real session', () => {
  // last_verified is Sunday 1 November 2026.
  it('monthly: the 2nd Saturday after last_verified, not the 1st', () => {
    const [event] = events(calendar([meeting({ schedule: [{ day: 'saturday', start: '08:00', weeks: [2] }] })]));
    expect(prop(event!, 'DTSTART')).toBe('20261114T080000');
    expect(prop(event!, 'RRULE')).toBe('FREQ=MONTHLY;BYDAY=2SA');
  });

  it('fortnightly: a session counted from the anchor, on or after last_verified', () => {
    const [event] = events(
      calendar([meeting({ schedule: [{ day: 'friday', start: '17:30', every_other_week_from: '2026-01-09' }] })]),
    );
    // 9 January + 14 × 22 days = 13 November; 6 November is an off week.
    expect(prop(event!, 'DTSTART')).toBe('20261113T173000');
    expect(prop(event!, 'RRULE')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR');
  });

  it('fortnightly with an anchor still ahead: starts on the anchor', () => {
    const [event] = events(
      calendar([meeting({ schedule: [{ day: 'friday', start: '17:30', every_other_week_from: '2027-01-08' }] })]),
    );
    expect(prop(event!, 'DTSTART')).toBe('20270108T173000');
  });
});

describe('read back by ical.js, the same dates as the site works out', () => {
  const zone = 'America/Detroit';
  const cases: { name: string; schedule: NonNullable<CalendarListing['schedule']>; timezone?: string }[] = [
    { name: 'second-saturday', schedule: [{ day: 'saturday', start: '08:00', end: '13:00', weeks: [2] }] },
    { name: 'first-third-thursday', schedule: [{ day: 'thursday', start: '15:00', end: '18:00', weeks: [1, 3] }] },
    { name: 'last-friday', schedule: [{ day: 'friday', start: '19:00', weeks: ['last'] }] },
    { name: 'fifth-sunday', schedule: [{ day: 'sunday', start: '02:30', end: '04:00', weeks: [5] }] },
    {
      name: 'every-other-friday',
      schedule: [{ day: 'friday', start: '17:30', end: '19:30', every_other_week_from: '2026-01-09' }],
    },
    {
      name: 'late-night-fortnight',
      schedule: [{ day: 'saturday', start: '23:30', end: '01:00', every_other_week_from: '2026-02-28' }],
    },
  ];
  const listings = cases.map((c) =>
    meeting({ slug: c.name, schedule: c.schedule, last_verified: '2026-01-01', timezone: zone }),
  );
  const root = new ICAL.Component(ICAL.parse(calendar(listings)));
  for (const z of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(z);
  const parsed = new Map(
    root.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return [event.uid.replace(/-[a-z]+day-\d{4}@.*$/, ''), event];
    }),
  );

  const from = instantAt(parseDate('2026-01-01'), 0, zone);
  const to = instantAt(parseDate('2027-01-01'), 0, zone);

  for (const c of cases) {
    it(`${c.name}: every start in 2026 agrees`, () => {
      const event = parsed.get(c.name)!;
      const theirs: number[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.toJSDate().getTime() < to; next = iterator.next()) {
        theirs.push(next.toJSDate().getTime());
      }
      const ours = occurrencesBetween(slotsOfSchedule(c.schedule), zone, from, to).map((o) => o.start);
      expect(theirs.length).toBeGreaterThanOrEqual(4);
      expect(theirs.map((t) => new Date(t).toISOString())).toEqual(ours.map((t) => new Date(t).toISOString()));
    });
  }

  it('puts the 2nd Saturday on 12 December 2026 and the 5th Sunday only in months that have one', () => {
    const dates = (name: string) => {
      const out: string[] = [];
      const iterator = parsed.get(name)!.iterator();
      for (let next = iterator.next(); next && next.year < 2027; next = iterator.next()) {
        out.push(next.toString().slice(0, 10));
      }
      return out;
    };
    expect(dates('second-saturday')).toContain('2026-12-12');
    expect(dates('second-saturday')).not.toContain('2026-12-05');
    expect(dates('fifth-sunday')).toEqual(['2026-03-29', '2026-05-31', '2026-08-30', '2026-11-29']);
    expect(dates('last-friday').slice(0, 3)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });
});

describe('a zone without VTIMEZONE data', () => {
  it("lists a monthly series' dates when its sessions fall on another date in UTC", () => {
    const ics = buildCalendar(
      [meeting({ schedule: [{ day: 'saturday', start: '20:00', weeks: [2] }], last_verified: '2026-01-01' })],
      site,
      { name: 'x', zoneLookup: () => undefined },
    );
    const [event] = events(ics);
    // Saturday 10 January 2026, 8 PM EST, is 1 AM Sunday in UTC: no BYDAY rule can say that.
    expect(prop(event!, 'DTSTART')).toBe('20260111T010000Z');
    expect(prop(event!, 'RRULE')).toBeUndefined();
    const rdates = prop(event!, 'RDATE')!.split(',');
    expect(rdates.slice(0, 2)).toEqual(['20260215T010000Z', '20260315T000000Z']);
    expect(rdates).toHaveLength(12); // to 9 January 2027, a year on
  });

  it('keeps a rule when the date is the same in UTC', () => {
    const ics = buildCalendar(
      [meeting({ schedule: [{ day: 'saturday', start: '08:00', weeks: [2] }], last_verified: '2026-01-01' })],
      site,
      { name: 'x', zoneLookup: () => undefined },
    );
    expect(prop(events(ics)[0]!, 'RRULE')).toBe('FREQ=MONTHLY;BYDAY=2SA');
  });
});
