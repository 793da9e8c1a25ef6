/**
 * Which meetings go on which page, so that no page grows with the whole week. /meetings/ opens on
 * today (the build's day in the site's zone): today's sessions come first in its HTML, then the
 * rest of the week while the week is small enough to sit on one page. A larger week leaves only
 * today on /meetings/, cut to a few sessions from each hour of the day, and every day has its own
 * page, /meetings/<day>/, split into parts in time order past a limit (/meetings/<day>/page/2/).
 *
 * Today is cut by the hour, not to its first sessions: the build cannot know when the visitor
 * opens the page, and a few sessions from every hour means whatever the hour, the ones about to
 * start are there, in the first bytes, with no second request.
 *
 * Parts are cut by count, not by time of day: a count bounds every page whatever the data (an
 * evening can hold most of a city's meetings), and each part is labelled with the times it spans,
 * so a visitor still chooses by the clock.
 */
import { WEEKDAY_IDS, type Weekday } from '#taxonomy';
import {
  ASSUMED_LENGTH_MINUTES,
  addDays,
  compareDates,
  decodeSlots,
  formatDate,
  happensOn,
  nextOnWeekday,
  parseDate,
  weekdayOf,
} from '#lib/time/schedule.ts';
import { minutesOf } from '#lib/time/format.ts';
import { weekOrder } from './week.ts';

export interface DayLimits {
  /** The whole week stays on /meetings/ while it has at most this many sessions. */
  week: number;
  /**
   * Past that, /meetings/ shows at most this many of today's sessions (the first ones starting in
   * each hour, an equal share per hour), with a link to the day's page.
   */
  today: number;
  /** A day page holds at most this many sessions; more go on /meetings/<day>/page/2/ and on. */
  part: number;
}

/**
 * Sized so /meetings/ (with its script and styles) stays well inside its first-load budget and a
 * day page's HTML inside the budget for any page, with room for long names and notes.
 */
export const DAY_LIMITS: DayLimits = { week: 200, today: 72, part: 400 };

/** What the day pages need of a row: when it starts and ends, and on which weeks it happens. */
export interface DayRow {
  start: string;
  end?: string | undefined;
  siteMinutes: number;
  /** The session's slot (encoded), for the weeks of the month it skips. */
  slots: string;
  /** One-off events: their only dates, "YYYY-MM-DD,…". */
  dates?: string | undefined;
}

/**
 * When a session ends on the site's clock, in minutes from the start of its day: past 1440 when
 * it runs past midnight. A session with no end is taken to last an hour, as everywhere else.
 */
export function siteEnd(row: DayRow): number {
  if (row.end === undefined) return row.siteMinutes + ASSUMED_LENGTH_MINUTES;
  const length = (minutesOf(row.end) - minutesOf(row.start) + 1440) % 1440 || 1440;
  return row.siteMinutes + length;
}

/** Whether the session happens on `date` ("YYYY-MM-DD", on its weekday): its event dates, its weeks. */
export function happensOnDate(row: DayRow, date: string): boolean {
  const day = parseDate(date);
  if (row.dates) return row.dates.split(',').some((d) => compareDates(parseDate(d), day) === 0);
  const [slot] = decodeSlots(row.slots);
  return slot === undefined || happensOn(slot, day);
}

/** A day's date in the week that starts on `from` ("YYYY-MM-DD"): `from` itself, or the days after it. */
export function dateOfDay(day: number, from: string): string {
  return formatDate(nextOnWeekday(parseDate(from), day));
}

/**
 * At most `limit` of a day's sessions, in their order: the first ones starting in each hour on the
 * site's clock, an equal share of `limit` per hour (at least one).
 */
export function fewEachHour<R extends DayRow>(rows: readonly R[], limit: number): R[] {
  if (rows.length <= limit) return [...rows];
  const perHour = Math.max(1, Math.floor(limit / 24));
  const taken = new Map<number, number>();
  const kept: R[] = [];
  for (const row of rows) {
    const hour = Math.floor(row.siteMinutes / 60);
    const n = taken.get(hour) ?? 0;
    if (n >= perHour || kept.length >= limit) continue;
    taken.set(hour, n + 1);
    kept.push(row);
  }
  return kept;
}

/** The sessions that do not happen on `date`: the page hides them when the visitor's day is that one. */
function offOn<R extends DayRow>(rows: readonly R[], date: string): Set<R> {
  return new Set(rows.filter((row) => !happensOnDate(row, date)));
}

export interface DayPart {
  /** 1 for /meetings/<day>/, 2 for /meetings/<day>/page/2/, … */
  part: number;
  /** The path within a language: '/meetings/monday/page/2/'. */
  path: string;
  /** The first and the last session's start, "HH:MM" on their own clocks. */
  from: string;
  to: string;
  /** Where the part starts on the site's clock, in minutes: the page script picks the part for "now". */
  fromMinutes: number;
}

/** The path of a day's page, or of one of its parts: '/meetings/monday/', '/meetings/monday/page/3/'. */
export function dayPath(day: number | Weekday, part = 1): string {
  const id = typeof day === 'number' ? WEEKDAY_IDS[day]! : day;
  return part > 1 ? `/meetings/${id}/page/${part}/` : `/meetings/${id}/`;
}

