/**
 * The re-verification queue (`npm run validate -- --stale`): the published listings a volunteer
 * should confirm next, oldest first, each with what is needed to do it (where the date is, and
 * whom to call). A worklist, not a list of errors: stale listings stay on the site, marked.
 */
import type { ListingData } from '#schemas/listing.ts';
import { daysSince } from '#lib/time/freshness.ts';
import type { CheckedListing } from './listing.ts';
import { escapeLineBreaks, plural } from './problem.ts';

/** How many days before a listing turns stale it is listed as "due soon", unless told otherwise. */
export const DUE_WITHIN_DAYS = 30;

interface QueueItem {
  /** Path relative to the project root. */
  file: string;
  /** Line of `last_verified`, the line the volunteer changes. */
  line?: number;
  name: string;
  lastVerified: string;
  /** Days since it was last verified. */
  age: number;
  verifiedHow?: string;
  /** Days until it turns stale: 0 or less means it is stale now. */
  daysLeft: number;
  /** How to reach the organization: "call 517-555-0142 or see https://…". */
  contact: string;
}

/**
 * The ways to reach the organization a listing gives, best first: a call is the quickest way to
 * confirm hours and intake, then e-mail and the website. At most two, to keep the line short.
 */
export function howToReach(listing: ListingData): string {
  const ways = [
    listing.phone && `call ${listing.phone}`,
    !listing.phone && listing.conference_phone && `call ${listing.conference_phone}`,
    listing.email && `e-mail ${listing.email}`,
    listing.website && `see ${listing.website}`,
    listing.sms && `text ${listing.sms}`,
  ].filter((way): way is string => Boolean(way));
  if (ways.length > 0) return ways.slice(0, 2).join(' or ');
  // A private home's street is never in the file, so only a public address is offered for a visit.
  const street = listing.location_private ? undefined : listing.address?.street;
  if (street) return `visit ${street}, ${listing.address!.city}`;
  if (listing.conference_url) return `join ${listing.conference_url}`;
  return 'no phone, e-mail or website in the listing; ask a reviewer how to reach them';
}

/**
 * Published listings (not `status: closed`) that are stale, or turn stale within `dueWithinDays`,
 * oldest `last_verified` first. Listings with errors have no data and are left out: the errors
 * come first.
 */
export function reverificationQueue(
  listings: readonly CheckedListing[],
  today: string,
  staleAfterDays: number,
  dueWithinDays: number = DUE_WITHIN_DAYS,
): QueueItem[] {
  const items: QueueItem[] = [];
  for (const { file, data, lastVerifiedLine } of listings) {
    if (!data || data.status === 'closed') continue;
    const age = daysSince(data.last_verified, today);
    const daysLeft = staleAfterDays - age;
    // Stale means older than stale_after_days (as the validator's warning and the pages say).
    if (daysLeft >= dueWithinDays) continue;
    items.push({
      file,
      line: lastVerifiedLine,
      name: data.name,
      lastVerified: data.last_verified,
      age,
      verifiedHow: data.verified_how,
      daysLeft,
      contact: howToReach(data),
    });
  }
  return items.sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.file.localeCompare(b.file));
}

/** How many listings are on the site: every one that passed and is not closed. */
export function countPublished(listings: readonly CheckedListing[]): number {
  return listings.filter(({ data }) => data && data.status !== 'closed').length;
}

/** True when the item is stale now (not only due soon). */
const isStaleItem = (item: QueueItem): boolean => item.daysLeft < 0;

/**
 * `path:line: name: last verified 2026-03-01 (268 days ago, by phone); call 517-555-0142`: the
 * path and line open the file at the date in most editors and terminals.
 */
export function formatQueueItem(item: QueueItem): string {
  const where = item.line ? `${item.file}:${item.line}` : item.file;
  const how = item.verifiedHow ? `, by ${item.verifiedHow}` : '';
  const due = isStaleItem(item)
    ? ''
    : `; stale ${item.daysLeft === 0 ? 'tomorrow' : `in ${plural(item.daysLeft + 1, 'day')}`}`;
  const line = `${where}: ${item.name}: last verified ${item.lastVerified} (${plural(item.age, 'day')} ago${how}${due}); ${item.contact}`;
  // The file name and the listing's words could hold a line break; the entry stays one line.
  return escapeLineBreaks(line);
}

/** The whole queue as printed: stale listings, then those due soon, then a count. */
export function queueLines(
  items: readonly QueueItem[],
  publishedCount: number,
  staleAfterDays: number,
  dueWithinDays: number = DUE_WITHIN_DAYS,
): string[] {
  const stale = items.filter(isStaleItem);
  const soon = items.filter((item) => !isStaleItem(item));
  const lines: string[] = [];
  if (stale.length > 0) {
    lines.push(
      `Stale: not verified in the last ${staleAfterDays} days, oldest first:`,
      ...stale.map(formatQueueItem),
      '',
    );
  }
  if (soon.length > 0) {
    lines.push(`Due soon: stale within the next ${plural(dueWithinDays, 'day')}:`, ...soon.map(formatQueueItem), '');
  }
  const of = `of ${plural(publishedCount, 'published listing')}`;
  lines.push(
    items.length === 0
      ? `Nothing to re-verify: none ${of} is stale or due within ${plural(dueWithinDays, 'day')}.`
      : `${stale.length} stale and ${soon.length} due soon, ${of}. Confirm each with the organization, then update last_verified and verified_how (see CONTRIBUTING.md).`,
  );
  return lines;
}
