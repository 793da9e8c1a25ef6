/**
 * Dates and times as iCalendar writes them: local and UTC DATE-TIMEs, DTSTAMP, day codes, and
 * the first date of a weekly series. Wall-clock times become instants by the site's own schedule
 * rules, so a calendar never disagrees with the pages.
 */
import type { Weekday } from '#taxonomy';
import { formatDate, instantAt, nextOnWeekday, parseDate } from '#lib/time/schedule.ts';
import { minutesOf, weekdayIndex } from '#lib/time/format.ts';

/** iCalendar's two-letter day code (also HSDS's `byday`): "monday" → "MO". */
export function byDay(day: Weekday): string {
  return day.slice(0, 2).toUpperCase();
}

/** The first date falling on `day` on or after `isoDate` (the date itself when it matches). */
export function firstWeekdayOnOrAfter(isoDate: string, day: Weekday): string {
  return formatDate(nextOnWeekday(parseDate(isoDate), weekdayIndex(day)));
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
