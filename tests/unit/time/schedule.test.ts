import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  MINUTE_MS,
  SOON_MINUTES,
  addDays,
  instantAt,
  occurrenceOn,
  occurrencesBetween,
  offsetAt,
  openState,
  parseDate,
  sessionState,
  slotsOfHours,
  slotsOfSchedule,
  wallClockAt,
  weekdayOf,
  type LocalDate,
  type WeeklySlot,
} from '#lib/time/schedule.ts';
import { clockAt, dayWord, describeOpen, describeSession, sameClock, timeForVisitor } from '#lib/time/schedule-text.ts';
import { zoneName } from '#lib/time/format.ts';
import { timeWords } from '#i18n/index.ts';

const en = timeWords('en');

/**
 * Zones chosen for their awkward clocks: US and EU daylight saving, the southern hemisphere,
 * half- and quarter-hour offsets, a 30-minute DST shift (Lord Howe), changes at midnight
 * (Santiago, Havana), and none at all.
 */
const ZONES = [
  'America/Detroit',
  'America/New_York',
  'America/Los_Angeles',
  'America/Santiago',
  'America/Havana',
  'America/St_Johns',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
] as const;

const HOUR_MS = 60 * MINUTE_MS;

/** Every instant in [from, to) at which the zone's offset changes, found by bisection. */
function transitions(zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let t = from; t < to; t += DAY_MS) {
    let lo = t;
    let hi = Math.min(t + DAY_MS, to);
    if (offsetAt(lo, zone) === offsetAt(hi, zone)) continue;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(mid, zone) === offsetAt(lo, zone)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2028, 0, 1);
const TRANSITIONS = Object.fromEntries(ZONES.map((z) => [z, transitions(z, FROM, TO)])) as Record<string, number[]>;

const zone = fc.constantFrom(...ZONES);
const dstZone = fc.constantFrom(...ZONES.filter((z) => TRANSITIONS[z]!.length > 0));
const minuteOfDay = fc.integer({ min: 0, max: 1439 });
/** Wall-clock minutes on a five-minute grid, like real schedules. */
const scheduleMinute = fc.integer({ min: 0, max: 287 }).map((n) => n * 5);
const anyInstant = fc.integer({ min: FROM / MINUTE_MS, max: TO / MINUTE_MS - 1 }).map((m) => m * MINUTE_MS);
/** An instant within a day and a half of a clock change in the zone: where the bugs live. */
const nearTransition = (z: string) =>
  fc
    .tuple(fc.constantFrom(...TRANSITIONS[z]!), fc.integer({ min: -36 * 60, max: 36 * 60 }))
    .map(([t, m]) => t + m * MINUTE_MS);
const slot: fc.Arbitrary<WeeklySlot> = fc.record(
  {
    day: fc.integer({ min: 0, max: 6 }),
    start: scheduleMinute,
    end: scheduleMinute,
  },
  { requiredKeys: ['day', 'start'] },
);

function dateOf(instant: number, z: string): LocalDate {
  const { year, month, day } = wallClockAt(instant, z);
  return { year, month, day };
}

