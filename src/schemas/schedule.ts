/**
 * When an asset is open or meets: opening hours and weekly schedules. Times are local wall-clock
 * times in the listing's IANA time zone; the browser turns them into "open now" at view time.
 */
import { z } from 'astro/zod';
import { WEEKDAY_IDS } from '#taxonomy';

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A 24-hour "HH:MM" time. YAML 1.1 parsers read an unquoted 19:00 as the number 1140 and a bare
 * 1900 is a number everywhere, so a number is never accepted as a time: the message says how to
 * write it instead of guessing.
 */
export const timeSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? 'write the time in quotes as 24-hour "HH:MM", like "19:00" (without quotes YAML can read it as a number)'
        : 'must be a 24-hour time in quotes, like "19:00"',
  })
  .regex(TIME_RE, { error: 'must be a 24-hour time "HH:MM", like "07:30" or "19:00" (midnight is "00:00")' })
  .describe('A 24-hour local time in quotes, e.g. "19:00".');

export const weekdaySchema = z.enum(WEEKDAY_IDS).describe('A day of the week in lowercase English, e.g. "monday".');

export const hoursSchema = z
  .array(
    z
      .strictObject({
        days: z.array(weekdaySchema).min(1).describe('The days these hours apply to.'),
        opens: timeSchema.describe('Opening time, e.g. "09:00".'),
        closes: timeSchema.describe('Closing time, e.g. "17:00"; earlier than `opens` means after midnight.'),
      })
      .describe('One block of opening hours.'),
  )
  .min(1)
  .describe('Opening hours, one entry per block of days with the same hours.');

export const scheduleSchema = z
  .array(
    z
      .strictObject({
        day: weekdaySchema,
        start: timeSchema.describe('Start time, e.g. "19:00".'),
        end: timeSchema
          .optional()
          .describe('End time, e.g. "20:00"; earlier than `start` means the meeting runs past midnight.'),
        note: z.string().trim().max(120).optional().describe('A short note for this session, e.g. "Speaker meeting".'),
      })
      .describe('One weekly meeting or event.'),
  )
  .min(1)
  .describe('Weekly meetings or events, one entry per day and time.');

export type Hours = z.output<typeof hoursSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
export { TIME_RE };
