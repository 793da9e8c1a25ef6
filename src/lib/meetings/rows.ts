/**
 * The meetings page's rows, built once from the listings at build time: one row per weekly
 * session, with everything the page shows and everything its filters read. Whether a session is
 * on *now* is not decided here; the browser works that out from the compact slots each row carries.
 */
import type { ListingData } from '#schemas/listing.ts';
import { timeOfDay, type Term, type TimeOfDay } from '#taxonomy';
import { pathwayValues } from '#lib/finder/facets.ts';
import {
  encodeSlots,
  instantAt,
  isWeekly,
  nextOnWeekday,
  parseDate,
  slotsOfHours,
  slotsOfSchedule,
  wallClockAt,
} from '#lib/time/schedule.ts';
import { minutesOf } from '#lib/time/format.ts';
import { recurrenceText } from '#lib/time/schedule-text.ts';
import type { TimeWords } from '#i18n/dictionary.ts';
import { listingText } from '#i18n/listing-text.ts';

/** What a listing's clock is: a weekly schedule (meetings, events) or opening hours (places). */
export interface TimesSource {
  schedule?: ListingData['schedule'];
  hours?: ListingData['hours'];
  event_dates?: readonly string[] | undefined;
  timezone?: string | undefined;
  status?: ListingData['status'];
}

/** The compact form pages give the browser to work out "open now" / "in progress". */
export interface ListingTimes {
  kind: 'schedule' | 'hours';
  timezone: string;
  slots: string;
  /** One-off events: the only dates they happen, "YYYY-MM-DD". */
  dates?: string;
}

/**
 * A listing's times for the browser, or undefined when it gives none. A schedule wins over hours.
 * A temporarily closed listing gives none: it is not open now, whatever its hours say.
 */
export function listingTimes(listing: TimesSource, siteZone: string): ListingTimes | undefined {
  if (listing.status === 'temporarily-closed') return undefined;
  const timezone = listing.timezone ?? siteZone;
  if (listing.schedule) {
    return {
      kind: 'schedule',
      timezone,
      slots: encodeSlots(slotsOfSchedule(listing.schedule)),
      ...(listing.event_dates && { dates: listing.event_dates.join(',') }),
    };
  }
  if (listing.hours) return { kind: 'hours', timezone, slots: encodeSlots(slotsOfHours(listing.hours)) };
  return undefined;
}

/** One session of a schedule on the meetings page (weekly, or on some weeks only). */
export interface MeetingRow {
  slug: string;
  /** The listing's name in the page's language (its translation, or the name as written). */
  name: string;
  /** Set when the name is in another language than the page: the page marks it with `lang`. */
  nameLang?: string;
  category: string;
  /** Monday = 0. */
  day: number;
  start: string;
  end?: string;
  note?: string;
  /** The note's language when it is not the page's (notes are written in the listing's language). */
  noteLang?: string;
  /** How a session that skips weeks repeats, e.g. "2nd Saturday of the month"; absent for weekly ones. */
  recurrence?: string;
  timezone: string;
  /**
   * Minutes from the start of its day to when it starts on the site's clock: a 19:00 Central
   * meeting sorts with 20:00 Eastern ones. Past 1440 when the site's clock is already on the next day.
   */
  siteMinutes: number;
  timeOfDay: TimeOfDay;
  /** This session alone, for working out its state in the browser. */
  slots: string;
  dates?: string;
  fellowship?: string;
  attendance: string;
  types: string[];
  /** Street and town for public places, the town alone for private ones, nothing for online. */
  place?: string;
  conferenceUrl?: string;
  conferencePhone?: string;
  support: string[];
  /** `[all-pathways]` expanded, so a pathway filter matches it. */
  pathways: string[];
  temporarilyClosed: boolean;
}

/** Listings with the fields the rows read. */
export interface MeetingSource {
  slug: string;
  data: Pick<
    ListingData,
    | 'name'
    | 'translations'
    | 'category'
    | 'schedule'
    | 'event_dates'
    | 'timezone'
    | 'fellowship'
    | 'attendance'
    | 'meeting_types'
    | 'address'
    | 'location_private'
    | 'conference_url'
    | 'conference_phone'
    | 'support'
    | 'pathways'
    | 'status'
  >;
}

