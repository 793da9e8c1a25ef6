/**
 * The page's time words (with its locale), for the live status lines, the finder's cards and the
 * meetings page. They carry the weekday names and the clock's style the build wrote down from
 * Intl, so these scripts write times without Intl (src/lib/time/clock-style.ts).
 */
import type { TimeWords } from '#i18n/dictionary.ts';
import { knowWeekdayNames } from '#lib/time/format.ts';
import { pageWords } from './page-words.ts';

export function pageTimeWords(doc: Document): TimeWords | undefined {
  const words = pageWords<TimeWords>(doc, 'time');
  // The names the build wrote, for the functions that take a locale alone.
  if (words?.weekdays) knowWeekdayNames(words.locale, words.weekdays);
  return words;
}
