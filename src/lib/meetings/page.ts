/**
 * Everything /meetings/ shows, worked out once at build time from the published listings: the
 * rows by day, how many meetings there are, and the filter groups with their options. The page
 * itself is only markup over this.
 */
import {
  ATTENDANCE,
  FELLOWSHIPS,
  PATHWAYS,
  SUPPORT_TYPES,
  TIMES_OF_DAY,
  type MeetingTypeField,
  type Term,
} from '#taxonomy';
import type { Dictionary, TimeWords } from '#i18n/dictionary.ts';
import type { Lang } from '#i18n/languages.ts';
import { fill } from '#i18n/text.ts';
import { listingText } from '#i18n/listing-text.ts';
import { meetingRows, termsPresent, type MeetingRow, type MeetingSource } from './rows.ts';
import { meetingTypesOf, TEMPORARILY_CLOSED_TYPE } from './type-codes.ts';
import { meetingTypeLabel } from './type-labels.ts';
import { weekOrder } from './week.ts';

type MeetingTypes = NonNullable<MeetingSource['data']['meeting_types']>;

/** A listing as the page reads it: the rows' fields and the fields meeting types are read from. */
export interface MeetingsPageSource {
  slug: string;
  data: MeetingSource['data'] & { by_appointment?: boolean | undefined } & {
    [F in MeetingTypeField]?: readonly string[] | undefined;
  };
}

/** A meeting held by appointment: no day or time, so no row; the page lists it after the week. */
export interface ByAppointmentMeeting {
  slug: string;
  /** In the page's language where the file translates it. */
  name: string;
  /** Set when the name is in another language than the page. */
  nameLang?: string;
  fellowship?: string;
  attendance: string;
}

/** A row as the page prints it. */
export interface MeetingsPageRow extends MeetingRow {
  /** The build's order (day, time, name): the page script restores it after moving rows. */
  order: number;
  /** Meeting Guide's TC: the meeting's place is closed for now (it may still meet online). */
  locationClosed: boolean;
}

export interface FilterGroup {
  /** The URL parameter (`fellowship=`, `type=`, …). */
  key: string;
  legend: string;
  options: { value: string; label: string }[];
  /** Many short labels (meeting types): two columns on a phone, so the list is not endless. */
  twoColumns?: boolean;
}

export interface MeetingsPage {
  /** Listings with at least one session. */
  meetingCount: number;
  /** Every day of the week in the language's order (Sunday or Monday first); `day` is Monday = 0. */
  byDay: { day: number; rows: MeetingsPageRow[] }[];
  /** Groups with no options (no row has any of their values) are left out. */
  filterGroups: FilterGroup[];
  /** Meetings by appointment (open ones, no schedule), by name in the page's language. */
  byAppointment: ByAppointmentMeeting[];
}

/**
 * The page's language, for the build: words, and the vocabularies it shows already in that
 * language (the page reads them with `termsIn`; this room holds no dictionary).
 */
export interface MeetingsPageLanguage {
  lang: Lang;
  time: TimeWords;
  /** 0: the week is listed from Sunday; 1: from Monday. */
  weekStart: 0 | 1;
  filters: Dictionary['meetings']['filters'];
  terms: {
    fellowships: readonly Term[];
    support: readonly Term[];
    pathways: readonly Term[];
    timesOfDay: readonly Term[];
  };
  /** The language the listing files are written in (the site's first). */
  sourceLang: string;
}

/** The vocabularies in English, for callers that need no other language (the tests, the English page). */
export const ENGLISH_TERMS: MeetingsPageLanguage['terms'] = {
  fellowships: FELLOWSHIPS,
  support: SUPPORT_TYPES,
  pathways: PATHWAYS,
  timesOfDay: TIMES_OF_DAY,
};

/** "How to take part": hybrid meetings count as both, so the labels say what a visitor can do. */
function attendanceChoices(words: MeetingsPageLanguage['filters']): FilterGroup['options'] {
  const choices = [
    { value: 'in-person', label: words.inPerson },
    { value: 'online', label: words.online },
    { value: 'hybrid', label: words.hybrid },
  ] satisfies { value: (typeof ATTENDANCE)[number]['id']; label: string }[];
  return choices;
}

/**
 * The page's values. A row's types are the listing's meeting types with the ones its other fields
 * imply (`meetingTypesOf`), so "Child-Friendly" also finds a listing that says "Kids welcome";
 * "Location temporarily closed" is a status, shown on the row, never a type to filter by.
 */
export function meetingsPage(
  listings: readonly MeetingsPageSource[],
  siteZone: string,
  language: MeetingsPageLanguage,
  reference?: string,
): MeetingsPage {
  const { lang, time, filters: words, terms } = language;
  const locationClosed = new Set<string>();
  const sources = listings.map(({ slug, data }) => {
    const types = meetingTypesOf(data);
    if (types.includes(TEMPORARILY_CLOSED_TYPE)) locationClosed.add(slug);
    // Every code the table adds is one of the spec's (tests/unit/meetings/type-codes.test.ts).
    const meetingTypes = types.filter((code) => code !== TEMPORARILY_CLOSED_TYPE) as MeetingTypes;
    return { slug, data: { ...data, meeting_types: meetingTypes } };
  });
  const rows = meetingRows(sources, siteZone, time, {
    ...(reference !== undefined && { reference }),
    lang,
    sourceLang: language.sourceLang,
  }).map((row, order) => ({
    ...row,
    order,
    locationClosed: locationClosed.has(row.slug),
  }));
  // Types in the alphabetical order of the page's language, by their names in it.
  const collator = new Intl.Collator(time.locale);
  const typeCodes = [...new Set(rows.flatMap((r) => r.types))].sort((a, b) =>
    collator.compare(meetingTypeLabel(a, lang), meetingTypeLabel(b, lang)),
  );
  const filterGroups: FilterGroup[] = [
    {
      key: 'fellowship',
      legend: words.fellowship,
      options: termsPresent(rows, (r) => (r.fellowship ? [r.fellowship] : []), terms.fellowships),
    },
    { key: 'attendance', legend: words.attendance, options: attendanceChoices(words) },
    {
      key: 'time',
      legend: words.time,
      options: terms.timesOfDay.map((t) => ({
        value: t.id,
        label: fill(words.timeOfDay, { label: t.label, hours: t.description }),
      })),
    },
    {
      key: 'type',
      legend: words.type,
      options: typeCodes.map((code) => ({ value: code, label: meetingTypeLabel(code, lang) })),
      twoColumns: true,
    },
    { key: 'support', legend: words.support, options: termsPresent(rows, (r) => r.support, terms.support) },
    { key: 'pathway', legend: words.pathway, options: termsPresent(rows, (r) => r.pathways, terms.pathways) },
  ];
  const byAppointment = listings
    .filter(({ data }) => data.by_appointment && !data.schedule && data.status !== 'closed')
    .map(({ slug, data }): ByAppointmentMeeting => {
      const name = listingText({ name: data.name, translations: data.translations }, lang, language.sourceLang).name;
      return {
        slug,
        name: name.text,
        ...(name.lang !== undefined && { nameLang: name.lang }),
        ...(data.fellowship !== undefined && { fellowship: data.fellowship }),
        attendance: data.attendance,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    meetingCount: new Set(rows.map((r) => r.slug)).size,
    byAppointment,
    byDay: weekOrder(language.weekStart).map((day) => ({ day, rows: rows.filter((r) => r.day === day) })),
    filterGroups: filterGroups.filter((g) => g.options.length > 0),
  };
}