/** Where a session happens, in words; never an address for an online-only one. */
export function placeText(data: MeetingSource['data']): string | undefined {
  if (data.attendance === 'online' || data.attendance === 'phone' || !data.address) return undefined;
  const town = data.address.city;
  return data.location_private || !data.address.street ? town : `${data.address.street}, ${town}`;
}

/**
 * When `start` on `day` (Monday 0) in `zone` happens on the site's clock, in minutes from the
 * start of that day, in the week of `reference` (clock changes differ between countries).
 */
export function minutesOnSiteClock(
  day: number,
  start: string,
  zone: string,
  siteZone: string,
  reference: string,
): number {
  if (zone === siteZone) return minutesOf(start);
  const date = nextOnWeekday(parseDate(reference), day);
  const site = wallClockAt(instantAt(date, minutesOf(start), zone), siteZone);
  const dayShift = Math.round(
    (Date.UTC(site.year, site.month - 1, site.day) - Date.UTC(date.year, date.month - 1, date.day)) / 86_400_000,
  );
  return site.minutes + 1440 * dayShift;
}

/** Which week to compare zones in, and the languages of the page and of the listing files. */
export interface RowOptions {
  /** A date ("YYYY-MM-DD") for comparing zones (clock changes differ between countries). */
  reference?: string;
  /** The page's language; the listing files' own words are in `sourceLang` (the site's first). */
  lang?: string;
  sourceLang?: string;
}

/**
 * Every weekly session of every listing with a schedule, by its day, then by when it starts on
 * the site's clock, then name (in the page's language and its alphabetical order).
 */
export function meetingRows(
  listings: readonly MeetingSource[],
  siteZone: string,
  words: TimeWords,
  { reference = '2026-01-05', lang = 'en', sourceLang = 'en' }: RowOptions = {},
): MeetingRow[] {
  const rows: MeetingRow[] = [];
  for (const { slug, data } of listings) {
    if (!data.schedule) continue;
    const place = placeText(data);
    const pathways = [...pathwayValues(data.pathways)];
    const zone = data.timezone ?? siteZone;
    const slots = slotsOfSchedule(data.schedule);
    const name = listingText({ name: data.name, translations: data.translations }, lang, sourceLang).name;
    data.schedule.forEach((entry, i) => {
      const slot = slots[i]!;
      rows.push({
        slug,
        name: name.text,
        ...(name.lang !== undefined && { nameLang: name.lang }),
        category: data.category,
        day: slot.day,
        start: entry.start,
        ...(entry.end !== undefined && { end: entry.end }),
        ...(entry.note !== undefined && { note: entry.note }),
        ...(entry.note !== undefined && lang !== sourceLang && { noteLang: sourceLang }),
        ...(!isWeekly(slot) && { recurrence: recurrenceText(entry, words, { anchor: true }) }),
        timezone: zone,
        siteMinutes: minutesOnSiteClock(slot.day, entry.start, zone, siteZone, reference),
        timeOfDay: timeOfDay(minutesOf(entry.start)),
        slots: encodeSlots([slot]),
        ...(data.event_dates && { dates: data.event_dates.join(',') }),
        ...(data.fellowship !== undefined && { fellowship: data.fellowship }),
        attendance: data.attendance,
        types: [...(data.meeting_types ?? [])],
        ...(place !== undefined && { place }),
        ...(data.conference_url !== undefined && { conferenceUrl: data.conference_url }),
        ...(data.conference_phone !== undefined && { conferencePhone: data.conference_phone }),
        support: [...data.support],
        pathways,
        temporarilyClosed: data.status === 'temporarily-closed',
      });
    });
  }
  const collator = new Intl.Collator(words.locale);
  return rows.sort(
    (a, b) =>
      a.day - b.day ||
      a.siteMinutes - b.siteMinutes ||
      collator.compare(a.name, b.name) ||
      a.slug.localeCompare(b.slug),
  );
}

/** A filter's options: the vocabulary's terms some row has, in vocabulary order, with their labels. */
export function termsPresent(
  rows: readonly MeetingRow[],
  pick: (row: MeetingRow) => readonly string[],
  terms: readonly Term[],
): { value: string; label: string }[] {
  const present = new Set(rows.flatMap(pick));
  return terms.filter((t) => present.has(t.id)).map((t) => ({ value: t.id, label: t.label }));
}
