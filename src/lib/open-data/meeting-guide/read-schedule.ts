/**
 * Reading a Meeting Guide record's day and time (the read step of the importer, import.ts):
 * days as numbers, text or names, times in the shapes feeds write them, and end times that a
 * 12-hour clock or a typing slip made implausible. A record without a day and time is a meeting
 * "by appointment", which the spec allows and TSML UI lists: it becomes a listing without a
 * schedule, marked `by_appointment: true`.
 */
import { WEEKDAY_IDS, type Weekday } from '#taxonomy';
import { minutesOf } from '#lib/time/format.ts';
import { Skip, type Change } from '../import-report.ts';
import { MEETING_GUIDE_DAY } from './export.ts';
import { isBlank, type FeedRecord } from './read-fields.ts';

const DAY_NAMES: Record<string, Weekday> = Object.fromEntries([
  ...WEEKDAY_IDS.flatMap((day) => [
    [day, day],
    [day.slice(0, 3), day],
  ]),
  ['tues', 'tuesday'],
  ['thur', 'thursday'],
  ['thurs', 'thursday'],
]);
const DAY_BY_NUMBER = Object.fromEntries(Object.entries(MEETING_GUIDE_DAY).map(([day, n]) => [n, day])) as Record<
  number,
  Weekday
>;

/** A Meeting Guide day (0–6 from Sunday, as a number or text, or a day's name) as a weekday. */
export function readDay(value: unknown): Weekday | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? DAY_BY_NUMBER[value] : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d$/.test(text)) return DAY_BY_NUMBER[Number(text)];
  return DAY_NAMES[text] ?? (text.endsWith('s') ? DAY_NAMES[text.slice(0, -1)] : undefined);
}

/** A time as "HH:MM": "7:30", "19:30:00" and "7:30 pm" are read too; undefined when it is none. */
export function readTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?$/i.exec(value.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half && (hours < 1 || hours > 12)) return undefined;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

interface ScheduleEntry {
  day: Weekday;
  start: string;
  end?: string;
}

/** When a record meets: its weekly sessions (one per day it lists, all at its time), or none, by appointment. */
export interface ReadSchedule {
  entries: ScheduleEntry[];
  byAppointment: boolean;
}

/** The weekly sessions: one per day the record lists, all at its time; none for a meeting by appointment. */
export function readSchedule(record: FeedRecord, changes: Change[]): ReadSchedule {
  const { day, time, end_time: endTime } = record;
  const noDays = isBlank(day) || (Array.isArray(day) && day.length === 0);
  if (noDays || isBlank(time)) {
    // TSML UI reads a record without both a day and a time as "by appointment", so a lone day
    // or time is read the same way, and the report says which was left out.
    const lone =
      noDays && isBlank(time)
        ? ''
        : noDays
          ? `; its time ${JSON.stringify(time)} without a day was left out`
          : `; its day ${JSON.stringify(day)} without a time was left out`;
    changes.push({
      kind: 'by appointment',
      message: `has no day and time (a "by appointment" meeting); listed without a schedule, as by appointment${lone}`,
    });
    return { entries: [], byAppointment: true };
  }
  const rawDays = Array.isArray(day) ? day : [day];
  const days: Weekday[] = [];
  for (const raw of rawDays) {
    const weekday = readDay(raw);
    if (weekday === undefined) {
      throw new Skip(
        'day or time not readable',
        `day ${JSON.stringify(raw)} is not a day: use 0–6 (Sunday = 0) or a day's name`,
      );
    }
    if (!days.includes(weekday)) days.push(weekday);
  }
  const start = readTime(time);
  if (start === undefined) {
    throw new Skip('day or time not readable', `time ${JSON.stringify(time)} is not a time like "19:30"`);
  }
  if (start !== time) changes.push({ kind: 'time rewritten', message: `time "${String(time)}" written as "${start}"` });
  let end = isBlank(endTime) ? undefined : readTime(endTime);
  if (!isBlank(endTime) && end === undefined) {
    changes.push({ kind: 'end time left out', message: `end time ${JSON.stringify(endTime)} is not a time; left out` });
  } else if (end !== undefined && end === start) {
    changes.push({ kind: 'end time left out', message: `end time is the same as the start (${start}); left out` });
    end = undefined;
  } else if (end !== undefined && end !== endTime) {
    changes.push({ kind: 'time rewritten', message: `end time "${String(endTime)}" written as "${end}"` });
  }
  if (end !== undefined) end = plausibleEnd(start, end, changes);
  return {
    entries: days.map((weekday) => ({ day: weekday, start, ...(end !== undefined && { end }) })),
    byAppointment: false,
  };
}

/** Longest meeting taken at its word; anything longer is a typing slip (or a retreat, which is not weekly). */
const LONGEST_MEETING_MINUTES = 6 * 60;

/**
 * An end before the start means the meeting runs past midnight, but "12:30–01:30" is far more
 * often a noon meeting with its end typed on a 12-hour clock than a 13-hour meeting. An end that
 * makes sense 12 hours later is read that way; any other implausibly long one is left out.
 */
function plausibleEnd(start: string, end: string, changes: Change[]): string | undefined {
  const length = (minutesOf(end) - minutesOf(start) + 1440) % 1440;
  if (length <= LONGEST_MEETING_MINUTES) return end;
  const later = minutesOf(end) + 720;
  if (later < 1440 && later > minutesOf(start) && later - minutesOf(start) <= LONGEST_MEETING_MINUTES) {
    const fixed = `${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`;
    changes.push({
      kind: 'time rewritten',
      message: `end time "${end}" would make a ${Math.round(length / 60)}-hour meeting; read as "${fixed}" (a 12-hour clock slip)`,
    });
    return fixed;
  }
  changes.push({
    kind: 'end time left out',
    message: `end time "${end}" would make a ${Math.round(length / 60)}-hour meeting; left out`,
  });
  return undefined;
}
