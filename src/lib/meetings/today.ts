/**
 * The start page's "Today": which of today's sessions have already ended, so they can be marked
 * and moved below the ones still to come. Pure, so the page script and the tests share it.
 */
import { ASSUMED_LENGTH_MINUTES } from '#lib/time/schedule.ts';
import { minutesOf } from '#lib/time/format.ts';

/**
 * True when a session that starts today at `start` ("HH:MM") has ended by `nowMinutes` (minutes
 * since midnight on the same clock). A session with no end is taken to last an hour; one that
 * runs past midnight has not ended today.
 */
export function hasEndedToday(start: string, end: string | undefined, nowMinutes: number): boolean {
  const from = minutesOf(start);
  const until = end === undefined ? from + ASSUMED_LENGTH_MINUTES : minutesOf(end);
  if (until <= from || until > 1440) return false;
  return nowMinutes >= until;
}

/** The items in their order with the ended ones after the rest, each group keeping its order. */
export function endedLast<T>(items: readonly T[], ended: (item: T) => boolean): T[] {
  return [...items.filter((item) => !ended(item)), ...items.filter(ended)];
}
