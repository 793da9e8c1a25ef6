/**
 * When meetings happen and places are open, as instants, in the listing's own time zone.
 *
 * Listings give wall-clock times ("19:00 on Mondays") in an IANA zone. Whether a meeting is in
 * progress depends on the visitor's clock, so it is worked out in the browser at view time from
 * these pure functions, never frozen into the HTML at build time.
 *
 * Daylight saving follows RFC 5545 (the rule calendars use, so this page and an exported .ics
 * agree): a wall time that does not exist (skipped when clocks spring forward) is read with the
 * offset from before the gap, so "02:30" becomes 03:30; a wall time that happens twice (when clocks
 * fall back) means the first of the two. The zone data is Intl's: the build's, written into each
 * page for a window around the build (zone-offsets.ts), and the browser's own beyond it, so no
 * time zone database ships with the site.
 */
import type { Hours, Schedule } from '#schemas/schedule.ts';
import { WEEKS_OF_MONTH } from '#taxonomy';
import { minutesOf, weekdayIndex } from './format.ts';
import { offsetFromTable, type ZoneOffsetTable } from './zone-offsets.ts';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const DAY_MINUTES = 1440;

/** A date on the calendar, without a zone. `month` is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** What a clock on the wall in some zone shows at an instant. */
export interface WallClock extends LocalDate {
  /** Day of the week in WEEKDAYS order: Monday = 0 … Sunday = 6. */
  weekday: number;
  /** Minutes after midnight, 0–1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Offsets the build wrote into the page (zone-offsets.ts), looked up before Intl is asked.
let writtenOffsets: ZoneOffsetTable = {};

/**
 * Hands this module the offsets a page was built with: within their window, turning an instant
 * into a wall clock asks nothing of Intl, whose first use with a time zone is a long task on a
 * slow phone. Outside it, and for zones not in the table, Intl answers as before.
 */
export function setZoneOffsets(table: ZoneOffsetTable): void {
  writtenOffsets = table;
  readings.clear();
  dayOffsets.clear();
}

/**
 * Whether the device's own clock reads as `timeZone`'s does, by the written offsets, at `from` and
 * once a day for six weeks after it (the furthest a "next session" line looks: a monthly
 * meeting): then every time such a line shows reads the same in both zones. False when the
 * offsets do not cover those weeks. The device's offset comes from Date,
 * which needs none of Intl's formatting data.
 */
export function deviceKeepsClockOf(timeZone: string, from: number): boolean {
  for (let day = 0; day <= 42; day++) {
    const instant = from + day * DAY_MS;
    const written = offsetFromTable(writtenOffsets[timeZone], instant);
    if (written === undefined || written !== -new Date(instant).getTimezoneOffset()) return false;
  }
  return true;
}

/** The wall time in `timeZone` at `instant` (ms since the epoch), read as if it were UTC, in ms. */
function wallAsUtc(instant: number, timeZone: string): number {
  // UTC, the zone of a device that reports none, never changes.
  if (timeZone === 'UTC') return instant;
  const written = offsetFromTable(writtenOffsets[timeZone], instant);
  if (written !== undefined) return instant + written * MINUTE_MS;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  // Some engines write midnight as hour 24 even with h23.
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at `instant`, in ms (UTC−5 is −18,000,000). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(whole, timeZone) - whole;
}

/** The weekday of a date, Monday = 0. */
export function weekdayOf(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** The date `days` after (or before) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first date on weekday `day` (Monday = 0) on or after `date`: `date` itself when it is one. */
export function nextOnWeekday(date: LocalDate, day: number): LocalDate {
  return addDays(date, (day - weekdayOf(date) + 7) % 7);
}

/** A LocalDate as "2026-12-31". */
export function formatDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Orders dates; negative when `a` is earlier. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "2026-12-31" → a LocalDate. */
export function parseDate(iso: string): LocalDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

// The finder asks what the clock reads at one instant for every listing in a zone: remember the
// last few readings instead of formatting the same instant ten thousand times.
const readings = new Map<string, WallClock>();

/** The clock on the wall in `timeZone` at `instant`. */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const key = `${timeZone}|${instant}`;
  let reading = readings.get(key);
  if (!reading) {
    if (readings.size > 256) readings.clear();
    reading = readWallClock(instant, timeZone);
    readings.set(key, reading);
  }
  return { ...reading };
}

function readWallClock(instant: number, timeZone: string): WallClock {
  const wall = new Date(wallAsUtc(instant, timeZone));
  const date = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  return { ...date, weekday: weekdayOf(date), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

// Offsets a day either side of each local date, per zone: when they agree no clock change is near,
// and a wall time converts with one subtraction. Pages ask for the same few days thousands of times.
const dayOffsets = new Map<string, readonly [number, number]>();

function offsetsAround(localMidnight: number, timeZone: string): readonly [number, number] {
  const key = `${timeZone}|${localMidnight}`;
  let offsets = dayOffsets.get(key);
  if (!offsets) {
    // |offset| < 1 day, so these instants lie before and after anything that day.
    offsets = [offsetAt(localMidnight - DAY_MS, timeZone), offsetAt(localMidnight + 2 * DAY_MS, timeZone)];
    dayOffsets.set(key, offsets);
  }
  return offsets;
}

/**
 * The instant a wall clock in `timeZone` shows `minutes` after midnight on `date`. Minutes past
 * 1440 run into the next days. Skipped times move forward by the gap; repeated times take the first.
 */
export function instantAt(date: LocalDate, minutes: number, timeZone: string): number {
  const localMidnight = Date.UTC(date.year, date.month - 1, date.day);
  const local = localMidnight + minutes * MINUTE_MS;
  const [before, after] = offsetsAround(
    Date.UTC(date.year, date.month - 1, date.day + Math.floor(minutes / DAY_MINUTES)),
    timeZone,
  );
  if (before === after) return local - before;
  // A clock change is near: keep the readings of the wall time that really happen.
  const real = [local - before, local - after].filter((t) => offsetAt(t, timeZone) === local - t);
  if (real.length > 0) return Math.min(...real);
  // In the gap: read with the offset from before the change (RFC 5545), which lands after the gap.
  return local - before;
}

/** One session on a weekday, in minutes of the listing's own wall clock, and the weeks it happens. */
export interface WeeklySlot {
  /** Monday = 0 … Sunday = 6. */
  day: number;
  /** Minutes after midnight it starts. */
  start: number;
  /** Minutes after midnight it ends; not above `start` means the next day. Absent when unknown. */
  end?: number;
  /** Only in these weeks of the month: 1–5 for the n-th such weekday, −1 for the last. */
  weeks?: readonly number[];
  /** Only every other week: a date it happens on (sessions fall every 14 days from it, not before). */
  fortnightFrom?: LocalDate;
}

/** A meeting or event schedule as slots. */
export function slotsOfSchedule(schedule: Schedule): WeeklySlot[] {
  return schedule.map((entry) => ({
    day: weekdayIndex(entry.day),
    start: minutesOf(entry.start),
    ...(entry.end !== undefined && { end: minutesOf(entry.end) }),
    ...(entry.weeks && {
      weeks: entry.weeks.map((week) => WEEKS_OF_MONTH.find((w) => w.id === week)!.ordinal).sort(byOrdinal),
    }),
    ...(entry.every_other_week_from !== undefined && { fortnightFrom: parseDate(entry.every_other_week_from) }),
  }));
}

/** 1st … 5th, then last. */
function byOrdinal(a: number, b: number): number {
  return (a < 0 ? 10 - a : a) - (b < 0 ? 10 - b : b);
}

/** The number of days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `date` is the n-th such weekday of its month (1–5), or the last (−1). */
export function isWeekOfMonth(date: LocalDate, ordinal: number): boolean {
  if (ordinal < 0) return date.day + 7 > daysInMonth(date.year, date.month);
  return Math.ceil(date.day / 7) === ordinal;
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/**
 * Whether the slot has a session on `date`, a date on its weekday: always for a weekly slot; in
 * the listed weeks of the month; every 14 days on and after the anchor date (RFC 5545 counts an
 * INTERVAL=2 rule from DTSTART and has nothing before it, so neither does this).
 */
export function happensOn(slot: WeeklySlot, date: LocalDate): boolean {
  if (slot.weeks && !slot.weeks.some((ordinal) => isWeekOfMonth(date, ordinal))) return false;
  if (slot.fortnightFrom) {
    const days = daysBetween(slot.fortnightFrom, date);
    if (days < 0 || days % 14 !== 0) return false;
  }
  return true;
}

/** True when the slot has a session every week. */
export function isWeekly(slot: WeeklySlot): boolean {
  return !slot.weeks && !slot.fortnightFrom;
}

/** True when a schedule entry happens every week (it gives neither weeks nor an every-other-week date). */
export function isWeeklyEntry(entry: Schedule[number]): boolean {
  return entry.weeks === undefined && entry.every_other_week_from === undefined;
}

/** The first date on or after `date` with a session of `slot` (on its weekday, in its weeks). */
export function firstSessionOnOrAfter(slot: WeeklySlot, date: LocalDate): LocalDate {
  let day = nextOnWeekday(date, slot.day);
  if (slot.fortnightFrom && compareDates(day, slot.fortnightFrom) < 0) return slot.fortnightFrom;
  // A 5th week alone comes round within 17 weeks; the loop is bounded so a bad slot cannot spin.
  for (let i = 0; i < 60 && !happensOn(slot, day); i++) day = addDays(day, 7);
  return day;
}

/**
 * How far ahead the next session can be, in days: a week for weekly slots, two for fortnightly
 * ones (or until the first, when it is still ahead), five for monthly ones, and four months
 * for a 5th week alone (a 5th Sunday can be 119 days after the one before).
 */
function horizonDays(slots: readonly WeeklySlot[], today: LocalDate): number {
  let days = 8;
  for (const slot of slots) {
    if (slot.fortnightFrom) days = Math.max(days, 15, daysBetween(today, slot.fortnightFrom) + 2);
    if (slot.weeks) days = Math.max(days, slot.weeks.every((w) => w === 5) ? 121 : 36);
  }
  return days;
}

/**
 * Opening hours as weekly slots, one per day of each block. "23:59" is how files write "until
 * midnight" (the schema has no "24:00"), so it closes at the end of the day and a place open
 * "00:00"–"23:59" every day is open around the clock rather than closed a minute each night.
 */
export function slotsOfHours(hours: Hours): WeeklySlot[] {
  return hours.flatMap((block) => {
    const start = minutesOf(block.opens);
    const closes = minutesOf(block.closes);
    const end = closes === DAY_MINUTES - 1 ? DAY_MINUTES : closes;
    return block.days.map((day) => ({ day: weekdayIndex(day), start, end }));
  });
}

/**
 * Slots as short text for a data attribute: "0:1140-1200;3:420" (day:start-end, end optional),
 * then "w2,-1" for weeks of the month or "e20260109" for every other week from a date.
 */
export function encodeSlots(slots: readonly WeeklySlot[]): string {
  return slots
    .map((s) => {
      const weeks = s.weeks ? `w${s.weeks.join(',')}` : '';
      const fortnight = s.fortnightFrom ? `e${formatDate(s.fortnightFrom).replaceAll('-', '')}` : '';
      return `${s.day}:${s.start}${s.end === undefined ? '' : `-${s.end}`}${weeks}${fortnight}`;
    })
    .join(';');
}

const SLOT_RE = /^([0-6]):(\d{1,4})(?:-(\d{1,4}))?(?:w(-?[1-5](?:,-?[1-5])*)|e(\d{4})(\d{2})(\d{2}))?$/;

/** Reads `encodeSlots` text back; anything malformed is dropped rather than guessed. */
export function decodeSlots(text: string): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  for (const part of text.split(';')) {
    const match = SLOT_RE.exec(part.trim());
    if (!match) continue;
    const slot: WeeklySlot = { day: Number(match[1]), start: Number(match[2]) };
    if (match[3] !== undefined) slot.end = Number(match[3]);
    if (match[4] !== undefined) slot.weeks = match[4].split(',').map(Number);
    if (match[5] !== undefined) {
      slot.fortnightFrom = { year: Number(match[5]), month: Number(match[6]), day: Number(match[7]) };
    }
    slots.push(slot);
  }
  return slots;
}

/** One session on the calendar. */
export interface Occurrence {
  /** Instants, ms since the epoch. */
  start: number;
  end: number;
  /** False when the listing gives no end time and `end` is an assumed length. */
  endKnown: boolean;
  slot: WeeklySlot;
}

/** How long a session without an end time is taken to last. */
export const ASSUMED_LENGTH_MINUTES = 60;

/** The session of `slot` that starts on local `date` (whatever weekday that is). */
export function occurrenceOn(slot: WeeklySlot, date: LocalDate, timeZone: string): Occurrence {
  const start = instantAt(date, slot.start, timeZone);
  if (slot.end === undefined) {
    return { start, end: start + ASSUMED_LENGTH_MINUTES * MINUTE_MS, endKnown: false, slot };
  }
  const endMinutes = slot.end > slot.start ? slot.end : slot.end + DAY_MINUTES;
  // A session that starts inside a spring-forward gap can "end" before its moved start (02:30–03:00
  // becomes 03:30–03:00): the clock skipped it, so it has no length rather than a negative one.
  const end = Math.max(start, instantAt(date, endMinutes, timeZone));
  return { start, end, endKnown: true, slot };
}

/** Limits a weekly schedule to some dates (one-off events that give `event_dates`). */
export interface ScheduleOptions {
  /** Only these local dates have sessions; each uses the slot for its weekday, else the first slot. */
  dates?: readonly LocalDate[];
}

/** Every session that overlaps [from, to), earliest first. */
export function occurrencesBetween(
  slots: readonly WeeklySlot[],
  timeZone: string,
  from: number,
  to: number,
  options: ScheduleOptions = {},
): Occurrence[] {
  if (slots.length === 0 || to <= from) return [];
  const found: Occurrence[] = [];
  // Start a day early: a session that began yesterday evening may still be running.
  const first = addDays(wallClockAt(from, timeZone), -1);
  const last = wallClockAt(to, timeZone);
  const keep = (o: Occurrence) => o.end > from && o.start < to;
  if (options.dates) {
    for (const date of options.dates) {
      if (compareDates(date, first) < 0 || compareDates(date, last) > 0) continue;
      const weekday = weekdayOf(date);
      const daySlots = slots.filter((s) => s.day === weekday);
      for (const slot of daySlots.length > 0 ? daySlots : slots.slice(0, 1)) {
        const o = occurrenceOn(slot, date, timeZone);
        if (keep(o)) found.push(o);
      }
    }
  } else {
    for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) {
      const weekday = weekdayOf(date);
      for (const slot of slots) {
        if (slot.day !== weekday || !happensOn(slot, date)) continue;
        const o = occurrenceOn(slot, date, timeZone);
        if (keep(o)) found.push(o);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The session running at `now` or the next to start, if any (within how far ahead one can be). */
function currentOrNext(
  slots: readonly WeeklySlot[],
  timeZone: string,
  now: number,
  options: ScheduleOptions,
): Occurrence | undefined {
  const horizon = options.dates
    ? lastDateInstant(options.dates, timeZone, now)
    : now + horizonDays(slots, wallClockAt(now, timeZone)) * DAY_MS;
  return occurrencesBetween(slots, timeZone, now, Math.max(horizon, now + 1), options)[0];
}

/** An instant after every listed date, so one-off events are found however far ahead they are. */
function lastDateInstant(dates: readonly LocalDate[], timeZone: string, now: number): number {
  const last = dates.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b), dates[0] ?? wallClockAt(now, timeZone));
  return instantAt(addDays(last, 2), 0, timeZone);
}

/** How soon counts as "starting soon" or "closes soon". */
export const SOON_MINUTES = 60;

/** Where a meeting or event stands at an instant. */
export type SessionState =
  | { kind: 'in-progress'; occurrence: Occurrence; minutesLeft: number }
  | { kind: 'starting-soon'; occurrence: Occurrence; minutesUntil: number }
  | { kind: 'later'; occurrence: Occurrence }
  | { kind: 'none' };

/** Whether a meeting is on now, starts within the hour, or when it next meets. */
export function sessionState(
  slots: readonly WeeklySlot[],
  timeZone: string,
  now: number,
  options: ScheduleOptions = {},
): SessionState {
  return occurrenceState(currentOrNext(slots, timeZone, now, options), now);
}

/** Where one session stands at `now`: running, starting within the hour, later, or over (none). */
export function occurrenceState(occurrence: Occurrence | undefined, now: number): SessionState {
  if (!occurrence || occurrence.end <= now) return { kind: 'none' };
  if (occurrence.start <= now) {
    return { kind: 'in-progress', occurrence, minutesLeft: Math.ceil((occurrence.end - now) / MINUTE_MS) };
  }
  const minutesUntil = Math.ceil((occurrence.start - now) / MINUTE_MS);
  if (minutesUntil <= SOON_MINUTES) return { kind: 'starting-soon', occurrence, minutesUntil };
  return { kind: 'later', occurrence };
}

/** Whether a place is open at an instant, and when that changes. */
export type OpenState =
  | {
      kind: 'open';
      /** When it closes; Infinity when it never does (open around the clock). */
      closesAt: number;
      closesSoon: boolean;
    }
  | { kind: 'closed'; opensAt?: number };

/**
 * Open now? Back-to-back blocks (closing at midnight, opening again at 00:00) count as one
 * stretch, so "closes soon" is only said when the door really shuts.
 */
export function openState(slots: readonly WeeklySlot[], timeZone: string, now: number): OpenState {
  const spans = mergeTouching(occurrencesBetween(slots, timeZone, now - DAY_MS, now + 8 * DAY_MS));
  const current = spans.find((s) => s.start <= now && now < s.end);
  if (current) {
    // A stretch that runs past the whole week searched is open around the clock.
    const closesAt = current.end >= now + 7 * DAY_MS ? Infinity : current.end;
    return { kind: 'open', closesAt, closesSoon: closesAt - now <= SOON_MINUTES * MINUTE_MS };
  }
  const next = spans.find((s) => s.start > now);
  return next ? { kind: 'closed', opensAt: next.start } : { kind: 'closed' };
}

function mergeTouching(occurrences: readonly Occurrence[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const o of occurrences) {
    const last = spans.at(-1);
    if (last && o.start <= last.end) last.end = Math.max(last.end, o.end);
    else spans.push({ start: o.start, end: o.end });
  }
  return spans;
}
