/**
 * The shape of a dictionary, taken from the English one: a missing or misspelt key in another
 * language fails the type check, and tests/unit/i18n/dictionaries.test.ts says which.
 * Type-only, so browser code may import it without shipping any dictionary.
 */
import type { en } from './dictionaries/en/index.ts';
import type { ClockStyle } from '#lib/time/clock-style.ts';
import type { DayDateStyle } from '#lib/time/day-date.ts';

export type Dictionary = typeof en;

/** One area of a dictionary ('frame', 'time', …). */
export type Area = keyof Dictionary;

/** The words of the time area: what the clock and schedule functions of lib/time need. */
export type TimeWords = Dictionary['time'] & {
  locale: string;
  /** How the locale writes a clock time, so pages write one without Intl (lib/time/clock-style.ts). */
  clock?: ClockStyle | undefined;
  /** The locale's weekday names, Monday first, for the same reason. */
  weekdays?: { long: readonly string[]; short: readonly string[] } | undefined;
  /** How the locale writes a date with its weekday ("Thursday, December 24"), for the same reason. */
  dayDate?: DayDateStyle | undefined;
};
