/**
 * A week as readers of a language list it. The site counts weekdays from Monday (0), as listing
 * files and ISO do; English readers expect a week to start on Sunday, Spanish readers on Monday
 * (`UI_LANGUAGES[lang].weekStart`).
 */

/** The weekday indexes (Monday = 0) in reading order for a week that starts on `weekStart` (0 Sunday, 1 Monday). */
export function weekOrder(weekStart: 0 | 1): number[] {
  const first = weekStart === 0 ? 6 : 0;
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}
