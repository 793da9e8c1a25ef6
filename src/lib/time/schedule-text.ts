/**
 * Schedule states as short sentences: "In progress · ends at 8:00 PM", "Starts in 25 minutes",
 * "Closed now · opens Tuesday at 9:00 AM". Times are in the visitor's own zone (what their phone
 * shows); when the listing's zone reads differently, its local time follows in brackets so nobody
 * turns up an hour off.
 */
import { WEEKDAYS } from '#taxonomy';
import { compareDates, addDays, wallClockAt, type OpenState, type SessionState } from './schedule.ts';
import { formatClock, zoneName } from './format.ts';

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
  const date = new Date(Date.UTC(then.year, then.month - 1, then.day, 12));
  return date.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
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
      return `Next: ${dayWord(start, now, visitorZone)} at ${at(start)}`;
    }
    case 'none':
      return undefined;
  }
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
