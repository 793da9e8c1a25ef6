/**
 * The listing form's state: every field of a listing as the form's boxes hold it (text as
 * typed, choices as lists of ids, rows of hours and meeting times), made from a listing file's
 * fields and turned back into them. Pure, so the round trip (an unchanged form gives the same
 * data as the file) is tested on every sample listing, and the browser and the tests run the
 * same code.
 *
 * Fields with a default (attendance, languages, location_private, status) are written only when
 * they differ from it or the file wrote them, and an edited file keeps its own order of fields
 * (./order.ts), so the volunteer's change is the only change a reviewer sees.
 */
import { orderLike } from './order.ts';

export interface HoursRow {
  /** Stable within a form, so a removed row takes its own boxes with it. */
  id: number;
  days: string[];
  opens: string;
  closes: string;
}

export interface SessionRow {
  id: number;
  day: string;
  start: string;
  end: string;
  note: string;
  /** Weeks of the month as the boxes give them: '1' … '5', 'last'. */
  weeks: string[];
  every_other_week_from: string;
}

export interface DateRow {
  id: number;
  date: string;
}

export interface TranslationText {
  name: string;
  summary: string;
  description: string;
}

export interface FormState {
  /** The file name without its extension: the page's address. */
  slug: string;
  name: string;
  category: string;
  support: string[];
  pathways: string[];
  summary: string;
  /** The description: a .md file's body, or a .yaml file's `description`. */
  description: string;
  attendance: string;
  address: { street: string; city: string; region: string; postal_code: string; country: string };
  geo: { lat: string; lng: string };
  location_private: boolean;
  phone: string;
  sms: string;
  email: string;
  website: string;
  conference_url: string;
  conference_phone: string;
  conference_notes: string;
  hours: HoursRow[];
  schedule: SessionRow[];
  /** A mutual aid meeting held when people arrange it: no schedule. */
  by_appointment: boolean;
  event_dates: DateRow[];
  timezone: string;
  fellowship: string;
  meeting_types: string[];
  populations: string[];
  languages: string[];
  cost: string;
  accessibility: string[];
  features: string[];
  housing: { moud: string; narr_level: string; gender: string; beds: string };
  /** '' (not said), 'true' or 'false'; industries one per line. */
  employer: { fair_chance: string; industries: string };
  status: string;
  status_note: string;
  last_verified: string;
  verified_how: string;
  /** By language code: the site's languages after the first. */
  translations: Record<string, TranslationText>;
  /**
   * An imported listing's `source` (feed, slug, id), which no box shows: the importer writes it
   * and matches the file by it, so an edit keeps it as it was.
   */
  source: Fields | undefined;
}

/** The fields whose schema gives a default, and that default. */
export const DEFAULTS = {
  attendance: 'in-person',
  languages: ['en'],
  location_private: false,
  status: 'active',
} as const;

const emptyTranslation = (): TranslationText => ({ name: '', summary: '', description: '' });

/** A blank form: English spoken, checked today (YYYY-MM-DD), a translation box per other language. */
export function emptyState(today: string, otherLanguages: readonly string[]): FormState {
  return {
    slug: '',
    name: '',
    category: '',
    support: [],
    pathways: [],
    summary: '',
    description: '',
    attendance: DEFAULTS.attendance,
    address: { street: '', city: '', region: '', postal_code: '', country: '' },
    geo: { lat: '', lng: '' },
    location_private: false,
    phone: '',
    sms: '',
    email: '',
    website: '',
    conference_url: '',
    conference_phone: '',
    conference_notes: '',
    hours: [],
    schedule: [],
    by_appointment: false,
    event_dates: [],
    timezone: '',
    fellowship: '',
    meeting_types: [],
    populations: [],
    languages: [...DEFAULTS.languages],
    cost: '',
    accessibility: [],
    features: [],
    housing: { moud: '', narr_level: '', gender: '', beds: '' },
    employer: { fair_chance: '', industries: '' },
    status: DEFAULTS.status,
    status_note: '',
    last_verified: today,
    verified_how: '',
    translations: Object.fromEntries(otherLanguages.map((lang) => [lang, emptyTranslation()])),
    source: undefined,
  };
}

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** A value as a box shows it: text as written, numbers and dates as text, nothing as ''. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' ? '' : String(value);
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);
const fields = (value: unknown): Fields => (isFields(value) ? value : {});

/**
 * The form's state for a listing file's fields (as the validator's reader read them, before the
 * schema's defaults) and its description. `otherLanguages` get a translation box each.
 */
