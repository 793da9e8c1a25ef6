/**
 * Schedules that are not weekly (src/lib/time/schedule.ts, schedule-text.ts): the n-th and the
 * last weekday of a month, every other week from an anchor date, what comes next, and the words
 * for them. Property tests check month ends, fifth weeks, "last" and clock changes against a
 * plain day-by-day count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  addDays,
  daysBetween,
  daysInMonth,
  decodeSlots,
  encodeSlots,
  firstSessionOnOrAfter,
  happensOn,
  instantAt,
  isWeekOfMonth,
  occurrencesBetween,
  sessionState,
  slotsOfSchedule,
  wallClockAt,
  weekdayOf,
  type LocalDate,
  type WeeklySlot,
} from '#lib/time/schedule.ts';
import { describeSession, recurrenceText } from '#lib/time/schedule-text.ts';
import { timeWords } from '#i18n/index.ts';

const en = timeWords('en');
const es = timeWords('es');
import type { Schedule } from '#schemas/schedule.ts';

const ZONES = ['America/Detroit', 'America/Santiago', 'Australia/Lord_Howe', 'Europe/London', 'UTC'] as const;

const date: fc.Arbitrary<LocalDate> = fc
  .integer({ min: 0, max: 365 * 8 })
  .map((n) => addDays({ year: 2024, month: 1, day: 1 }, n));

/** The plain count: how many days of the month up to `d` fall on its weekday, and how many in all. */
function countInMonth(d: LocalDate): { nth: number; total: number } {
  let nth = 0;
  let total = 0;
  for (let day = 1; day <= daysInMonth(d.year, d.month); day++) {
    if (weekdayOf({ ...d, day }) !== weekdayOf(d)) continue;
    total++;
    if (day <= d.day) nth++;
  }
  return { nth, total };
}

describe('weeks of the month', () => {
  it('puts every date in exactly one of the 1st–5th weeks, the one a plain count gives', () => {
    fc.assert(
      fc.property(date, (d) => {
        const matches = [1, 2, 3, 4, 5].filter((n) => isWeekOfMonth(d, n));
        expect(matches).toEqual([countInMonth(d).nth]);
      }),
    );
  });

  it('calls a date "last" exactly when no later day of its month falls on its weekday', () => {
    fc.assert(
      fc.property(date, (d) => {
        const { nth, total } = countInMonth(d);
        expect(isWeekOfMonth(d, -1)).toBe(nth === total);
      }),
    );
  });

  it('knows month ends: 28, 29, 30 and 31 days', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    // The last Saturday of February 2026 is the 28th, the 4th; of May 2026 the 30th, the 5th.
    expect(isWeekOfMonth({ year: 2026, month: 2, day: 28 }, -1)).toBe(true);
    expect(isWeekOfMonth({ year: 2026, month: 5, day: 30 }, -1)).toBe(true);
    expect(isWeekOfMonth({ year: 2026, month: 5, day: 23 }, -1)).toBe(false);
  });

  it('gives a 5th week only in months with five such weekdays, and never in a 28-day February', () => {
    fc.assert(
      fc.property(date, (d) => {
        const { total } = countInMonth(d);
        const fifth = Array.from({ length: daysInMonth(d.year, d.month) }, (_, i) => ({ ...d, day: i + 1 })).filter(
          (x) => weekdayOf(x) === weekdayOf(d) && isWeekOfMonth(x, 5),
        );
        expect(fifth.length).toBe(total === 5 ? 1 : 0);
        if (d.month === 2 && daysInMonth(d.year, 2) === 28) expect(fifth).toHaveLength(0);
      }),
    );
  });
});

const weeks = fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, -1), { minLength: 1, maxLength: 3 });
const monthlySlot: fc.Arbitrary<WeeklySlot> = fc.record({
  day: fc.integer({ min: 0, max: 6 }),
  start: fc.integer({ min: 0, max: 287 }).map((n) => n * 5),
  end: fc.integer({ min: 0, max: 287 }).map((n) => n * 5),
  weeks,
});
const instant = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2028, 0, 1) / 60_000 })
  .map((m) => m * 60_000);