describe('wall clocks and instants', () => {
  it('knows the 2026 US changes in Detroit', () => {
    expect(TRANSITIONS['America/Detroit']).toContain(Date.UTC(2026, 2, 8, 7));
    expect(TRANSITIONS['America/Detroit']).toContain(Date.UTC(2026, 10, 1, 6));
    expect(TRANSITIONS['Asia/Kolkata']).toEqual([]);
  });

  it('reads a skipped spring-forward time with the offset from before the gap (RFC 5545)', () => {
    // 02:30 does not happen on 8 March 2026 in Detroit; calendars read it as 03:30 EDT.
    const t = instantAt({ year: 2026, month: 3, day: 8 }, 150, 'America/Detroit');
    expect(new Date(t).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(wallClockAt(t, 'America/Detroit').minutes).toBe(210);
  });

  it('takes the first of a repeated fall-back time', () => {
    const t = instantAt({ year: 2026, month: 11, day: 1 }, 90, 'America/Detroit');
    expect(new Date(t).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles a change at midnight (Santiago skips 00:00–00:59)', () => {
    const gap = TRANSITIONS['America/Santiago']!.find(
      (t) => offsetAt(t, 'America/Santiago') > offsetAt(t - 1, 'America/Santiago'),
    )!;
    const day = dateOf(gap, 'America/Santiago');
    const midnight = instantAt(day, 0, 'America/Santiago');
    expect(wallClockAt(midnight, 'America/Santiago').minutes).toBe(60);
    expect(weekdayOf(wallClockAt(midnight, 'America/Santiago'))).toBe(weekdayOf(day));
  });

  it('round-trips any wall time, except that a skipped one moves forward by the gap', () => {
    fc.assert(
      fc.property(zone, anyInstant, minuteOfDay, (z, someDay, minutes) => {
        const date = dateOf(someDay, z);
        const t = instantAt(date, minutes, z);
        const back = wallClockAt(t, z);
        const wanted = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
        const got = Date.UTC(back.year, back.month - 1, back.day) + back.minutes * MINUTE_MS;
        if (got === wanted) return;
        // Only a gap may move it, forward, by exactly the change in offset around it.
        const gap = offsetAt(t, z) - offsetAt(t - DAY_MS / 2, z);
        expect(gap).toBeGreaterThan(0);
        expect(got - wanted).toBe(gap);
      }),
      { numRuns: 600 },
    );
  });

  it('round-trips wall times near every clock change', () => {
    fc.assert(
      fc.property(
        dstZone.chain((z) => fc.tuple(fc.constant(z), nearTransition(z), minuteOfDay)),
        ([z, near, minutes]) => {
          const date = dateOf(near, z);
          const t = instantAt(date, minutes, z);
          const back = wallClockAt(t, z);
          const wanted = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
          const got = Date.UTC(back.year, back.month - 1, back.day) + back.minutes * MINUTE_MS;
          expect(got - wanted).toBeGreaterThanOrEqual(0);
          expect(got - wanted).toBeLessThanOrEqual(HOUR_MS);
          if (got !== wanted) expect(offsetAt(t, z)).toBeGreaterThan(offsetAt(t - DAY_MS / 2, z));
        },
      ),
      { numRuns: 800 },
    );
  });

  it('turns any instant back into the first instant showing the same wall time', () => {
    fc.assert(
      fc.property(
        dstZone.chain((z) => fc.tuple(fc.constant(z), fc.oneof(nearTransition(z), anyInstant))),
        ([z, t]) => {
          const wall = wallClockAt(t, z);
          const first = instantAt(wall, wall.minutes, z);
          expect(first).toBeLessThanOrEqual(t);
          // The same wall reading: only an earlier repeat of a fall-back hour may come first.
          expect(wallClockAt(first, z)).toEqual(wall);
          expect(t - first).toBeLessThanOrEqual(HOUR_MS);
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('weekly sessions', () => {
  it('lasts its wall-clock length, give or take the clock change, and never less than nothing', () => {
    fc.assert(
      fc.property(
        dstZone.chain((z) => fc.tuple(fc.constant(z), nearTransition(z), slot)),
        ([z, near, s]) => {
          const date = dateOf(near, z);
          const o = occurrenceOn({ ...s, day: weekdayOf(date) }, date, z);
          expect(o.end).toBeGreaterThanOrEqual(o.start);
          if (s.end === undefined) {
            expect(o.end - o.start).toBe(HOUR_MS);
            return;
          }
          const wallLength = ((s.end - s.start + 1440 - 1) % 1440) + 1;
          expect(Math.abs(o.end - o.start - wallLength * MINUTE_MS)).toBeLessThanOrEqual(HOUR_MS);
        },
      ),
      { numRuns: 800 },
    );
  });

  it('is in progress at every minute of a session, including past midnight and across clock changes', () => {
    fc.assert(
      fc.property(
        zone.chain((z) =>
          fc.tuple(
            fc.constant(z),
            TRANSITIONS[z]!.length ? fc.oneof(nearTransition(z), anyInstant) : anyInstant,
            slot,
            fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
          ),
        ),
        ([z, near, s, fraction]) => {
          const date = dateOf(near, z);
          const weekly = { ...s, day: weekdayOf(date) };
          const o = occurrenceOn(weekly, date, z);
          fc.pre(o.end > o.start);
          const now = o.start + Math.floor(((o.end - o.start) * fraction) / MINUTE_MS) * MINUTE_MS;
          const state = sessionState([weekly], z, now);
          expect(state.kind).toBe('in-progress');
          if (state.kind !== 'in-progress') return;
          expect(state.occurrence.start).toBeLessThanOrEqual(now);
          expect(state.occurrence.end).toBeGreaterThan(now);
        },
      ),
      { numRuns: 800 },
    );
  });

  it('says "starts in N minutes" in the hour before, and never misses a session in the week ahead', () => {
    fc.assert(
      fc.property(
        dstZone.chain((z) => fc.tuple(fc.constant(z), fc.oneof(nearTransition(z), anyInstant), slot)),
        ([z, now, s]) => {
          const state = sessionState([s], z, now);
          expect(state.kind).not.toBe('none');
          if (state.kind === 'none') return;
          const o = state.occurrence;
          // Its wall clock is the slot's (a start in a gap moves forward by less than a day).
          const startWall = wallClockAt(o.start, z);
          const moved = (startWall.minutes - s.start + 1440) % 1440;
          expect(moved === 0 || moved <= 60).toBe(true);
          // Nothing of the slot runs between now and the session found.
          const between = occurrencesBetween([s], z, now, o.start);
          expect(between.filter((x) => x.start !== o.start && x.end > x.start)).toEqual([]);
          if (state.kind === 'starting-soon') {
            expect(state.minutesUntil).toBe(Math.ceil((o.start - now) / MINUTE_MS));
            expect(state.minutesUntil).toBeLessThanOrEqual(SOON_MINUTES);
          }
          if (state.kind === 'later') expect(o.start - now).toBeGreaterThan(SOON_MINUTES * MINUTE_MS);
          expect(o.start - now).toBeLessThanOrEqual(7 * DAY_MS + 2 * HOUR_MS);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('keeps a Sunday 19:00 meeting at 19:00 local across both 2026 changes in Detroit', () => {
    const [sunday] = slotsOfSchedule([{ day: 'sunday', start: '19:00', end: '20:00' }]);
    const starts = occurrencesBetween([sunday!], 'America/Detroit', Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 16)).map(
      (o) => new Date(o.start).toISOString(),
    );
    // EST (UTC−5) on 1 March, EDT (UTC−4) from 8 March.
    expect(starts).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-08T23:00:00.000Z', '2026-03-15T23:00:00.000Z']);
    const fall = occurrencesBetween([sunday!], 'America/Detroit', Date.UTC(2026, 9, 25), Date.UTC(2026, 10, 3)).map(
      (o) => new Date(o.start).toISOString(),
    );
    expect(fall).toEqual(['2026-10-25T23:00:00.000Z', '2026-11-02T00:00:00.000Z']);
  });

  it('counts a 23:00–01:00 Friday meeting as in progress at 00:30 on Saturday', () => {
    const slots = slotsOfSchedule([{ day: 'friday', start: '23:00', end: '01:00' }]);
    // Saturday 28 November 2026, 00:30 in Detroit (EST) is 05:30 UTC.
    const state = sessionState(slots, 'America/Detroit', Date.UTC(2026, 10, 28, 5, 30));
    expect(state).toMatchObject({ kind: 'in-progress', minutesLeft: 30 });
    expect(sessionState(slots, 'America/Detroit', Date.UTC(2026, 10, 28, 6, 0)).kind).toBe('later');
  });

  it('runs an overnight session on the night the clocks go back for one hour more', () => {
    const slots = slotsOfSchedule([{ day: 'saturday', start: '23:00', end: '03:00' }]);
    const [night] = occurrencesBetween(slots, 'America/Detroit', Date.UTC(2026, 9, 31, 12), Date.UTC(2026, 10, 1, 12));
    expect((night!.end - night!.start) / HOUR_MS).toBe(5);
  });

  it('only meets on its event dates when it has them', () => {
    const slots = slotsOfSchedule([{ day: 'thursday', start: '20:00', end: '00:30' }]);
    const dates = [parseDate('2026-12-31')];
    const tz = 'America/Detroit';
    expect(sessionState(slots, tz, Date.UTC(2026, 11, 1), { dates })).toMatchObject({ kind: 'later' });
    const state = sessionState(slots, tz, Date.UTC(2026, 11, 1), { dates });
    if (state.kind === 'later') expect(new Date(state.occurrence.start).toISOString()).toBe('2027-01-01T01:00:00.000Z');
    // New Year's Day, 00:15 local: still on.
    expect(sessionState(slots, tz, Date.UTC(2027, 0, 1, 5, 15), { dates }).kind).toBe('in-progress');
    expect(sessionState(slots, tz, Date.UTC(2027, 0, 2), { dates }).kind).toBe('none');
    // A Thursday that is not an event date has nothing.
    expect(occurrencesBetween(slots, tz, Date.UTC(2026, 11, 9), Date.UTC(2026, 11, 12), { dates })).toEqual([]);
  });
});

describe('opening hours', () => {
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
  const everyDay = [...weekdays, 'saturday', 'sunday'] as const;

  it('is open around the clock when every day runs 00:00–23:59', () => {
    const slots = slotsOfHours([{ days: [...everyDay], opens: '00:00', closes: '23:59' }]);
    fc.assert(
      fc.property(zone, anyInstant, (z, now) => {
        expect(openState(slots, z, now)).toEqual({ kind: 'open', closesAt: Infinity, closesSoon: false });
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the wall clock on ordinary days, and knows when it next changes', () => {
    const block = fc.record({
      days: fc.uniqueArray(fc.constantFrom(...everyDay), { minLength: 1, maxLength: 7 }),
      opens: scheduleMinute,
      closes: scheduleMinute,
    });
    fc.assert(
      fc.property(zone, anyInstant, fc.array(block, { minLength: 1, maxLength: 3 }), (z, now, blocks) => {
        fc.pre(blocks.every((b) => b.opens !== b.closes));
        // Away from clock changes the wall clock alone decides; the change days have their own test.
        fc.pre(offsetAt(now - 2 * DAY_MS, z) === offsetAt(now + 2 * DAY_MS, z));
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const slots = slotsOfHours(blocks.map((b) => ({ days: b.days, opens: hhmm(b.opens), closes: hhmm(b.closes) })));
        const wall = wallClockAt(now, z);
        const minuteOfWeek = wall.weekday * 1440 + wall.minutes;
        const openByWall = slots.some((s) => {
          const start = s.day * 1440 + s.start;
          const length = (s.end! - s.start + 1440) % 1440 || 1440;
          const since = (minuteOfWeek - start + 7 * 1440) % (7 * 1440);
          return since < length;
        });
        const state = openState(slots, z, now);
        expect(state.kind).toBe(openByWall ? 'open' : 'closed');
        if (state.kind === 'open' && state.closesAt !== Infinity) {
          expect(state.closesAt).toBeGreaterThan(now);
          expect(openState(slots, z, state.closesAt).kind).toBe('closed');
          expect(openState(slots, z, state.closesAt - MINUTE_MS).kind).toBe('open');
          expect(state.closesSoon).toBe(state.closesAt - now <= SOON_MINUTES * MINUTE_MS);
        }
        if (state.kind === 'closed' && state.opensAt !== undefined) {
          expect(openState(slots, z, state.opensAt).kind).toBe('open');
          expect(openState(slots, z, state.opensAt - MINUTE_MS).kind).toBe('closed');
        }
      }),
      { numRuns: 600 },
    );
  });

  it('closes at 17:00 local on the day the clocks change', () => {
    const slots = slotsOfHours([{ days: ['sunday'], opens: '09:00', closes: '17:00' }]);
    const tz = 'America/Detroit';
    // Sunday 8 March 2026, 16:30 EDT (UTC−4).
    expect(openState(slots, tz, Date.UTC(2026, 2, 8, 20, 30))).toEqual({
      kind: 'open',
      closesAt: Date.UTC(2026, 2, 8, 21),
      closesSoon: true,
    });
  });

  it('joins a block that closes at midnight with one that opens at 00:00', () => {
    const slots = slotsOfHours([
      { days: ['friday'], opens: '18:00', closes: '23:59' },
      { days: ['saturday'], opens: '00:00', closes: '02:00' },
    ]);
    // Friday 27 November 2026, 23:30 EST.
    const state = openState(slots, 'America/Detroit', Date.UTC(2026, 10, 28, 4, 30));
    expect(state).toEqual({ kind: 'open', closesAt: Date.UTC(2026, 10, 28, 7), closesSoon: false });
  });
});

describe('times for a visitor in another zone', () => {
  const now = Date.UTC(2026, 10, 25, 17); // Wednesday noon in Detroit, 9 AM in Los Angeles.

  it('shows the visitor’s clock first and the listing’s in brackets when they differ', () => {
    expect(timeForVisitor(now, 'America/Detroit', 'America/Detroit', en)).toBe('noon');
    expect(timeForVisitor(now, 'America/Detroit', 'America/Los_Angeles', en)).toBe(
      `9:00 AM (noon ${zoneName('America/Detroit', 'en-US')})`,
    );
  });

  it('names the listing’s zone exactly when the two clocks read differently', () => {
    fc.assert(
      fc.property(zone, zone, anyInstant, (listing, visitor, t) => {
        const text = timeForVisitor(t, listing, visitor, en);
        expect(text.startsWith(clockAt(t, visitor, en))).toBe(true);
        const differ = offsetAt(t, listing) !== offsetAt(t, visitor);
        expect(sameClock(t, listing, visitor)).toBe(!differ);
        expect(text.includes('(')).toBe(differ);
        if (differ) expect(text).toContain(clockAt(t, listing, en));
      }),
      { numRuns: 400 },
    );
  });

  it('says today or tomorrow by the visitor’s own calendar', () => {
    const isEqual = (x: object, y: object) => JSON.stringify(x) === JSON.stringify(y);
    fc.assert(
      fc.property(zone, anyInstant, fc.integer({ min: 0, max: 6 * 24 * 60 }), (visitor, t, ahead) => {
        const then = t + ahead * MINUTE_MS;
        const word = dayWord(then, t, visitor, en);
        const a = wallClockAt(t, visitor);
        const b = wallClockAt(then, visitor);
        if (word === 'today') expect([b.year, b.month, b.day]).toEqual([a.year, a.month, a.day]);
        else if (word === 'tomorrow') expect(addDays(a, 1)).toEqual({ year: b.year, month: b.month, day: b.day });
        // Six days of minutes across a clock change forward can reach the same weekday a week
        // on: that day is named by its date, never by a weekday that would read as today's.
        else if (isEqual(addDays(a, 7), { year: b.year, month: b.month, day: b.day })) expect(word).toMatch(/\d/);
        else expect(b.weekday).not.toBe(a.weekday);
      }),
      { numRuns: 300, examples: [['America/Santiago', 1819940880000, 8632]] },
    );
  });

  it('describes every state in a short line', () => {
    const slots = slotsOfSchedule([{ day: 'wednesday', start: '12:30', end: '13:30' }]);
    const tz = 'America/Detroit';
    expect(describeSession(sessionState(slots, tz, now), tz, tz, now, en)).toBe('Starts in 30 minutes · 12:30 PM');
    const during = now + 45 * MINUTE_MS;
    expect(describeSession(sessionState(slots, tz, during), tz, tz, during, en)).toBe('In progress · ends at 1:30 PM');
    const after = now + 3 * HOUR_MS;
    expect(describeSession(sessionState(slots, tz, after), tz, tz, after, en)).toBe(
      'Next: Wednesday, December 2 at 12:30 PM',
    );
    expect(describeSession(sessionState(slots, tz, now), tz, 'America/Los_Angeles', now, en)).toBe(
      `Starts in 30 minutes · 9:30 AM (12:30 PM ${zoneName(tz, 'en-US')})`,
    );
    // A one-off event weeks away gives its date, not a weekday that could mean this week.
    const party = slotsOfSchedule([{ day: 'thursday', start: '20:00' }]);
    const dates = [parseDate('2026-12-31')];
    expect(describeSession(sessionState(party, tz, now, { dates }), tz, tz, now, en)).toBe(
      'Next: Thursday, December 31 at 8:00 PM',
    );
    const hours = slotsOfHours([{ days: ['wednesday', 'thursday'], opens: '09:00', closes: '17:00' }]);
    expect(describeOpen(openState(hours, tz, now), tz, tz, now, en)).toBe('Open now · closes at 5:00 PM');
    const evening = now + 6 * HOUR_MS;
    expect(describeOpen(openState(hours, tz, evening), tz, tz, evening, en)).toBe(
      'Closed now · opens tomorrow at 9:00 AM',
    );
  });
});