export function stateFromFields(raw: Fields, body: string, slug: string, otherLanguages: readonly string[]): FormState {
  const base = emptyState(text(raw.last_verified), otherLanguages);
  const address = fields(raw.address);
  const geo = fields(raw.geo);
  const housing = fields(raw.housing);
  const employer = fields(raw.employer);
  const translations = fields(raw.translations);
  let id = 0;
  return {
    ...base,
    slug,
    name: text(raw.name),
    category: text(raw.category),
    support: list(raw.support),
    pathways: list(raw.pathways),
    summary: text(raw.summary),
    description: typeof raw.description === 'string' ? raw.description : body.replace(/^(?:[ \t]*\n)+/, '').trimEnd(),
    attendance: text(raw.attendance) || DEFAULTS.attendance,
    address: {
      street: text(address.street),
      city: text(address.city),
      region: text(address.region),
      postal_code: text(address.postal_code),
      country: text(address.country),
    },
    geo: { lat: text(geo.lat), lng: text(geo.lng) },
    location_private: raw.location_private === true,
    phone: text(raw.phone),
    sms: text(raw.sms),
    email: text(raw.email),
    website: text(raw.website),
    conference_url: text(raw.conference_url),
    conference_phone: text(raw.conference_phone),
    conference_notes: text(raw.conference_notes),
    hours: (Array.isArray(raw.hours) ? raw.hours : []).map((entry) => {
      const row = fields(entry);
      return { id: ++id, days: list(row.days), opens: text(row.opens), closes: text(row.closes) };
    }),
    schedule: (Array.isArray(raw.schedule) ? raw.schedule : []).map((entry) => {
      const row = fields(entry);
      return {
        id: ++id,
        day: text(row.day),
        start: text(row.start),
        end: text(row.end),
        note: text(row.note),
        weeks: list(row.weeks),
        every_other_week_from: text(row.every_other_week_from),
      };
    }),
    by_appointment: raw.by_appointment === true,
    event_dates: list(raw.event_dates).map((date) => ({ id: ++id, date })),
    timezone: text(raw.timezone),
    fellowship: text(raw.fellowship),
    meeting_types: list(raw.meeting_types),
    populations: list(raw.populations),
    languages: Array.isArray(raw.languages) ? list(raw.languages) : [...DEFAULTS.languages],
    cost: text(raw.cost),
    accessibility: list(raw.accessibility),
    features: list(raw.features),
    housing: {
      moud: text(housing.moud),
      narr_level: text(housing.narr_level),
      gender: text(housing.gender),
      beds: text(housing.beds),
    },
    employer: {
      fair_chance: typeof employer.fair_chance === 'boolean' ? String(employer.fair_chance) : '',
      industries: list(employer.industries).join('\n'),
    },
    status: text(raw.status) || DEFAULTS.status,
    status_note: text(raw.status_note),
    verified_how: text(raw.verified_how),
    translations: Object.fromEntries(
      [...new Set([...otherLanguages, ...Object.keys(translations)])].map((lang) => {
        const words = fields(translations[lang]);
        return [lang, { name: text(words.name), summary: text(words.summary), description: text(words.description) }];
      }),
    ),
    source: isFields(raw.source) ? raw.source : undefined,
  };
}

/** The largest row id in the state, so a new row gets the next one. */
export function lastRowId(state: FormState): number {
  return Math.max(0, ...[...state.hours, ...state.schedule, ...state.event_dates].map((row) => row.id));
}

/** Text trimmed, or undefined when nothing is left. */
function given(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A number typed in a box: a plain decimal (a decimal comma, as Spanish writes it, is read as a
 * point) becomes a number; anything else stays text, so the schema says how to write it.
 */
export function typedNumber(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const decimal = trimmed.replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^[-+]?\d+(?:\.\d+)?$/.test(decimal) ? Number(decimal) : trimmed;
}

/**
 * "42.7325, -84.5555" (or with a space, or in parentheses) pasted into one box: the latitude and
 * longitude, as text. Undefined for anything else.
 */
export function splitPoint(value: string): { lat: string; lng: string } | undefined {
  const match = /^\s*\(?\s*(-?\d+(?:\.\d+)?)\s*(?:,\s*|\s+)(-?\d+(?:\.\d+)?)\s*\)?\s*$/.exec(value);
  return match ? { lat: match[1]!, lng: match[2]! } : undefined;
}

const idsOrNothing = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : undefined);

/** A week of the month as the schema takes it: 1 … 5 as numbers, 'last' as text. */
const week = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value);

