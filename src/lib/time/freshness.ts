/** How fresh a listing is: stale or wrong listings hurt people, so every page says so plainly. */

/** Today's date (YYYY-MM-DD) in a time zone: "today" means the community's today. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `date` to `today` (both YYYY-MM-DD). */
export function daysSince(date: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

/** True when the listing has not been verified within `staleAfterDays`. */
export function isStale(lastVerified: string, today: string, staleAfterDays: number): boolean {
  return daysSince(lastVerified, today) > staleAfterDays;
}

/** "today", "yesterday", "12 days ago", "about 3 months ago", "over a year ago". */
export function verifiedAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  if (days < 365) return `about ${Math.round(days / 30)} months ago`;
  return days < 730 ? 'over a year ago' : `over ${Math.floor(days / 365)} years ago`;
}