describe('occurrences of a monthly slot', () => {
  it('start only on the weeks listed, on the slot’s weekday, in the zone’s own calendar', () => {
    fc.assert(
      fc.property(monthlySlot, fc.constantFrom(...ZONES), instant, (slot, zone, from) => {
        for (const o of occurrencesBetween([slot], zone, from, from + 70 * DAY_MS)) {
          // Gaps (Santiago skips 00:00–00:59) move a start later on the same day, never to another.
          const { year, month, day } = wallClockAt(o.start, zone);
          const d = { year, month, day };
          expect(weekdayOf(d)).toBe(slot.day);
          expect(
            slot.weeks!.some((n) =>
              n < 0 ? countInMonth(d).nth === countInMonth(d).total : countInMonth(d).nth === n,
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('always has a next session, however rare (a 5th week alone can be four months off)', () => {
    fc.assert(
      fc.property(monthlySlot, fc.constantFrom(...ZONES), instant, (slot, zone, now) => {
        expect(sessionState([slot], zone, now).kind).not.toBe('none');
      }),
      { numRuns: 80 },
    );
    const fifthSunday: WeeklySlot = { day: 6, start: 600, weeks: [5] };
    // After 31 August 2025 the next 5th Sunday is 30 November: 91 days on.
    const state = sessionState([fifthSunday], 'UTC', Date.UTC(2025, 8, 1));
    expect(state.kind === 'later' && new Date(state.occurrence.start).toISOString()).toBe('2025-11-30T10:00:00.000Z');
  });
});

describe('every other week', () => {
  const slot = (from: LocalDate, start = 1050): WeeklySlot => ({
    day: weekdayOf(from),
    start,
    end: start + 120,
    fortnightFrom: from,
  });

  it('falls every 14 days from the anchor, at the same wall-clock time through clock changes', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 1320 }), (anchor, zone, start) => {
        const from = instantAt(anchor, 0, zone);
        const found = occurrencesBetween([slot(anchor, start)], zone, from, from + 120 * DAY_MS);
        const dates = found.map((o) => {
          const w = wallClockAt(o.start, zone);
          return { year: w.year, month: w.month, day: w.day };
        });
        expect(found.length).toBeGreaterThanOrEqual(8);
        dates.forEach((d, i) => {
          if (i > 0) expect(daysBetween(dates[i - 1]!, d)).toBe(14);
        });
        expect(dates[0]).toEqual(anchor);
      }),
      { numRuns: 60 },
    );
  });

  it('has nothing before the anchor (RFC 5545 counts from DTSTART) and starts on it', () => {
    const anchor = { year: 2027, month: 1, day: 8 };
    expect(happensOn(slot(anchor), { year: 2026, month: 12, day: 25 })).toBe(false);
    expect(firstSessionOnOrAfter(slot(anchor), { year: 2026, month: 12, day: 3 })).toEqual(anchor);
    const state = sessionState([slot(anchor)], 'America/Detroit', Date.UTC(2026, 11, 4, 15));
    expect(state.kind === 'later' && wallClockAt(state.occurrence.start, 'America/Detroit').day).toBe(8);
  });
});

describe('the sample data’s events, seen on Friday 4 December 2026 at 10 AM in Lansing', () => {
  const zone = 'America/Detroit';
  const now = instantAt({ year: 2026, month: 12, day: 4 }, 600, zone);
  const next = (schedule: Schedule) => {
    const state = sessionState(slotsOfSchedule(schedule), zone, now);
    return describeSession(state, zone, zone, now, en);
  };
  const nextEs = (schedule: Schedule) =>
    describeSession(sessionState(slotsOfSchedule(schedule), zone, now), zone, zone, now, es);

  it('Free Dental Saturday (2nd Saturday) is next on 12 December, not tomorrow', () => {
    expect(next([{ day: 'saturday', start: '08:00', end: '13:00', weeks: [2] }])).toBe(
      'Next: Saturday, December 12 at 8:00 AM',
    );
  });

  it('the expungement clinic (1st Tuesday) is next in January; the market (1st and 3rd Thursday) on 17 December', () => {
    expect(next([{ day: 'tuesday', start: '17:00', end: '19:30', weeks: [1] }])).toBe(
      'Next: Tuesday, January 5 at 5:00 PM',
    );
    expect(next([{ day: 'thursday', start: '15:00', end: '18:00', weeks: [1, 3] }])).toBe(
      'Next: Thursday, December 17 at 3:00 PM',
    );
  });

  it('payday pizza (every other Friday from 9 January) is not today but on 11 December', () => {
    expect(next([{ day: 'friday', start: '17:30', end: '19:30', every_other_week_from: '2026-01-09' }])).toBe(
      'Next: Friday, December 11 at 5:30 PM',
    );
  });

  it('a weekly session still says just the weekday within the week', () => {
    expect(next([{ day: 'saturday', start: '08:00' }])).toBe('Next: tomorrow at 8:00 AM');
    expect(next([{ day: 'monday', start: '19:00' }])).toBe('Next: Monday at 7:00 PM');
  });

  it('says the same in Spanish', () => {
    expect(nextEs([{ day: 'saturday', start: '08:00', end: '13:00', weeks: [2] }])).toBe(
      'Próxima: el sábado, 12 de diciembre a las 8:00 a.m.',
    );
    expect(nextEs([{ day: 'saturday', start: '08:00' }])).toBe('Próxima: mañana a las 8:00 a.m.');
    expect(nextEs([{ day: 'monday', start: '13:00' }])).toBe('Próxima: el lunes a la 1:00 p.m.');
  });
});

describe('words and packing', () => {
  it('says how an entry repeats', () => {
    const text = (entry: Partial<Schedule[number]>) =>
      recurrenceText({ day: 'saturday', start: '08:00', ...entry }, en);
    expect(text({})).toBe('Every Saturday');
    expect(text({ weeks: [2] })).toBe('2nd Saturday of the month');
    expect(text({ weeks: [3, 1] })).toBe('1st and 3rd Saturday of the month');
    expect(text({ weeks: ['last'] })).toBe('Last Saturday of the month');
    expect(text({ weeks: [1, 3, 'last'] })).toBe('1st, 3rd, and last Saturday of the month');
    expect(text({ every_other_week_from: '2026-01-10' })).toBe('Every other Saturday');
    expect(
      recurrenceText({ day: 'friday', start: '17:30', every_other_week_from: '2026-01-09' }, en, { anchor: true }),
    ).toBe('Every other Friday, counting from January 9, 2026');
  });

  it('says how an entry repeats in Spanish', () => {
    const text = (entry: Partial<Schedule[number]>) =>
      recurrenceText({ day: 'saturday', start: '08:00', ...entry }, es);
    expect(text({})).toBe('Cada sábado');
    expect(text({ weeks: [2] })).toBe('El 2.º sábado de cada mes');
    expect(text({ weeks: [3, 1] })).toBe('El 1.er y 3.er sábado de cada mes');
    expect(text({ weeks: ['last'] })).toBe('El último sábado de cada mes');
    expect(
      recurrenceText({ day: 'friday', start: '17:30', every_other_week_from: '2026-01-09' }, es, { anchor: true }),
    ).toBe('Cada dos semanas, el viernes, a partir del 9 de enero de 2026');
  });

  it('packs weeks and anchors into the data attribute and reads them back', () => {
    const slots = slotsOfSchedule([
      { day: 'saturday', start: '08:00', end: '13:00', weeks: [2] },
      { day: 'friday', start: '19:00', weeks: ['last', 1] },
      { day: 'friday', start: '17:30', end: '19:30', every_other_week_from: '2026-01-09' },
      { day: 'monday', start: '19:00' },
    ]);
    const text = encodeSlots(slots);
    expect(text).toBe('5:480-780w2;4:1140w1,-1;4:1050-1170e20260109;0:1140');
    expect(decodeSlots(text)).toEqual(slots);
    // Anything malformed is dropped, not guessed.
    expect(decodeSlots('5:480w6;5:480w;4:1050e2026019;1:60')).toEqual([{ day: 1, start: 60 }]);
  });
});
