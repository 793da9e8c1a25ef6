/**
 * A listing's facts for the hand-picked list (/list/), worked out at build time: where, how to
 * call, when, how to join. Times are written in the listing's own zone, so a printed handout
 * reads the same wherever it is printed; the zone is named when it differs from the site's.
 * Each language gets its own data files (/es/list/data/<n>.json), so every word here is the
 * page's: category, places, schedules, dates, the zone, and the listing's own translated text.
 */
import type { ListingData } from '#schemas/listing.ts';
import { CATEGORIES } from '#taxonomy';
import type { Dictionary } from '#i18n/dictionary.ts';
import type { Lang } from '#i18n/languages.ts';
import { listingText } from '#i18n/listing-text.ts';
import { labelIn } from '#i18n/terms.ts';
import { fill } from '#i18n/text.ts';
import { dictionary, timeWords } from '#i18n/index.ts';
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
  | 'description'
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
  | 'translations'
>;

/** The handout's own words in one language (dictionaries/<lang>/list.ts). */
export type HandoutWords = Dictionary['list']['handout'];

/**
 * Where, in a few words. A private home gives its town only and says why, so nobody goes looking
 * for a street; online and phone listings never carry an address.
 */
export function handoutPlace(data: HandoutSource, words: HandoutWords): string | undefined {
  if (data.attendance === 'online') return words.online;
  if (data.attendance === 'phone') return words.byPhone;
  const town = data.address?.city;
  const street = data.location_private ? undefined : data.address?.street;
  if (!town) return data.attendance === 'hybrid' ? words.inPersonAndOnline : undefined;
  const where = data.location_private ? fill(words.privateArea, { town }) : [street, town].filter(Boolean).join(', ');
  return data.attendance === 'hybrid' ? fill(words.orOnline, { where }) : where;
}

/** "Mon–Fri 9:00 AM – 5:00 PM", one line per block of opening hours. */
export function hoursLines(hours: NonNullable<ListingData['hours']>, words: TimeWords, own: HandoutWords): string[] {
  return hours.map((block) => {
    const allDay = block.opens === '00:00' && block.closes === '23:59';
    return `${formatDays(block.days, words)} ${allDay ? own.allDay : formatTimeRange(block.opens, block.closes, words)}`;
  });
}

/**
 * "Every week: Mon, Wed, Fri 7:00 PM – 8:00 PM", one line per time of day: weekly sessions at the
 * same time (and with the same note) share a line, which keeps a daily meeting to one line on the
 * printout. A session that skips weeks gets its own line saying how it repeats ("2nd Saturday of
 * the month: 8:00 AM – 1:00 PM"), so a printout never makes a monthly clinic look weekly.
 */
export function scheduleLines(
  schedule: NonNullable<ListingData['schedule']>,
  words: TimeWords,
  own: HandoutWords,
): string[] {
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
      group.days.length > 0
        ? fill(own.everyWeek, { days: formatDays(group.days, words), times: group.text })
        : group.text,
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

/** Where a handout is written: the site's zone, the page's language and the listings' own. */
export interface HandoutContext {
  siteZone: string;
  lang: Lang;
  /** The language listings are written in (the site's first). */
  sourceLang: string;
}

/** One listing's handout facts; absent facts are left out, not written as empty strings. */
export function handoutItem(
  slug: string,
  data: HandoutSource,
  { siteZone, lang, sourceLang }: HandoutContext,
): HandoutItem {
  const words = timeWords(lang);
  const own = dictionary(lang).list.handout;
  const zone = data.timezone ?? siteZone;
  const where = handoutPlace(data, own);
  const text = listingText(data, lang, sourceLang);
  return {
    s: slug,
    n: text.name.text,
    // The name or summary in another language than the page: the page marks it with `lang`.
    ...(text.name.lang && { nl: text.name.lang }),
    c: labelIn(CATEGORIES, data.category, lang),
    ...(text.summary && { u: text.summary.text }),
    ...(text.summary?.lang && { ul: text.summary.lang }),
    ...(where && { a: where }),
    ...(data.phone && { p: phonePair(data.phone) }),
    ...(data.sms && { t: phonePair(data.sms) }),
    // A schedule wins over hours, as everywhere else on the site (src/lib/meetings/rows.ts).
    ...(data.schedule
      ? { w: scheduleLines(data.schedule, words, own) }
      : data.hours && { h: hoursLines(data.hours, words, own) }),
    ...(data.schedule && data.event_dates && { d: eventDatesText(data.event_dates, words.locale) }),
    ...((data.schedule || data.hours) && zone !== siteZone && { z: zoneName(zone, words.locale) }),
    // The list page shows the address as the link's words: the host in punycode, never a look-alike.
    ...(data.conference_url && { j: asciiUrl(data.conference_url) }),
    ...(data.conference_phone && { jp: phonePair(data.conference_phone) }),
    ...(data.conference_notes && (data.conference_url || data.conference_phone) && { jn: data.conference_notes }),
    ...(data.status === 'temporarily-closed' && { x: 1 as const }),
  };
}
