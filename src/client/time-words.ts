/**
 * The page's time words (with its locale), for the live status lines, the finder's cards and the
 * meetings page. They carry the weekday names and the clock's style the build wrote down from
 * Intl, and reading them hands the schedule functions the page's zone offsets too, so these
 * scripts read and write times without Intl (src/lib/time/clock-style.ts, zone-offsets.ts).
 */
import type { TimeWords } from '#i18n/dictionary.ts';
import { knowWeekdayNames } from '#lib/time/format.ts';
import { pageWords } from './page-words.ts';
import { readPageZoneOffsets } from './zone-offsets.ts';

export function pageTimeWords(doc: Document): TimeWords | undefined {
  const words = pageWords<TimeWords>(doc, 'time');
  // The names the build wrote, for the functions that take a locale alone, and the zones' offsets.
  if (words?.weekdays) knowWeekdayNames(words.locale, words.weekdays);
  readPageZoneOffsets();
  return words;
}
