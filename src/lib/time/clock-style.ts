/**
 * How a language writes a clock time ("7:05 PM", "7:05 p.m."), taken from Intl by the build and
 * handed to pages in their time words, so a page can write "closes at 7:05 PM" without Intl.
 * The first Intl date format a page makes loads the locale's date data: a long task on a slow
 * phone, paid before "open now" can show. src/i18n/numbers.ts does the same for numbers.
 */

/** A clock time's pattern and pieces in one locale. */
export interface ClockStyle {
  /** The parts in order: {h}, {m}, {p} (the day period), and the text between them. */
  pattern: string;
  /** The hour as written for 0–23. */
  hours: readonly string[];
  /** The day period before and after noon ("AM", "PM"), or empty where the locale has none. */
  periods: readonly [string, string];
}

const SAMPLE_DAY = Date.UTC(2026, 0, 1);

/**
 * `locale`'s clock style as Intl writes `{ hour: 'numeric', minute: '2-digit' }`, or undefined
 * when the style cannot be written down this way (minutes not in Latin digits, a pattern that
 * changes with the hour): pages then ask Intl.
 */
export function clockStyleOf(locale: string): ClockStyle | undefined {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const at = (h: number) => SAMPLE_DAY + h * 3_600_000 + 7 * 60_000;
  const partOf = (h: number, type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(at(h)).find((part) => part.type === type)?.value ?? '';
  const pattern = format
    .formatToParts(at(13))
    .map((part) =>
      part.type === 'hour' ? '{h}' : part.type === 'minute' ? '{m}' : part.type === 'dayPeriod' ? '{p}' : part.value,
    )
    .join('')
    // V8's format() writes a plain space where its parts have a narrow no-break one (before "PM"):
    // pages show format()'s text, so the pattern takes its spaces.
    .replaceAll('\u202f', ' ');
  const hours = Array.from({ length: 24 }, (_, h) => partOf(h, 'hour'));
  const style: ClockStyle = { pattern, hours, periods: [partOf(1, 'dayPeriod'), partOf(13, 'dayPeriod')] };
  // Written down only if it gives exactly what Intl gives at every hour: a pattern that changes
  // with the hour, or minutes in other digits, leave the locale to Intl.
  for (let h = 0; h < 24; h++) {
    if (clockInStyle(style, h, 7) !== format.format(at(h))) return undefined;
  }
  return style;
}

/** The clock time `h`:`m` (0–23, 0–59) in `style`. */
export function clockInStyle(style: ClockStyle, h: number, m: number): string {
  return style.pattern
    .replace('{h}', style.hours[h] ?? String(h))
    .replace('{m}', String(m).padStart(2, '0'))
    .replace('{p}', style.periods[h < 12 ? 0 : 1]);
}
