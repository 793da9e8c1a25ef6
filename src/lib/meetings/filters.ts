/**
 * The meetings page's filters as URL state (`?day=today&fellowship=aa,na&attendance=online&…`)
 * and the rule for whether a row passes them: OR within a filter, AND across filters, like the
 * finder. Pure, so the page script and the unit tests share it.
 */
import { WEEKDAY_IDS, type Weekday } from '#taxonomy';
import type { Dictionary } from '#i18n/dictionary.ts';
import { plural } from '#i18n/text.ts';

export const MEETING_FILTER_KEYS = ['fellowship', 'attendance', 'type', 'time', 'support', 'pathway'] as const;
export type MeetingFilterKey = (typeof MEETING_FILTER_KEYS)[number];

/** `today`, a weekday id, or `week` (every day, today first). */
export type DayChoice = 'week' | 'today' | Weekday;

export interface MeetingFilters {
  day: DayChoice;
  selected: Record<MeetingFilterKey, string[]>;
}

/** What the filters read of a row (the page keeps these in data attributes). */
export interface FilterableRow {
  fellowship?: string | undefined;
  attendance: string;
  types: readonly string[];
  time: string;
  support: readonly string[];
  pathways: readonly string[];
}

/** Reads the URL's query; unknown days fall back to the whole week. */
export function parseMeetingFilters(search: string): MeetingFilters {
  const params = new URLSearchParams(search);
  const day = params.get('day') ?? '';
  const selected = {} as Record<MeetingFilterKey, string[]>;
  for (const key of MEETING_FILTER_KEYS) {
    selected[key] = [
      ...new Set(
        (params.get(key) ?? '')
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  }
  const known = day === 'today' || (WEEKDAY_IDS as readonly string[]).includes(day);
  return { day: known ? (day as DayChoice) : 'week', selected };
}

/** The query for a state, keeping parameters that belong to others; empty filters are left out. */
export function meetingFiltersQuery(filters: MeetingFilters, current = ''): string {
  const params = new URLSearchParams(current);
  params.delete('day');
  for (const key of MEETING_FILTER_KEYS) params.delete(key);
  if (filters.day !== 'week') params.set('day', filters.day);
  for (const key of MEETING_FILTER_KEYS) {
    if (filters.selected[key].length > 0) params.set(key, filters.selected[key].join(','));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/**
 * "In person" means you can walk in, so hybrid meetings count; "online" means you can join from
 * home, so hybrid counts there too; "hybrid" asks for both.
 */
export function attendanceMatches(wanted: string, attendance: string): boolean {
  if (wanted === attendance) return true;
  return attendance === 'hybrid' && (wanted === 'in-person' || wanted === 'online');
}

/** True when the row passes every filter that has a value. */
export function rowMatches(row: FilterableRow, selected: Record<MeetingFilterKey, readonly string[]>): boolean {
  const any = (wanted: readonly string[], test: (v: string) => boolean) => wanted.length === 0 || wanted.some(test);
  return (
    any(selected.fellowship, (v) => row.fellowship === v) &&
    any(selected.attendance, (v) => attendanceMatches(v, row.attendance)) &&
    any(selected.type, (v) => row.types.includes(v)) &&
    any(selected.time, (v) => row.time === v) &&
    any(selected.support, (v) => row.support.includes(v)) &&
    any(selected.pathway, (v) => row.pathways.includes(v))
  );
}

/** The words the count line is made of (the meetings dictionary's `script` part). */
export type CountWords = Pick<Dictionary['meetings']['script'], 'count' | 'countFiltered'>;

/**
 * The line above the list: "1 session today matches your filters.", "12 sessions this week."
 * (es: "12 reuniones esta semana."). `where` is already in words ("this week", "on Monday").
 */
export function meetingsCountText(
  shown: number,
  where: string,
  filtered: boolean,
  words: CountWords,
  locale: string,
): string {
  return plural(locale, filtered ? words.countFiltered : words.count, shown, { where });
}
