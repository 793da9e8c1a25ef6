/**
 * How a problem names the field it is about. Volunteers read the keys they typed, so those stay
 * as written and dotted (`address.street`, `translations.es.summary`); a place in a list is said
 * in words, counting from 1, after the keys (`schedule.start (2nd meeting time)`), because
 * `schedule[1]` reads as the second thing only to a programmer.
 */
import type { PathSegment } from './source.ts';

/** What one item of each list is called; other lists of values say "value", of fields "entry". */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  schedule: 'meeting time',
  hours: 'set of hours',
  days: 'day',
  weeks: 'week',
  event_dates: 'date',
  help_lines: 'help line',
  industries: 'kind of work',
  languages: 'language',
  meeting_types: 'type code',
};

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * `schedule.start (1st meeting time)` from ['schedule', 0, 'start']; `support (2nd value)` from
 * ['support', 1]; '' for the whole file.
 */
export function formatPath(path: readonly PathSegment[]): string {
  const keys: string[] = [];
  const places: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment === 'string') {
      keys.push(segment);
      return;
    }
    const list = path.findLast((s, j) => j < i && typeof s === 'string') as string | undefined;
    const noun = (list && ITEM_NOUNS[list]) ?? (i === path.length - 1 ? 'value' : 'entry');
    places.push(`${ordinal(segment + 1)} ${noun}`);
  });
  const dotted = keys.join('.');
  return places.length === 0 ? dotted : `${dotted} (${places.join(', ')})`;
}

/** The field name problems use for a .md file's description (the text below the front matter). */
export const DESCRIPTION_FIELD = 'description';

/** The field name problems use for the file's name, which becomes the page address. */
export const FILE_NAME_FIELD = 'file name';
