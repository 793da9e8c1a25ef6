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
  WEEKDAYS,
  type MeetingTypeField,
} from '#taxonomy';
import type { TimeWords } from '#i18n/dictionary.ts';
import { meetingRows, termsPresent, type MeetingRow, type MeetingSource } from './rows.ts';
import { meetingTypesOf, TEMPORARILY_CLOSED_TYPE } from './type-codes.ts';
import { meetingTypeLabel } from './type-labels.ts';

type MeetingTypes = NonNullable<MeetingSource['data']['meeting_types']>;

/** A listing as the page reads it: the rows' fields and the fields meeting types are read from. */
export interface MeetingsPageSource {
  slug: string;
  data: MeetingSource['data'] & { [F in MeetingTypeField]?: readonly string[] | undefined };
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
  byDay: { day: (typeof WEEKDAYS)[number]; rows: MeetingsPageRow[] }[];
  /** Groups with no options (no row has any of their values) are left out. */
  filterGroups: FilterGroup[];
}

/** "How to take part": hybrid meetings count as both, so the labels say what a visitor can do. */
const ATTENDANCE_CHOICES = [
  { value: 'in-person', label: 'Can go in person' },
  { value: 'online', label: 'Can join online' },
  { value: 'hybrid', label: 'Both (hybrid)' },
] satisfies { value: (typeof ATTENDANCE)[number]['id']; label: string }[];

/**
 * The page's values. A row's types are the listing's meeting types with the ones its other fields
 * imply (`meetingTypesOf`), so "Child-Friendly" also finds a listing that says "Kids welcome";
 * "Location temporarily closed" is a status, shown on the row, never a type to filter by.
 */
export function meetingsPage(
  listings: readonly MeetingsPageSource[],
  siteZone: string,
  words: TimeWords,
  reference?: string,
): MeetingsPage {
  const locationClosed = new Set<string>();
  const sources = listings.map(({ slug, data }) => {
    const types = meetingTypesOf(data);
    if (types.includes(TEMPORARILY_CLOSED_TYPE)) locationClosed.add(slug);
    // Every code the table adds is one of the spec's (tests/unit/meetings/type-codes.test.ts).
    const meetingTypes = types.filter((code) => code !== TEMPORARILY_CLOSED_TYPE) as MeetingTypes;
    return { slug, data: { ...data, meeting_types: meetingTypes } };
  });
  const rows = meetingRows(sources, siteZone, words, reference).map((row, order) => ({
    ...row,
    order,
    locationClosed: locationClosed.has(row.slug),
  }));
  const typeCodes = [...new Set(rows.flatMap((r) => r.types))].sort((a, b) =>
    meetingTypeLabel(a).localeCompare(meetingTypeLabel(b), 'en'),
  );
  const filterGroups: FilterGroup[] = [
    {
      key: 'fellowship',
      legend: 'Fellowship',
      options: termsPresent(rows, (r) => (r.fellowship ? [r.fellowship] : []), FELLOWSHIPS),
    },
    { key: 'attendance', legend: 'How to take part', options: ATTENDANCE_CHOICES },
    {
      key: 'time',
      legend: 'Time of day',
      options: TIMES_OF_DAY.map((t) => ({ value: t.id, label: `${t.label} (${t.description})` })),
    },
    {
      key: 'type',
      legend: 'Meeting type',
      options: typeCodes.map((code) => ({ value: code, label: meetingTypeLabel(code) })),
      twoColumns: true,
    },
    { key: 'support', legend: 'Kind of support', options: termsPresent(rows, (r) => r.support, SUPPORT_TYPES) },
    { key: 'pathway', legend: 'Pathway', options: termsPresent(rows, (r) => r.pathways, PATHWAYS) },
  ];
  return {
    meetingCount: new Set(rows.map((r) => r.slug)).size,
    byDay: WEEKDAYS.map((day, i) => ({ day, rows: rows.filter((r) => r.day === i) })),
    filterGroups: filterGroups.filter((g) => g.options.length > 0),
  };
}
