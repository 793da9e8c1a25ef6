/** How fresh a listing is: stale or wrong listings hurt people, so every page says so plainly. */
import { formatDate, wallClockAt } from './schedule.ts';

/**
 * Today's date (YYYY-MM-DD) in a time zone: "today" means the community's today. Read like every
 * clock of the site (schedule.ts): from the offsets a page was built with, where it has them, so
 * the listing form opens without loading Intl's zone data.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return formatDate(wallClockAt(now.getTime(), timeZone));
}

/** Whole days from `date` to `today` (both YYYY-MM-DD). */
export function daysSince(date: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

/** True when the listing has not been verified within `staleAfterDays`. */
export function isStale(lastVerified: string, today: string, staleAfterDays: number): boolean {
  return daysSince(lastVerified, today) > staleAfterDays;
}

const ages = new Map<string, Intl.RelativeTimeFormat>();

/**
 * How long ago, in `locale`'s words: "today", "yesterday", "12 days ago", "3 weeks ago",
 * "5 months ago", "2 years ago" (es: "hoy", "ayer", "hace 3 semanas"). Days up to two weeks,
 * weeks up to two months, then months, then years: precise where it matters.
 */
export function verifiedAgo(days: number, locale: string): string {
  const key = `${locale}|${days}`;
  let text = agoTexts.get(key);
  if (text === undefined) {
    text = agoText(days, locale);
    agoTexts.set(key, text);
  }
  return text;
}

// Thousands of pages were verified on the same few hundred days.
const agoTexts = new Map<string, string>();

function agoText(days: number, locale: string): string {
  let format = ages.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    ages.set(locale, format);
  }
  const d = Math.max(0, days);
  if (d < 14) return format.format(-d, 'day');
  if (d < 60) return format.format(-Math.round(d / 7), 'week');
  if (d < 365) return format.format(-Math.round(d / 30.44), 'month');
  return format.format(-Math.floor(d / 365), 'year');
}
