/**
 * Days written as a range ("monday-friday", "Mon to Fri") or a group ("weekdays", "daily"),
 * which the files do not take: `days` lists each day, and a meeting time has one day. The
 * validator reads them only to say which days to write instead.
 */
import { WEEKDAY_IDS, type Weekday } from '#taxonomy';
import { suggestValue } from './suggest.ts';

/** Groups of days people write as one word. */
const GROUPS: Readonly<Record<string, readonly Weekday[]>> = {
  weekdays: WEEKDAY_IDS.slice(0, 5),
  weekday: WEEKDAY_IDS.slice(0, 5),
  weekends: WEEKDAY_IDS.slice(5),
  weekend: WEEKDAY_IDS.slice(5),
  daily: WEEKDAY_IDS,
  everyday: WEEKDAY_IDS,
  'every-day': WEEKDAY_IDS,
  all: WEEKDAY_IDS,
};

/** One day as written ("Mon", "fri", "Thursdays") to its id, or undefined. */
function dayOf(word: string): Weekday | undefined {
  const id = suggestValue(word.trim(), WEEKDAY_IDS);
  return id as Weekday | undefined;
}

/**
 * The days `text` stands for when it is a range or a group of days, in week order (a range may
 * wrap past Sunday: "friday-monday"); undefined for anything else, including a single day.
 */
export function daysInRange(text: string): Weekday[] | undefined {
  const normal = text.trim().toLowerCase().replace(/\s+/g, '-');
  if (GROUPS[normal]) return [...GROUPS[normal]];
  const match = /^([a-z]+)\.?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b)\s*([a-z]+)\.?$/i.exec(text.trim());
  if (!match) return undefined;
  const from = dayOf(match[1]!);
  const to = dayOf(match[2]!);
  if (!from || !to || from === to) return undefined;
  const start = WEEKDAY_IDS.indexOf(from);
  const length = ((WEEKDAY_IDS.indexOf(to) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, i) => WEEKDAY_IDS[(start + i) % 7]!);
}
