/**
 * Dates and times as iCalendar writes them: local and UTC DATE-TIMEs, DTSTAMP, day codes, and
 * the first date of a weekly series. Wall-clock times become instants by the site's own schedule
 * rules, so a calendar never disagrees with the pages.
 */
import { WEEKS_OF_MONTH, type Weekday, type WeekOfMonth } from '#taxonomy';
import type { Schedule } from '#schemas/schedule.ts';
import { instantAt, parseDate } from '#lib/time/schedule.ts';
import { minutesOf } from '#lib/time/format.ts';

/** iCalendar's two-letter day code (also HSDS's `byday`): "monday" → "MO". */
export function byDay(day: Weekday): string {
  return day.slice(0, 2).toUpperCase();
}

/** BYDAY of a session: "SA" every week; "2SA", "1TH,3TH" or "-1FR" in some weeks of the month. */
export function byDayOf(day: Weekday, weeks?: readonly WeekOfMonth[]): string {
  if (!weeks) return byDay(day);
  const ordinals = WEEKS_OF_MONTH.filter((w) => weeks.includes(w.id)).map((w) => w.ordinal);
  return ordinals.map((n) => `${n}${byDay(day)}`).join(',');
}

/** How a schedule entry repeats, in the terms iCalendar and HSDS share. */
export interface Recurrence {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: 1 | 2;
  byday: string;
}

/** An entry's FREQ, INTERVAL and BYDAY (written on `day`, which differs from the entry's in UTC). */
export function recurrenceOf(entry: Schedule[number], day: Weekday = entry.day): Recurrence {
  if (entry.weeks) return { freq: 'MONTHLY', interval: 1, byday: byDayOf(day, entry.weeks) };
  return { freq: 'WEEKLY', interval: entry.every_other_week_from === undefined ? 1 : 2, byday: byDay(day) };
}

/** An RRULE line: "RRULE:FREQ=MONTHLY;BYDAY=2SA", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR". */
export function rruleLine({ freq, interval, byday }: Recurrence): string {
  return `RRULE:FREQ=${freq}${interval === 1 ? '' : `;INTERVAL=${interval}`};BYDAY=${byday}`;
}

/** "2026-11-01" and "19:00" → "20261101T190000", a local DATE-TIME. */
export function localDateTime(isoDate: string, time: string): string {
  return `${isoDate.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** A Date as a UTC DATE-TIME, "20261102T000000Z". */
export function utcDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The instant a wall-clock time in a zone happens, by the same RFC 5545 rules the site's own
 * schedule logic uses (src/lib/time/schedule.ts), so a fallback UTC time agrees with the pages.
 */
export function zonedToUtc(isoDate: string, time: string, zone: string): Date {
  return new Date(instantAt(parseDate(isoDate), minutesOf(time), zone));
}

/** DTSTAMP from the date the listing was last verified, so the same data gives the same file. */
export function stampOf(lastVerified: string): string {
  return `${lastVerified.replace(/-/g, '')}T000000Z`;
}
