/**
 * When an asset is open or meets: opening hours and weekly schedules. Times are local wall-clock
 * times in the listing's IANA time zone; the browser turns them into "open now" at view time.
 */
import { z } from 'astro/zod';
import { WEEKDAY_IDS, WEEKS_OF_MONTH } from '#taxonomy';
import { isoDateSchema } from './common.ts';

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A 24-hour "HH:MM" time. YAML 1.1 parsers read an unquoted 19:00 as the number 1140 and a bare
 * 1900 is a number everywhere, so a number is never accepted as a time: the message says how to
 * write it instead of guessing.
 */
/**
 * A clock time as people write it ("19:00", "7:30", "7 pm", "7:30 p.m.") in 24-hour "HH:MM",
 * or undefined when it is not one. `npm run new` reads answers with it, and the time check uses
 * it to say what to write instead of "7pm".
 */
export function clockTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(text.trim());
  if (!match || (!match[2] && !match[3])) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const TIME_FORMAT = 'must be a 24-hour time "HH:MM", like "07:30" or "19:00" (midnight is "00:00")';

export const timeSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? 'write the time in quotes as 24-hour "HH:MM", like "19:00" (without quotes YAML can read it as a number)'
        : 'must be a 24-hour time in quotes, like "19:00"',
  })
  .regex(TIME_RE, {
    error: (issue) => {
      const meant = typeof issue.input === 'string' ? clockTime(issue.input) : undefined;
      return meant && meant !== issue.input
        ? `"${String(issue.input)}" is not written as a 24-hour time; write it "${meant}", in quotes`
        : TIME_FORMAT;
    },
  })
  // What editors show for the same mistake (public/schema/; see src/lib/authoring/json-schema.ts).
  .meta({
    patternErrorMessage: 'Write a 24-hour time in quotes, like "19:00" for 7 pm or "07:30" (midnight is "00:00").',
  })
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

const WEEK_IDS = WEEKS_OF_MONTH.map((w) => w.id);
const WEEKS_HINT = 'use 1 to 5 or "last", like weeks: [2] for the 2nd, or weeks: [1, 3] for the 1st and 3rd';

/** Which weeks of the month a session happens in (see WEEKS_OF_MONTH). */
const weeksSchema = z
  .array(
    z.union(
      WEEK_IDS.map((id) => z.literal(id)),
      { error: (issue) => `${JSON.stringify(issue.input)} is not a week of the month; ${WEEKS_HINT}` },
    ),
  )
  .min(1, { error: `lists no weeks; ${WEEKS_HINT}, or leave weeks out for every week` })
  .refine((weeks) => new Set(weeks).size === weeks.length, { error: 'lists a week twice; give each week once' })
  .describe(
    'For a session that is not every week: the weeks of the month it happens in, 1 to 5 or "last", e.g. [2] for the 2nd Saturday, [1, 3] for the 1st and 3rd. Leave out for every week.',
  );

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
        weeks: weeksSchema.optional(),
        every_other_week_from: isoDateSchema
          .optional()
          .describe(
            'For a session every other week: the date of one session, on this entry\'s day, e.g. "2026-01-09". Sessions fall every 14 days from it. Leave out for every week.',
          ),
      })
      .describe('One meeting or event: weekly, on some weeks of the month, or every other week.'),
  )
  .min(1)
  .describe('Meetings or events, one entry per day and time.');

export type Hours = z.output<typeof hoursSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
export { TIME_RE };

/**
 * What is wrong with how one schedule entry repeats, field by field: the checks that need more
 * than one field. An anchor date on another weekday would put every session on the wrong day.
 */
export function recurrenceIssues(
  entry: Schedule[number],
  hasEventDates: boolean,
): { field: 'weeks' | 'every_other_week_from'; message: string }[] {
  const issues: { field: 'weeks' | 'every_other_week_from'; message: string }[] = [];
  const from = entry.every_other_week_from;
  if (entry.weeks && from !== undefined) {
    issues.push({
      field: 'every_other_week_from',
      message: 'cannot be given with weeks; keep weeks for a monthly pattern, or this for every other week',
    });
  }
  // An impossible date ("2026-02-30") already has its own message; Date would roll it into March.
  const date = from === undefined ? undefined : new Date(`${from}T12:00:00Z`);
  if (date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(from!)) {
    const weekday = WEEKDAY_IDS[(date.getUTCDay() + 6) % 7]!;
    if (weekday !== entry.day) {
      issues.push({
        field: 'every_other_week_from',
        message: `is a ${capitalize(weekday)}, but day is ${entry.day}; give the date of a session, on a ${capitalize(entry.day)}`,
      });
    }
  }
  if (hasEventDates) {
    const field = entry.weeks ? 'weeks' : from !== undefined ? 'every_other_week_from' : undefined;
    if (field) {
      issues.push({ field, message: 'cannot be given with event_dates, which already lists every date; keep one' });
    }
  }
  return issues;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
