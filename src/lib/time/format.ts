/** Clock times and days as people read them. Pure; the schedule logic of issue 5 builds on these. */
import { WEEKDAY_IDS, WEEKDAYS, type Weekday } from '#taxonomy';

/** "19:00" → "7:00 PM", "00:30" → "12:30 AM", "12:00" → "noon". */
export function formatClock(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  if (h === 12 && m === 0) return 'noon';
  if (h === 0 && m === 0) return 'midnight';
  const suffix = h < 12 ? 'AM' : 'PM';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}:${String(m).padStart(2, '0')} ${suffix}`;
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
export function formatTimeRange(start: string, end?: string): string {
  if (!end) return formatClock(start);
  return `${formatClock(start)} – ${formatClock(end)}${crossesMidnight(start, end) ? ' (next day)' : ''}`;
}

/** Index in WEEKDAYS (Monday = 0). */
export function weekdayIndex(day: Weekday): number {
  return WEEKDAY_IDS.indexOf(day);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date ("2026-12-31") in words, in US English, e.g. with { month: 'short', day:
 * 'numeric' } "Dec 31". Read at noon UTC so no zone moves it to another day; each format is made
 * once (pages list many dates).
 */
export function formatIsoDate(iso: string, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}

const zoneNames = new Map<string, string>();

/** The readable name of a time zone, e.g. "Eastern Time", with the IANA id as a fallback. */
export function zoneName(timeZone: string): string {
  let name = zoneNames.get(timeZone);
  if (name === undefined) {
    name = readZoneName(timeZone);
    zoneNames.set(timeZone, name);
  }
  return name;
}

function readZoneName(timeZone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(Date.UTC(2026, 0, 15)))
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** Days listed as a compact range where they run together: "Mon–Fri", "Sat, Sun". */
export function formatDays(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].map(weekdayIndex).sort((a, b) => a - b);
  const short = (i: number) => WEEKDAYS[i]!.description;
  if (sorted.length === 7) return 'Every day';
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
