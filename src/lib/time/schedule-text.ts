/**
 * Schedule states as short sentences: "In progress · ends at 8:00 PM", "Starts in 25 minutes",
 * "Closed now · opens Tuesday at 9:00 AM". Times are in the visitor's own zone (what their phone
 * shows); when the listing's zone reads differently, its local time follows in brackets so nobody
 * turns up an hour off.
 */
import { WEEKS_OF_MONTH } from '#taxonomy';
import type { Schedule } from '#schemas/schedule.ts';
import type { TimeWords } from '#i18n/dictionary.ts';
import { fill, listText, plural } from '#i18n/text.ts';
import {
  compareDates,
  addDays,
  deviceKeepsClockOf,
  isWeekly,
  wallClockAt,
  type OpenState,
  type SessionState,
  type LocalDate,
  type WeeklySlot,
} from './schedule.ts';
import { dayDateByIntl, dayDateInStyle } from './day-date.ts';
import { atClock, formatClock, formatIsoDate, weekdayName, weekdayText, zoneName } from './format.ts';

/** "HH:MM" on the wall in `timeZone` at `instant`. */
function wallTime(instant: number, timeZone: string): string {
  const { minutes } = wallClockAt(instant, timeZone);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "7:00 PM" on the wall in `timeZone` at `instant`. */
export function clockAt(instant: number, timeZone: string, words: TimeWords): string {
  return formatClock(wallTime(instant, timeZone), words);
}

/**
 * "today", "tomorrow", the weekday ("Tuesday") within the coming week, or the date ("Thursday,
 * December 31") further ahead, of `instant` seen from `now`, in `timeZone`, as it reads in a
 * sentence ("el martes" in Spanish).
 */
export function dayWord(instant: number, now: number, timeZone: string, words: TimeWords): string {
  const then = wallClockAt(instant, timeZone);
  const today = wallClockAt(now, timeZone);
  if (compareDates(then, today) === 0) return words.today;
  if (compareDates(then, addDays(today, 1)) === 0) return words.tomorrow;
  if (compareDates(then, addDays(today, 7)) < 0)
    return fill(words.onDay, { day: weekdayName(then.weekday, words.locale) });
  return fill(words.onDay, { day: longDate(then, words) });
}

/** "Saturday, December 12" ("sábado, 12 de diciembre"): from the words' style, or else Intl. */
function longDate(date: LocalDate, words: TimeWords): string {
  return words.dayDate ? dayDateInStyle(words.dayDate, date, words.locale) : dayDateByIntl(date, words.locale);
}

/**
 * How a schedule entry repeats, in words: "Every Monday", "2nd Saturday of the month", "1st and
 * 3rd Thursday of the month", "Last Friday of the month", "Every other Friday". With `anchor`, an
 * every-other-week entry names a date it happens on, so a reader without the live line can count.
 */
export function recurrenceText(entry: Schedule[number], words: TimeWords, { anchor = false } = {}): string {
  const day = weekdayText(entry.day, words);
  if (entry.weeks) {
    const weeks = WEEKS_OF_MONTH.filter((w) => entry.weeks!.includes(w.id)).map((w) => words.weeksOfMonth[w.id]);
    const text = fill(words.monthly, { weeks: listText(words.locale, weeks), day });
    return text.charAt(0).toLocaleUpperCase(words.locale) + text.slice(1);
  }
  if (entry.every_other_week_from !== undefined) {
    const from = formatIsoDate(
      entry.every_other_week_from,
      { month: 'long', day: 'numeric', year: 'numeric' },
      words.locale,
    );
    return fill(anchor ? words.everyOtherFrom : words.everyOther, { day, date: from });
  }
  return fill(words.every, { day });
}

/** True when both zones' clocks read the same at `instant`. */
export function sameClock(instant: number, a: string, b: string): boolean {
  if (a === b) return true;
  const x = wallClockAt(instant, a);
  const y = wallClockAt(instant, b);
  return x.minutes === y.minutes && compareDates(x, y) === 0;
}

/** "7:00 PM", or "7:00 PM (8:00 PM Eastern Time)" when the listing's clock reads differently. */
export function timeForVisitor(instant: number, listingZone: string, visitorZone: string, words: TimeWords): string {
  const own = clockAt(instant, visitorZone, words);
  if (sameClock(instant, listingZone, visitorZone)) return own;
  return fill(words.inZone, {
    time: own,
    other: clockAt(instant, listingZone, words),
    zone: zoneName(listingZone, words.locale),
  });
}

/** "at 7:00 PM", with the listing's own clock beside it when it reads differently. */
function atForVisitor(instant: number, listingZone: string, visitorZone: string, words: TimeWords): string {
  const own = wallTime(instant, visitorZone);
  const phrase = atClock(own, words);
  if (sameClock(instant, listingZone, visitorZone)) return phrase;
  return `${phrase} (${clockAt(instant, listingZone, words)} ${zoneName(listingZone, words.locale)})`;
}

/** A meeting's state as a short line, or undefined when it has no more sessions. */
export function describeSession(
  state: SessionState,
  listingZone: string,
  visitorZone: string,
  now: number,
  words: TimeWords,
): string | undefined {
  const at = (instant: number) => atForVisitor(instant, listingZone, visitorZone, words);
  switch (state.kind) {
    case 'in-progress': {
      const o = state.occurrence;
      return o.endKnown
        ? fill(words.inProgressEnds, { at: at(o.end) })
        : fill(words.inProgressStarted, { at: at(o.start) });
    }
    case 'starting-soon':
      return fill(words.startsIn, {
        minutes: plural(words.locale, words.minutes, state.minutesUntil),
        time: timeForVisitor(state.occurrence.start, listingZone, visitorZone, words),
      });
    case 'later': {
      const start = state.occurrence.start;
      return fill(words.next, {
        day: nextDayWord(start, now, visitorZone, state.occurrence.slot, words),
        at: at(start),
      });
    }
    case 'none':
      return undefined;
  }
}

/**
 * The day of a next session. A session that skips weeks is named by its date beyond tomorrow
 * ("Saturday, December 12"): "Saturday" alone would read as this week's.
 */
function nextDayWord(instant: number, now: number, timeZone: string, slot: WeeklySlot, words: TimeWords): string {
  const word = dayWord(instant, now, timeZone, words);
  if (isWeekly(slot) || word === words.today || word === words.tomorrow) return word;
  return fill(words.onDay, { day: longDate(wallClockAt(instant, timeZone), words) });
}

/** A place's opening state as a short line. */
export function describeOpen(
  state: OpenState,
  listingZone: string,
  visitorZone: string,
  now: number,
  words: TimeWords,
): string {
  const at = (instant: number) => atForVisitor(instant, listingZone, visitorZone, words);
  if (state.kind === 'open') {
    if (state.closesAt === Infinity) return words.openAllDay;
    return fill(state.closesSoon ? words.closesSoon : words.closesAt, { at: at(state.closesAt) });
  }
  if (state.opensAt === undefined) return words.closedNow;
  return fill(words.closedOpens, { day: dayWord(state.opensAt, now, visitorZone, words), at: at(state.opensAt) });
}

/**
 * The visitor's zone as the browser reports it, or `fallback` when it cannot tell. When the
 * device's clock keeps `fallback`'s time for the weeks ahead (deviceKeepsClockOf), `fallback` shows every
 * time as the visitor's own zone would, and Intl, slow to start on a phone, is not asked.
 */
export function visitorTimeZone(fallback: string, now: number = Date.now()): string {
  if (deviceKeepsClockOf(fallback, now)) return fallback;
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || fallback;
  } catch {
    return fallback;
  }
}
