/**
 * A listing's facts for the hand-picked list (/list/), worked out at build time: where, how to
 * call, when, how to join. Times are written in the listing's own zone, so a printed handout
 * reads the same wherever it is printed; the zone is named when it differs from the site's.
 */
import type { ListingData } from '#schemas/listing.ts';
import { CATEGORIES, labelOf } from '#taxonomy';
import { asciiUrl, formatPhone, telHref } from '#lib/html/links.ts';
import type { HandoutItem } from './share.ts';
import { formatDays, formatIsoDate, formatTimeRange, weekdayIndex, zoneName } from '#lib/time/format.ts';
import { recurrenceText } from '#lib/time/schedule-text.ts';
import type { TimeWords } from '#i18n/dictionary.ts';
import { isWeeklyEntry } from '#lib/time/schedule.ts';

type HandoutSource = Pick<
  ListingData,
  | 'name'
  | 'category'
  | 'summary'
  | 'attendance'
  | 'address'
  | 'location_private'
  | 'phone'
  | 'sms'
  | 'hours'
  | 'schedule'
  | 'event_dates'
  | 'timezone'
  | 'conference_url'
  | 'conference_phone'
  | 'conference_notes'
  | 'status'
>;

/**
 * Where, in a few words. A private home gives its town only and says why, so nobody goes looking
 * for a street; online and phone listings never carry an address.
 */
export function handoutPlace(data: HandoutSource): string | undefined {
  if (data.attendance === 'online') return 'Online';
  if (data.attendance === 'phone') return 'By phone';
  const town = data.address?.city;
  const street = data.location_private ? undefined : data.address?.street;
  if (!town) return data.attendance === 'hybrid' ? 'In person and online' : undefined;
  const where = data.location_private
    ? `${town} area (the address is private; call to learn more)`
    : [street, town].filter(Boolean).join(', ');
  return data.attendance === 'hybrid' ? `${where}, or online` : where;
}

/** "Mon–Fri 9:00 AM – 5:00 PM", one line per block of opening hours. */
export function hoursLines(hours: NonNullable<ListingData['hours']>, words: TimeWords): string[] {
  return hours.map((block) => {
    const allDay = block.opens === '00:00' && block.closes === '23:59';
    return `${formatDays(block.days, words)} ${allDay ? 'open 24 hours' : formatTimeRange(block.opens, block.closes, words)}`;
  });
}

/**
 * "Every week: Mon, Wed, Fri 7:00 PM – 8:00 PM", one line per time of day: weekly sessions at the
 * same time (and with the same note) share a line, which keeps a daily meeting to one line on the
 * printout. A session that skips weeks gets its own line saying how it repeats ("2nd Saturday of
 * the month: 8:00 AM – 1:00 PM"), so a printout never makes a monthly clinic look weekly.
 */
export function scheduleLines(schedule: NonNullable<ListingData['schedule']>, words: TimeWords): string[] {
  const groups = new Map<string, { days: (typeof schedule)[number]['day'][]; text: string; first: number }>();
  for (const entry of schedule) {
    const times = `${formatTimeRange(entry.start, entry.end, words)}${entry.note ? ` · ${entry.note}` : ''}`;
    const weekly = isWeeklyEntry(entry);
    const key = weekly ? `${entry.start}|${entry.end ?? ''}|${entry.note ?? ''}` : JSON.stringify(entry);
    const group = groups.get(key) ?? {
      days: [],
      text: weekly ? times : `${recurrenceText(entry, words)}: ${times}`,
      first: 7,
    };
    if (weekly) group.days.push(entry.day);
    group.first = Math.min(group.first, weekdayIndex(entry.day));
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => x.first - y.first || a.localeCompare(b))
    .map(([, group]) =>
      group.days.length > 0 ? `Every week: ${formatDays(group.days, words)} ${group.text}` : group.text,
    );
}

/** "Sat, Dec 5, 2026; Sat, Jan 9, 2027": the dates of a one-off event. */
export function eventDatesText(dates: readonly string[], locale: string): string {
  return [...dates]
    .sort()
    .map((date) => formatIsoDate(date, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }, locale))
    .join('; ');
}

/** Both forms of a number: [as people read it, E.164 for tel: and sms: links]. */
function phonePair(phone: string): [string, string] {
  return [formatPhone(phone), telHref(phone).replace(/^tel:/, '')];
}

/** One listing's handout facts; absent facts are left out, not written as empty strings. */
export function handoutItem(slug: string, data: HandoutSource, siteZone: string, words: TimeWords): HandoutItem {
  const zone = data.timezone ?? siteZone;
  const where = handoutPlace(data);
  return {
    s: slug,
    n: data.name,
    c: labelOf(CATEGORIES, data.category),
    ...(data.summary && { u: data.summary }),
    ...(where && { a: where }),
    ...(data.phone && { p: phonePair(data.phone) }),
    ...(data.sms && { t: phonePair(data.sms) }),
    // A schedule wins over hours, as everywhere else on the site (src/lib/meetings/rows.ts).
    ...(data.schedule
      ? { w: scheduleLines(data.schedule, words) }
      : data.hours && { h: hoursLines(data.hours, words) }),
    ...(data.schedule && data.event_dates && { d: eventDatesText(data.event_dates, words.locale) }),
    ...((data.schedule || data.hours) && zone !== siteZone && { z: zoneName(zone, words.locale) }),
    // The list page shows the address as the link's words: the host in punycode, never a look-alike.
    ...(data.conference_url && { j: asciiUrl(data.conference_url) }),
    ...(data.conference_phone && { jp: phonePair(data.conference_phone) }),
    ...(data.conference_notes && (data.conference_url || data.conference_phone) && { jn: data.conference_notes }),
    ...(data.status === 'temporarily-closed' && { x: 1 as const }),
  };
}
