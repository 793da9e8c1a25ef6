/**
 * How a language writes a day further than a week ahead ("Thursday, December 24", "jueves, 24 de
 * diciembre"), taken from Intl by the build and handed to pages in their time words, so a card's
 * "Next: on Thursday, December 24" is written without Intl. Each call of `toLocaleDateString`
 * with options builds a new formatter: on the finder's cards that was the longest part of
 * drawing the live lines on a slow phone. lib/time/clock-style.ts does the same for clock times.
 * The weekday names are the ones the time words already carry (format.ts, `weekdayName`).
 */
import { formatDate, weekdayOf, type LocalDate } from './schedule.ts';
import { formatIsoDate, weekdayName } from './format.ts';

/** A day's date with its weekday, as one locale writes it. */
export interface DayDateStyle {
  /** The parts in order: {weekday}, {month}, {day}, and the text between them. */
  pattern: string;
  /** January to December, as they read inside such a date. */
  months: readonly string[];
}

const OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };

/**
 * `locale`'s style for `{ weekday: 'long', month: 'long', day: 'numeric' }`, or undefined when it
 * cannot be written down this way (days not in Latin digits, weekday names that change inside a
 * date, a pattern that changes with the date): pages then ask Intl.
 */
export function dayDateStyleOf(locale: string): DayDateStyle | undefined {
  const format = new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone: 'UTC' });
  // The 15th of each month reads every month's name.
  const months = Array.from(
    { length: 12 },
    (_, month) =>
      format.formatToParts(Date.UTC(2026, month, 15, 12)).find((part) => part.type === 'month')?.value ?? '',
  );
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
  const style: DayDateStyle = { pattern, months };
  // Written down only if it gives exactly what Intl gives on every day of a year: anything else
  // leaves the locale to Intl.
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + day, 12));
    const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    if (dayDateInStyle(style, local, locale) !== format.format(date)) return undefined;
  }
  return style;
}

/** `date` in `style`, with `locale`'s weekday names. */
export function dayDateInStyle(style: DayDateStyle, date: LocalDate, locale: string): string {
  return style.pattern
    .replace('{weekday}', weekdayName(weekdayOf(date), locale))
    .replace('{month}', style.months[date.month - 1] ?? '')
    .replace('{day}', String(date.day));
}

/** `date` as `locale` writes it with Intl (formatIsoDate keeps one formatter per locale). */
export function dayDateByIntl(date: LocalDate, locale: string): string {
  return formatIsoDate(formatDate(date), OPTIONS, locale);
}
