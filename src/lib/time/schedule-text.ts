/**
 * Schedule states as short sentences: "In progress · ends at 8:00 PM", "Starts in 25 minutes",
 * "Closed now · opens Tuesday at 9:00 AM". Times are in the visitor's own zone (what their phone
 * shows); when the listing's zone reads differently, its local time follows in brackets so nobody
 * turns up an hour off.
 */
import { WEEKDAYS, WEEKS_OF_MONTH, labelOf } from '#taxonomy';
import type { Schedule } from '#schemas/schedule.ts';
import {
  compareDates,
  addDays,
  isWeekly,
  wallClockAt,
  type OpenState,
  type SessionState,
  type LocalDate,
  type WeeklySlot,
} from './schedule.ts';
import { formatClock, formatIsoDate, zoneName } from './format.ts';

/** "7:00 PM" on the wall in `timeZone` at `instant`. */
export function clockAt(instant: number, timeZone: string): string {
  const { minutes } = wallClockAt(instant, timeZone);
  return formatClock(`${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);
}

/**
 * "today", "tomorrow", the weekday ("Tuesday") within the coming week, or the date ("Thursday,
 * December 31") further ahead, of `instant` seen from `now`, in `timeZone`.
 */
export function dayWord(instant: number, now: number, timeZone: string): string {
  const then = wallClockAt(instant, timeZone);
  const today = wallClockAt(now, timeZone);
  if (compareDates(then, today) === 0) return 'today';
  if (compareDates(then, addDays(today, 1)) === 0) return 'tomorrow';
  if (compareDates(then, addDays(today, 7)) < 0) return WEEKDAYS[then.weekday]!.label;
  return longDate(then);
}

/** "Saturday, December 12". */
function longDate(date: LocalDate): string {
  const noon = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return noon.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** "1st and 3rd", "2nd", "1st, 3rd and last": a list in words. */
function listText(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * How a schedule entry repeats, in words: "Every Monday", "2nd Saturday of the month", "1st and
 * 3rd Thursday of the month", "Last Friday of the month", "Every other Friday". With `anchor`, an
 * every-other-week entry names a date it happens on, so a reader without the live line can count.
 */
export function recurrenceText(entry: Schedule[number], { anchor = false } = {}): string {
  const day = labelOf(WEEKDAYS, entry.day);
  if (entry.weeks) {
    const weeks = WEEKS_OF_MONTH.filter((w) => entry.weeks!.includes(w.id)).map((w) => w.label);
    const text = `${listText(weeks)} ${day} of the month`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  if (entry.every_other_week_from !== undefined) {
    const from = formatIsoDate(entry.every_other_week_from, { month: 'long', day: 'numeric', year: 'numeric' });
    return anchor ? `Every other ${day}, counting from ${from}` : `Every other ${day}`;
  }
  return `Every ${day}`;
}

/** True when both zones' clocks read the same at `instant`. */
export function sameClock(instant: number, a: string, b: string): boolean {
  if (a === b) return true;
  const x = wallClockAt(instant, a);
  const y = wallClockAt(instant, b);
  return x.minutes === y.minutes && compareDates(x, y) === 0;
}

/** "7:00 PM", or "7:00 PM (8:00 PM Eastern Time)" when the listing's clock reads differently. */
export function timeForVisitor(instant: number, listingZone: string, visitorZone: string): string {
  const own = clockAt(instant, visitorZone);
  if (sameClock(instant, listingZone, visitorZone)) return own;
  return `${own} (${clockAt(instant, listingZone)} ${zoneName(listingZone)})`;
}

/** A meeting's state as a short line, or undefined when it has no more sessions. */
export function describeSession(
  state: SessionState,
  listingZone: string,
  visitorZone: string,
  now: number,
): string | undefined {
  const at = (instant: number) => timeForVisitor(instant, listingZone, visitorZone);
  switch (state.kind) {
    case 'in-progress': {
      const o = state.occurrence;
      return o.endKnown ? `In progress · ends at ${at(o.end)}` : `In progress · started at ${at(o.start)}`;
    }
    case 'starting-soon':
      return `Starts in ${minutesText(state.minutesUntil)} · ${at(state.occurrence.start)}`;
    case 'later': {
      const start = state.occurrence.start;
      return `Next: ${nextDayWord(start, now, visitorZone, state.occurrence.slot)} at ${at(start)}`;
    }
    case 'none':
      return undefined;
  }
}

/**
 * The day of a next session. A session that skips weeks is named by its date beyond tomorrow
 * ("Saturday, December 12"): "Saturday" alone would read as this week's.
 */
function nextDayWord(instant: number, now: number, timeZone: string, slot: WeeklySlot): string {
  const word = dayWord(instant, now, timeZone);
  if (isWeekly(slot) || word === 'today' || word === 'tomorrow') return word;
  return longDate(wallClockAt(instant, timeZone));
}

/** A place's opening state as a short line. */
export function describeOpen(state: OpenState, listingZone: string, visitorZone: string, now: number): string {
  const at = (instant: number) => timeForVisitor(instant, listingZone, visitorZone);
  if (state.kind === 'open') {
    if (state.closesAt === Infinity) return 'Open now · open 24 hours';
    return state.closesSoon
      ? `Open now · closes soon, at ${at(state.closesAt)}`
      : `Open now · closes at ${at(state.closesAt)}`;
  }
  if (state.opensAt === undefined) return 'Closed now';
  return `Closed now · opens ${dayWord(state.opensAt, now, visitorZone)} at ${at(state.opensAt)}`;
}

function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The visitor's zone as the browser reports it, or `fallback` when it cannot tell. */
export function visitorTimeZone(fallback: string): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || fallback;
  } catch {
    return fallback;
  }
}
