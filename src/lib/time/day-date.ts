/**
 * How a language writes a day further than a week ahead ("Thursday, December 24", "jueves, 24 de
 * diciembre"), taken from Intl by the build and handed to pages in their time words, so a card's
 * "Next: on Thursday, December 24" is written without Intl. Each call of `toLocaleDateString`
 * with options builds a new formatter: on the finder's cards that was the longest part of
 * drawing the live lines on a slow phone. lib/time/clock-style.ts does the same for clock times.
 */
import type { LocalDate } from './schedule.ts';

/** A day's date with its weekday, as one locale writes it. */
export interface DayDateStyle {
  /** The parts in order: {weekday}, {month}, {day}, and the text between them. */
  pattern: string;
  /** Monday to Sunday, as they read inside such a date. */
  weekdays: readonly string[];
  /** January to December, as they read inside such a date. */
  months: readonly string[];
}

const OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' };
/** Read at noon UTC, so no zone moves a date to another day. */
const noonOf = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day, 12);

/**
 * `locale`'s style for `{ weekday: 'long', month: 'long', day: 'numeric' }`, or undefined when it
 * cannot be written down this way (days not in Latin digits, a pattern that changes with the
 * date): pages then ask Intl.
 */
export function dayDateStyleOf(locale: string): DayDateStyle | undefined {
  const format = new Intl.DateTimeFormat(locale, OPTIONS);
  const partOf = (instant: number, type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(instant).find((part) => part.type === type)?.value ?? '';
  // 2026-01-05 is a Monday; the 15th of each month reads every month's name.
  const weekdays = Array.from({ length: 7 }, (_, i) => partOf(Date.UTC(2026, 0, 5 + i, 12), 'weekday'));
  const months = Array.from({ length: 12 }, (_, month) => partOf(Date.UTC(2026, month, 15, 12), 'month'));
  const pattern = format
    .formatToParts(Date.UTC(2026, 11, 24, 12))
    .map((part) =>
      part.type === 'weekday'
        ? '{weekday}'
        : part.type === 'month'
          ? '{month}'
          : part.type === 'day'
            ? '{day}'
            : part.value,
    )
    .join('');
  const style: DayDateStyle = { pattern, weekdays, months };
  // Written down only if it gives exactly what Intl gives on every day of a year: anything else
  // leaves the locale to Intl.
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + day, 12));
    const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    if (dayDateInStyle(style, local) !== format.format(date)) return undefined;
  }
  return style;
}

/** `date` in `style`. */
export function dayDateInStyle(style: DayDateStyle, date: LocalDate): string {
  // Monday = 0, as the weekday names are kept.
  const weekday = (new Date(noonOf(date)).getUTCDay() + 6) % 7;
  return style.pattern
    .replace('{weekday}', style.weekdays[weekday] ?? '')
    .replace('{month}', style.months[date.month - 1] ?? '')
    .replace('{day}', String(date.day));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** `date` as `locale` writes it with Intl: one formatter per locale, made when first needed. */
export function dayDateByIntl(date: LocalDate, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS);
    formats.set(locale, format);
  }
  return format.format(noonOf(date));
}
