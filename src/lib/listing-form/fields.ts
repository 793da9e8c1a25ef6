/**
 * The boxes of the listing form, by name, and where each of the validator's problems belongs:
 * the path ['schedule', 1, 'start'] is the start time of the form's second written meeting row, whose id the
 * written fields give (./state.ts), so the message shows beside the box it is about.
 */
import { FILE_NAME_FIELD } from '#lib/validate/field-names.ts';
import type { Problem } from '#lib/validate/problem.ts';
import type { WrittenFields } from './state.ts';

/** Every box's name: its label and help in a dictionary are filed under it. */
export const FIELD_NAMES = [
  'slug',
  'name',
  'category',
  'support',
  'pathways',
  'summary',
  'description',
  'attendance',
  'street',
  'city',
  'region',
  'postal_code',
  'country',
  'lat',
  'lng',
  'location_private',
  'by_appointment',
  'phone',
  'sms',
  'email',
  'website',
  'conference_url',
  'conference_phone',
  'conference_notes',
  'hours',
  'days',
  'opens',
  'closes',
  'schedule',
  'day',
  'start',
  'end',
  'note',
  'weeks',
  'every_other_week_from',
  'event_dates',
  'timezone',
  'fellowship',
  'meeting_types',
  'populations',
  'languages',
  'cost',
  'accessibility',
  'features',
  'moud',
  'narr_level',
  'gender',
  'beds',
  'fair_chance',
  'industries',
  'status',
  'status_note',
  'last_verified',
  'verified_how',
  'translated_name',
  'translated_summary',
  'translated_description',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/**
 * A box's key in the form: its name, or its place in a group or row ('address.city',
 * 'schedule.7.start', 'translations.es.summary', 'event_dates.3').
 */
export type FieldKey = string;

/** The name a box's label is filed under: 'schedule.7.start' → 'start'. */
export function fieldName(key: FieldKey): FieldName {
  const parts = key.split('.');
  if (parts[0] === 'translations') return `translated_${parts[2]}` as FieldName;
  if (parts[0] === 'event_dates') return 'event_dates';
  return parts.filter((part) => !/^\d+$/.test(part)).at(-1) as FieldName;
}

/** The element id of a box: keys are made of ids, names and digits, so they stay valid ids. */
export const fieldId = (key: FieldKey): string => `f-${key.replace(/\./g, '-')}`;

/** ['schedule', 0, 'start'] from 'schedule[0].start'. */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

const TOP_LEVEL = new Set<string>(FIELD_NAMES);
const ROW_FIELDS = {
  hours: ['days', 'opens', 'closes'],
  schedule: ['day', 'start', 'end', 'note', 'weeks', 'every_other_week_from'],
} as const;
const GROUPS = {
  address: { fields: ['street', 'city', 'region', 'postal_code', 'country'], first: 'city' },
  geo: { fields: ['lat', 'lng'], first: 'lat' },
  housing: { fields: ['moud', 'narr_level', 'gender', 'beds'], first: 'moud' },
  employer: { fields: ['fair_chance', 'industries'], first: 'fair_chance' },
} as const;

/**
 * The box a problem is about, or undefined when no box is (the file as a whole): the message
 * then shows only in the summary at the top. The problem's path says where it is; a problem
 * without one names a part of the file in words (`description`, `file name`).
 */
export function problemField(
  problem: Pick<Problem, 'field' | 'path'>,
  rows: WrittenFields['rows'],
  languages: readonly string[],
): FieldKey | undefined {
  if (!problem.path && problem.field === FILE_NAME_FIELD) return 'slug';
  const [first, second, third] = problem.path ?? segments(problem.field);
  if (typeof first !== 'string') return undefined;
  if (first === 'body' || first === 'description') return 'description';
  if (first === 'hours' || first === 'schedule') {
    if (typeof second !== 'number') return first;
    const id = rows[first][second];
    if (id === undefined) return first;
    const known: readonly string[] = ROW_FIELDS[first];
    return `${first}.${id}.${typeof third === 'string' && known.includes(third) ? third : known[0]}`;
  }
  if (first === 'event_dates') {
    const id = typeof second === 'number' ? rows.event_dates[second] : undefined;
    return id === undefined ? 'event_dates' : `event_dates.${id}`;
  }
  if (first in GROUPS) {
    const group = GROUPS[first as keyof typeof GROUPS];
    const part =
      typeof second === 'string' && (group.fields as readonly string[]).includes(second) ? second : group.first;
    return `${first}.${part}`;
  }
  if (first === 'translations') {
    const lang = typeof second === 'string' && languages.includes(second) ? second : undefined;
    if (!lang) return languages[0] && second === undefined ? `translations.${languages[0]}.name` : undefined;
    const part = third === 'summary' || third === 'description' ? third : 'name';
    return `translations.${lang}.${part}`;
  }
  return TOP_LEVEL.has(first) && !(first in ROW_FIELDS) ? first : undefined;
}
