/**
 * Clock times, days and dates as people read them, in the page's language: `Intl` in the
 * language's locale does the formatting, the dictionary's time words the sentences around it.
 * Pure; the schedule logic builds on these.
 */
import { WEEKDAY_IDS, type Weekday } from '#taxonomy';
import type { TimeWords } from '#i18n/dictionary.ts';
import { plural } from '#i18n/text.ts';
import { clockInStyle } from './clock-style.ts';

const clockFormats = new Map<string, Intl.DateTimeFormat>();
// Intl's format() is slow next to a lookup, and a build writes the same few times on thousands of
// pages: each language's words keep their own answers.
const clockTexts = new WeakMap<TimeWords, Map<string, string>>();

/** "19:00" → "7:00 PM" (es: "7:00 p.m."); noon and midnight in words where the language has them. */
export function formatClock(time: string, words: TimeWords): string {
  let texts = clockTexts.get(words);
  if (!texts) {
    texts = new Map();
    clockTexts.set(words, texts);
  }
  let text = texts.get(time);
  if (text === undefined) {
    text = clockText(time, words);
    texts.set(time, text);
  }
  return text;
}

function clockText(time: string, words: TimeWords): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  if (h === 12 && m === 0 && words.noon) return words.noon;
  if (h === 0 && m === 0 && words.midnight) return words.midnight;
  if (words.clock) return clockInStyle(words.clock, h % 24, m);
  let format = clockFormats.get(words.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(words.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    clockFormats.set(words.locale, format);
  }
  return format.format(Date.UTC(2026, 0, 1, h, m));
}

/** "at 7:00 PM" (es: "a las 7:00 p.m.", "a la 1:00 p.m."): a clock time inside a sentence. */
export function atClock(time: string, words: TimeWords): string {
  const [h = 0] = time.split(':').map(Number);
  return plural(words.locale, words.at, h % 12 === 0 ? 12 : h % 12, { time: formatClock(time, words) });
}

/** Minutes after midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** True when an end time is earlier than the start: the session runs past midnight. */
export function crossesMidnight(start: string, end: string | undefined): boolean {
  return end !== undefined && minutesOf(end) < minutesOf(start);
}

/** "7:00 PM – 8:00 PM", with "(next day)" when the end is after midnight. */
export function formatTimeRange(start: string, end: string | undefined, words: TimeWords): string {
  if (!end) return formatClock(start, words);
  const next = crossesMidnight(start, end) ? ` ${words.nextDay}` : '';
  return `${formatClock(start, words)} – ${formatClock(end, words)}${next}`;
}

const dayNames = new Map<string, readonly string[]>();

/**
 * Names the page's time words brought (written by the build from Intl), used instead of asking
 * Intl, whose first date format is a long task on a slow phone.
 */
export function knowWeekdayNames(locale: string, names: { long: readonly string[]; short: readonly string[] }): void {
  if (names.long.length === 7) dayNames.set(`${locale}|long`, names.long);
  if (names.short.length === 7) dayNames.set(`${locale}|short`, names.short);
}

/** The weekday names of `locale`, Monday first, as they read inside a sentence ("Monday", "lunes"; short "Mon"). */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): readonly string[] {
  const key = `${locale}|${width}`;
  let names = dayNames.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
    // 2026-01-05 is a Monday.
    names = Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2026, 0, 5 + i, 12)));
    dayNames.set(key, names);
  }
  return names;
}

/** The name of a weekday (Monday = 0) in `locale` (weekdayNames). */
export function weekdayName(index: number, locale: string, width: 'long' | 'short' = 'long'): string {
  return weekdayNames(locale, width)[index] ?? '';
}

/** A heading's first letter in capitals: Spanish day and month names are written in lower case. */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "{day}" in `words.every` and friends, for a weekday id. */
export function weekdayText(day: Weekday, words: TimeWords): string {
  return weekdayName(weekdayIndex(day), words.locale);
}

/** Index in WEEKDAYS (Monday = 0). */
export function weekdayIndex(day: Weekday): number {
  return WEEKDAY_IDS.indexOf(day);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTexts = new Map<string, string>();

/**
 * A calendar date ("2026-12-31") in words in `locale`, e.g. with { month: 'short', day:
 * 'numeric' } "Dec 31" ("31 dic"). Read at noon UTC so no zone moves it to another day; each
 * format is made once (pages list many dates).
 */
export function formatIsoDate(iso: string, options: Intl.DateTimeFormatOptions, locale: string): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  const textKey = `${key}|${iso}`;
  let text = dateTexts.get(textKey);
  if (text !== undefined) return text;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  text = format.format(new Date(`${iso}T12:00:00Z`));
  dateTexts.set(textKey, text);
  return text;
}

const zoneNames = new Map<string, string>();

/** The readable name of a time zone, e.g. "Eastern Time" ("hora oriental"), with the IANA id as a fallback. */
export function zoneName(timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = readZoneName(timeZone, locale);
    zoneNames.set(key, name);
  }
  return name;
}

function readZoneName(timeZone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(Date.UTC(2026, 0, 15)))
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** Days listed as a compact range where they run together: "Mon–Fri", "Sat, Sun". */
export function formatDays(days: readonly Weekday[], words: TimeWords): string {
  const sorted = [...new Set(days)].map(weekdayIndex).sort((a, b) => a - b);
  const short = (i: number) => capitalize(weekdayName(i, words.locale, 'short'), words.locale);
  if (sorted.length === 7) return words.everyDay;
  const runs: number[][] = [];
  for (const i of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${short(run[0]!)}–${short(run.at(-1)!)}` : run.map(short).join(', ')))
    .join(', ');
}