/** A day's sessions cut into parts of at most `size`, in their order; a day with none has one empty part. */
export function splitDay<R>(rows: readonly R[], size: number): R[][] {
  if (rows.length === 0) return [[]];
  const parts: R[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}

/** The parts of a day as its pages list them. */
export function dayParts(day: number, rows: readonly DayRow[], size: number): DayPart[] {
  return splitDay(rows, size).map((partRows, i) => ({
    part: i + 1,
    path: dayPath(day, i + 1),
    from: partRows[0]?.start ?? '',
    to: partRows.at(-1)?.start ?? '',
    fromMinutes: partRows[0]?.siteMinutes ?? 0,
  }));
}

/** A weekday in the day nav: its id, its page, and where its parts start (for the page script). */
export interface DayLink {
  day: number;
  id: Weekday;
  path: string;
  /** Each part's start on the site's clock, in minutes, space separated: "0 735 1080". */
  partStarts: string;
}

function dayLinks(byDay: readonly { day: number; rows: readonly DayRow[] }[], weekStart: 0 | 1, size: number) {
  return weekOrder(weekStart).map((day): DayLink => {
    const rows = byDay.find((d) => d.day === day)?.rows ?? [];
    return {
      day,
      id: WEEKDAY_IDS[day]!,
      path: dayPath(day),
      partStarts: dayParts(day, rows, size)
        .map((p) => p.fromMinutes)
        .join(' '),
    };
  });
}

export interface MeetingsHomeDay<R> {
  day: number;
  /** Its date in the week from the build's day: today's, or the coming one. */
  date: string;
  rows: R[];
  /** Rows that do not happen on `date` (other weeks of the month, other event dates). */
  off: ReadonlySet<R>;
  /** How many sessions the day has; more than `rows.length` when it was cut. */
  total: number;
}

export interface MeetingsHome<R> {
  /** The build's weekday, Monday = 0. */
  today: number;
  /** The build's date in the site's zone. */
  date: string;
  /** True when the whole week is on the page; false when only today is, and the day pages hold the rest. */
  wholeWeek: boolean;
  /** Today first, then (for a whole week) the days after it, as the week is about to happen. */
  days: MeetingsHomeDay<R>[];
  /** Sessions today, shown or not. */
  todayTotal: number;
  /** The seven days in the language's reading order. */
  links: DayLink[];
}

/** /meetings/'s values: which days and sessions its HTML holds, today (`date`, the build's) first. */
export function meetingsHome<R extends DayRow>(
  byDay: readonly { day: number; rows: R[] }[],
  date: string,
  weekStart: 0 | 1,
  limits: DayLimits = DAY_LIMITS,
): MeetingsHome<R> {
  const today = weekdayOf(parseDate(date));
  const rowsOf = (day: number) => byDay.find((d) => d.day === day)?.rows ?? [];
  const total = byDay.reduce((n, d) => n + d.rows.length, 0);
  const wholeWeek = total <= limits.week;
  const order = wholeWeek ? Array.from({ length: 7 }, (_, i) => (today + i) % 7) : [today];
  const days = order.map((day, ahead) => {
    const dayDate = formatDate(addDays(parseDate(date), ahead));
    const rows = wholeWeek ? rowsOf(day) : fewEachHour(rowsOf(day), limits.today);
    return { day, date: dayDate, rows, off: offOn(rows, dayDate), total: rowsOf(day).length };
  });
  return {
    today,
    date,
    wholeWeek,
    days,
    todayTotal: rowsOf(today).length,
    links: dayLinks(byDay, weekStart, limits.part),
  };
}

export interface MeetingsDayPage<R> {
  day: number;
  id: Weekday;
  /** The day's coming date from the build's: the page hides `off` rows when the visitor's day is it. */
  date: string;
  /** This part's sessions. */
  rows: R[];
  off: ReadonlySet<R>;
  /** Sessions that day, in every part. */
  total: number;
  part: DayPart;
  /** Every part of the day; one when the day fits on a page. */
  parts: DayPart[];
  links: DayLink[];
  /** Whether /meetings/ holds the whole week (the nav then offers it). */
  wholeWeek: boolean;
}

/** A day page's values, /meetings/<day>/ or one of its parts; `buildDate` is the build's date. */
export function meetingsDayPage<R extends DayRow>(
  byDay: readonly { day: number; rows: R[] }[],
  day: number,
  part: number,
  buildDate: string,
  weekStart: 0 | 1,
  limits: DayLimits = DAY_LIMITS,
): MeetingsDayPage<R> {
  const rows = byDay.find((d) => d.day === day)?.rows ?? [];
  const parts = dayParts(day, rows, limits.part);
  const index = Math.min(Math.max(part, 1), parts.length) - 1;
  const partRows = splitDay(rows, limits.part)[index]!;
  const date = dateOfDay(day, buildDate);
  return {
    day,
    id: WEEKDAY_IDS[day]!,
    date,
    rows: partRows,
    off: offOn(partRows, date),
    total: rows.length,
    part: parts[index]!,
    parts,
    links: dayLinks(byDay, weekStart, limits.part),
    wholeWeek: byDay.reduce((n, d) => n + d.rows.length, 0) <= limits.week,
  };
}

/** Every day page's route parameters: a day and, past the first part, `page/<n>`. */
export function dayPageParams(
  byDay: readonly { day: number; rows: readonly unknown[] }[],
  limits: DayLimits = DAY_LIMITS,
): { day: Weekday; part: string | undefined }[] {
  return WEEKDAY_IDS.flatMap((id, day) => {
    const count = byDay.find((d) => d.day === day)?.rows.length ?? 0;
    const parts = Math.max(1, Math.ceil(count / limits.part));
    return Array.from({ length: parts }, (_, i) => ({ day: id, part: i === 0 ? undefined : `page/${i + 1}` }));
  });
}