/** Keeps the keys whose value is not undefined, in their order. */
function defined(entries: Record<string, unknown>): Fields {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** Undefined for an object with no key left. */
const objectOrNothing = (value: Fields): Fields | undefined => (Object.keys(value).length > 0 ? value : undefined);

export interface WrittenFields {
  /** The fields, in the order they are written. */
  fields: Fields;
  /** The Markdown description of a .md file ('' for a .yaml file, whose description is a field). */
  body: string;
  /**
   * The row ids of each list as written: a row left blank is not written, so the validator's
   * `schedule[1]` may be the form's third row.
   */
  rows: { hours: number[]; schedule: number[]; event_dates: number[] };
}

export interface WriteOptions {
  /** `.md` (the description below the fields) or `.yaml`. */
  format: 'md' | 'yaml';
  /** The fields of the file being edited, for their order and the defaults it wrote out. */
  original?: Fields | undefined;
  /** Fields written even at their default when there is no original (a new listing says how people take part). */
  alwaysWritten?: readonly string[];
}

/** The listing's fields as the file will hold them, from the form's state. */
export function fieldsFromState(state: FormState, options: WriteOptions): WrittenFields {
  const original = options.original;
  const wrote = new Set([...Object.keys(original ?? {}), ...(original ? [] : (options.alwaysWritten ?? []))]);
  /** A field with a default: left out at its default unless the file wrote it. */
  const unlessDefault = <T>(key: keyof typeof DEFAULTS, value: T, isDefault: boolean): T | undefined =>
    isDefault && !wrote.has(key) ? undefined : value;

  const hours = state.hours.filter((row) => row.days.length > 0 || given(row.opens) || given(row.closes));
  const schedule = state.schedule.filter(
    (row) =>
      given(row.day) ||
      given(row.start) ||
      given(row.end) ||
      given(row.note) ||
      row.weeks.length > 0 ||
      given(row.every_other_week_from),
  );
  const dates = state.event_dates.filter((row) => given(row.date));
  const translations = objectOrNothing(
    defined(
      Object.fromEntries(
        Object.entries(state.translations).map(([lang, words]) => [
          lang,
          objectOrNothing(
            defined({ name: given(words.name), summary: given(words.summary), description: given(words.description) }),
          ),
        ]),
      ),
    ),
  );
  const languages = state.languages.length > 0 ? state.languages : undefined;
  const description = state.description.trim() === '' ? undefined : state.description;
  // A .md file may give its description as a field (with no text below the fields); it stays one.
  const descriptionField = options.format === 'yaml' || typeof original?.description === 'string';
  const written = defined({
    name: given(state.name),
    category: given(state.category),
    support: idsOrNothing(state.support),
    pathways: idsOrNothing(state.pathways),
    summary: given(state.summary),
    attendance: unlessDefault('attendance', given(state.attendance), state.attendance === DEFAULTS.attendance),
    address: objectOrNothing(
      defined({
        street: given(state.address.street),
        city: given(state.address.city),
        region: given(state.address.region),
        postal_code: given(state.address.postal_code),
        country: given(state.address.country),
      }),
    ),
    geo: objectOrNothing(defined({ lat: typedNumber(state.geo.lat), lng: typedNumber(state.geo.lng) })),
    location_private: unlessDefault('location_private', state.location_private, !state.location_private),
    phone: given(state.phone),
    sms: given(state.sms),
    email: given(state.email),
    website: given(state.website),
    conference_url: given(state.conference_url),
    conference_phone: given(state.conference_phone),
    conference_notes: given(state.conference_notes),
    hours:
      hours.length > 0
        ? hours.map((row) =>
            defined({ days: idsOrNothing(row.days), opens: given(row.opens), closes: given(row.closes) }),
          )
        : undefined,
    schedule:
      schedule.length > 0
        ? schedule.map((row) =>
            defined({
              day: given(row.day),
              start: given(row.start),
              end: given(row.end),
              note: given(row.note),
              weeks: row.weeks.length > 0 ? row.weeks.map(week) : undefined,
              every_other_week_from: given(row.every_other_week_from),
            }),
          )
        : undefined,
    // Written when ticked; a file that said `false` keeps saying it.
    by_appointment: state.by_appointment ? true : original?.by_appointment === false ? false : undefined,
    event_dates: dates.length > 0 ? dates.map((row) => row.date.trim()) : undefined,
    timezone: given(state.timezone),
    fellowship: given(state.fellowship),
    meeting_types: idsOrNothing(state.meeting_types),
    populations: idsOrNothing(state.populations),
    languages: unlessDefault(
      'languages',
      languages,
      languages === undefined || (languages.length === 1 && languages[0] === DEFAULTS.languages[0]),
    ),
    cost: given(state.cost),
    accessibility: idsOrNothing(state.accessibility),
    features: idsOrNothing(state.features),
    housing: objectOrNothing(
      defined({
        narr_level: typedNumber(state.housing.narr_level),
        gender: given(state.housing.gender),
        moud: given(state.housing.moud),
        beds: typedNumber(state.housing.beds),
      }),
    ),
    employer: objectOrNothing(
      defined({
        fair_chance: state.employer.fair_chance === '' ? undefined : state.employer.fair_chance === 'true',
        industries: idsOrNothing(
          state.employer.industries
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      }),
    ),
    status: unlessDefault('status', given(state.status), state.status === DEFAULTS.status),
    status_note: given(state.status_note),
    last_verified: given(state.last_verified),
    verified_how: given(state.verified_how),
    translations,
    // The order written when there is no file to follow: the schema's, with the listing's words
    // in other languages (and a .yaml file's description) after the facts, as the samples have them.
    description: descriptionField ? description : undefined,
    source: state.source,
  });
  return {
    fields: orderLike(written, original) as Fields,
    body: descriptionField ? '' : (description?.trimEnd() ?? ''),
    rows: {
      hours: hours.map((row) => row.id),
      schedule: schedule.map((row) => row.id),
      event_dates: dates.map((row) => row.id),
    },
  };
}
