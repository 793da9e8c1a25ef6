/**
 * Meeting Guide feed → listing files: the mapping behind `npm run import:meeting-guide`
 * (scripts/import-meeting-guide.ts), pure so it is unit-tested without touching the disk.
 *
 * Real feeds do not follow the spec strictly (string coordinates, uppercase slugs, e-mail
 * addresses in notes, meetings whose building is closed), so every record is either imported,
 * with each change to it said in the report, or skipped with the reason. No record is dropped
 * silently and no malformed record stops the import. Every listing is checked with the
 * project's own validator before it is written.
 *
 * Never copied from a feed: e-mail addresses (fields or text), contact people's names and phone
 * numbers, payment handles (venmo, paypal, square), `author` and `edit_url`.
 */
import { listingFields, SLUG_RE } from '#schemas/listing.ts';
import { isoDateSchema, isTimeZone } from '#schemas/common.ts';
import { isPhoneNumber, secureUrlSchema, webUrlSchema } from '#schemas/contact.ts';
import type { Address } from '#schemas/place.ts';
import type { SiteConfig } from '#schemas/site.ts';
import {
  FELLOWSHIPS,
  shortFellowshipLabel,
  WEEKDAY_IDS,
  type FellowshipId,
  type Pathway,
  type Weekday,
} from '#taxonomy';
import { addressLine } from '#lib/html/address.ts';
import { inBounds, type LatLng } from '#lib/map/geo.ts';
import { listingFileText, SLUG_MAX, slugify } from '#lib/authoring/listing-file.ts';
import { failsValidation, outputFile, Skip, validationErrors, type Change } from '../import-report.ts';
import { minutesOf } from '#lib/time/format.ts';
import { fieldsFromCodes } from './codes.ts';
import { MEETING_GUIDE_DAY } from './export.ts';
import { escapeMarkdown, removeEmails } from './text.ts';

/** What the import needs besides the feed. */
export interface ImportOptions {
  site: SiteConfig;
  /** YYYY-MM-DD: dates after it are clamped to it; missing dates become it. */
  today: string;
  /** The fellowship of every meeting (a feed does not say; Meeting Guide feeds are AA's). */
  fellowship: FellowshipId;
  /** Time zone of records that give none, when it is not site.yaml's. */
  timezone?: string | undefined;
  /** The folder the files go to, relative to the project root (for the validator's messages). */
  outDir: string;
  /** Slugs other listings of the project already use. */
  takenSlugs?: Iterable<string> | undefined;
}

/** A listing ready to be written. */
interface ImportedListing {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  /** The whole file: front matter and Markdown body. */
  text: string;
}

/** What happened to one record of the feed. */
export interface RecordOutcome {
  /** Position in the feed's array, from 0 (as `jq '.[12]'` counts). */
  index: number;
  /** The record's own slug, for the report. */
  label: string;
  listing?: ImportedListing;
  skipped?: Change;
  changes: Change[];
}

/** A record's fields, once it is known to be an object. */
type FeedRecord = Record<string, unknown>;

/**
 * Imports every record of a feed. Records are handled in feed order, so which of two records
 * with the same slug keeps it is stable from one run to the next.
 */
export function importFeed(records: readonly unknown[], options: ImportOptions): RecordOutcome[] {
  const taken = new Set(options.takenSlugs ?? []);
  return records.map((record, index) => importRecord(record, index, options, taken));
}

/** One record → a listing, or the reason it was skipped. Adds the slug it used to `taken`. */
function importRecord(record: unknown, index: number, options: ImportOptions, taken: Set<string>): RecordOutcome {
  const label = recordLabel(record);
  const changes: Change[] = [];
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new Skip('not a meeting', `is ${describeValue(record)}, not a meeting (an object with a name and a slug)`);
    }
    const draft = mapRecord(record as FeedRecord, options, changes);
    const slug = chooseSlug((record as FeedRecord).slug, draft, taken, changes);
    const file = outputFile(options.outDir, slug);
    const text = listingFileText(draft.fields, draft.body, file);
    const errors = validationErrors(file, text, options);
    if (errors.length > 0) throw failsValidation(errors);
    taken.add(slug);
    return { index, label, listing: { slug, file, text }, changes };
  } catch (error) {
    if (error instanceof Skip) return { index, label, skipped: { kind: error.kind, message: error.message }, changes };
    // A bug here must cost one record, not the whole import.
    const message = error instanceof Error ? error.message : String(error);
    return { index, label, skipped: { kind: 'could not be read', message: `could not be read (${message})` }, changes };
  }
}

/** The record's slug as the report names it. */
function recordLabel(record: unknown): string {
  if (typeof record !== 'object' || record === null) return 'no slug';
  const slug = (record as FeedRecord).slug;
  return typeof slug === 'string' && slug.trim() !== ''
    ? slug.trim()
    : typeof slug === 'number'
      ? String(slug)
      : 'no slug';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return `a ${typeof value}`;
}

/** A listing's fields and body before it has a slug. */
interface Draft {
  fields: Record<string, unknown>;
  body: string;
  name: string;
  firstDay: Weekday;
  start: string;
}

/** Maps one record's fields; throws Skip when it cannot become a listing. */
function mapRecord(record: FeedRecord, options: ImportOptions, changes: Change[]): Draft {
  const { site } = options;
  const name = readName(record.name, changes);
  const codes = fieldsFromCodes(readCodes(record.types, changes));
  if (codes.unknown.length > 0) {
    changes.push({
      kind: 'unknown type codes left out',
      message: `type code${codes.unknown.length > 1 ? 's' : ''} ${codes.unknown.join(', ')} ${codes.unknown.length > 1 ? 'are' : 'is'} not in the Meeting Guide spec; left out`,
    });
  }
  const join = readJoin(record, NANP_COUNTRIES.has(site.region.country), changes);
  const schedule = readSchedule(record, changes);
  const place = readPlace(record, site, changes);
  const attendance = decideAttendance(record, codes, join, place, changes);
  const timezone = readTimeZone(record.timezone, options, changes);
  const lastVerified = readUpdated(record.updated, options.today, changes);
  const website = readWebsite(record.website);
  const fellowship = FELLOWSHIPS.find((f) => f.id === options.fellowship)!;
  const isPlace = attendance.attendance !== 'online';
  const isPublicPlace = isPlace && !attendance.private;
  const address = isPlace ? placeAddress(place.address, attendance.private, site.region.country) : undefined;
  const location = isPublicPlace ? cleanText(record.location, 'location', changes) : undefined;
  const notesTooLong = join.notes !== undefined && join.notes.length > CONFERENCE_NOTES_MAX;
  const body = descriptionOf(record, { place, join, isPublicPlace, notesTooLong }, changes);

  const fields: Record<string, unknown> = {
    name,
    category: 'mutual-aid-meeting',
    // Peer-led groups: people who have been there (emotional) and a group to belong to (affiliational).
    support: ['emotional', 'affiliational'],
    ...(FELLOWSHIP_PATHWAYS[options.fellowship] && { pathways: FELLOWSHIP_PATHWAYS[options.fellowship] }),
    summary: summaryOf(fellowship, attendance, location, address),
    ...(attendance.attendance !== 'in-person' && { attendance: attendance.attendance }),
    ...(address && { address }),
    ...(isPlace && place.point && { geo: { lat: place.point.lat, lng: place.point.lng } }),
    ...(attendance.private && { location_private: true }),
    ...(website && { website }),
    ...(join.url && { conference_url: join.url }),
    ...(join.phone && { conference_phone: join.phone }),
    ...(join.notes && !notesTooLong && { conference_notes: join.notes }),
    schedule: schedule.entries,
    ...(timezone && { timezone }),
    fellowship: options.fellowship,
    ...(codes.meeting_types.length > 0 && { meeting_types: codes.meeting_types }),
    ...(codes.populations.length > 0 && { populations: codes.populations }),
    // English is the default; a record that names only English needs no languages field.
    ...(codes.languages.some((language) => language !== 'en') && { languages: codes.languages }),
    // Mutual aid meetings ask no fee; a collection is voluntary.
    cost: 'free',
    ...(codes.accessibility.length > 0 && { accessibility: codes.accessibility }),
    ...(codes.features.length > 0 && { features: codes.features }),
    last_verified: lastVerified,
  };
  return { fields, body, name, firstDay: schedule.entries[0]!.day, start: schedule.entries[0]!.start };
}

const prefixed = (prefix: string, text: string | undefined) => (text ? `${prefix}${text}` : undefined);

/**
 * The Markdown description: the notes, then what else the feed says about the place and the
 * group, each escaped so it reads as plain text. The place's own notes (location_notes) are left
 * out for a private or approximate place: they could give away where it is.
 */
function descriptionOf(
  record: FeedRecord,
  {
    place,
    join,
    isPublicPlace,
    notesTooLong,
  }: { place: Place; join: Join; isPublicPlace: boolean; notesTooLong: boolean },
  changes: Change[],
): string {
  const unsplitAddress = isPublicPlace && place.address === undefined ? place.addressText : undefined;
  if (unsplitAddress !== undefined) {
    changes.push({
      kind: 'address kept in the description',
      message: `address "${unsplitAddress}" could not be split into street and city; kept in the description`,
    });
  }
  if (notesTooLong) {
    changes.push({
      kind: 'conference notes moved to the description',
      message: `conference notes are longer than ${CONFERENCE_NOTES_MAX} characters; moved to the description`,
    });
  }
  return [
    cleanText(record.notes, 'notes', changes),
    isPublicPlace ? cleanText(record.location_notes, 'location notes', changes) : undefined,
    notesTooLong ? `How to join: ${join.notes}` : undefined,
    prefixed('Group: ', cleanText(record.group, 'group', changes)),
    cleanText(record.group_notes, 'group notes', changes),
    prefixed('Address: ', unsplitAddress),
  ]
    .filter((text): text is string => text !== undefined && text !== '')
    .map(escapeMarkdown)
    .join('\n\n');
}

/** Pathways of each fellowship, for the pathway facet. */
const FELLOWSHIP_PATHWAYS: Partial<Record<FellowshipId, (Pathway | 'all-pathways')[]>> = {
  aa: ['twelve-step'],
  na: ['twelve-step'],
  ca: ['twelve-step'],
  cma: ['twelve-step'],
  'al-anon': ['twelve-step'],
  'nar-anon': ['twelve-step'],
  smart: ['secular'],
  lifering: ['secular'],
  'women-for-sobriety': ['secular'],
  'recovery-dharma': ['spiritual'],
  'refuge-recovery': ['spiritual'],
  'celebrate-recovery': ['faith-based'],
  wellbriety: ['cultural'],
  'all-recovery': ['all-pathways'],
};

// ---------------------------------------------------------------------------------------------
// Text

/** Common HTML entities WordPress-made feeds carry in names and notes. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes HTML entities ("&amp;", "&#039;") to the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#')) {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * A free-text field as plain text: entities decoded, HTML tags taken out (the spec says notes
 * hold none), e-mail addresses removed. Each removal is a change in the report.
 */
function cleanText(value: unknown, what: string, changes: Change[]): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let text = decodeEntities(String(value)).replace(/\r\n?/g, '\n');
  const untagged = text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?[a-z][^>]*>/gi, '');
  if (untagged !== text) {
    changes.push({ kind: 'HTML taken out of text', message: `HTML tags taken out of the ${what}` });
    text = untagged;
  }
  const cleaned = removeEmails(text);
  if (cleaned.removed > 0) {
    changes.push({
      kind: 'e-mail addresses taken out',
      message: `${cleaned.removed === 1 ? 'an e-mail address' : `${cleaned.removed} e-mail addresses`} taken out of the ${what} (listing files are public)`,
    });
  }
  const trimmed = cleaned.text.replace(/[ \t]+\n/g, '\n').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A text field's longest value in the listing schema: the importer trims to the validator's own limits. */
const maxLengthOf = (schema: { maxLength: number | null }) => schema.maxLength ?? Infinity;

const NAME_MAX = maxLengthOf(listingFields.shape.name);

/** The meeting's name, trimmed to the 2–120 characters a listing allows. */
function readName(value: unknown, changes: Change[]): string {
  const text = cleanText(value, 'name', changes)?.replace(/\s+/g, ' ');
  if (text === undefined || text.length < 2) {
    throw new Skip('no name', 'has no name (a listing needs one of at least 2 characters)');
  }
  if (text.length <= NAME_MAX) return text;
  const cut = text.slice(0, NAME_MAX - 1);
  const shortened = `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : cut.length).trim()}…`;
  changes.push({
    kind: 'name shortened',
    message: `name is longer than ${NAME_MAX} characters; shortened to "${shortened}"`,
  });
  return shortened;
}

/** One line for cards: the fellowship, how people take part, and where. */
function summaryOf(
  fellowship: (typeof FELLOWSHIPS)[number],
  attendance: AttendanceDecision,
  location: string | undefined,
  address: Address | undefined,
): string {
  const short = shortFellowshipLabel(fellowship.id);
  const city = address?.city;
  const place = (location && location.length <= 80 ? location : undefined) ?? city;
  const at = place ? ` at ${place}${city && place !== city ? `, ${city}` : ''}` : '';
  let summary: string;
  if (attendance.attendance === 'online') summary = `Online ${short} meeting.`;
  else if (attendance.private)
    summary = `${short} meeting${city ? ` in ${city}` : ''}; the exact address is not listed.`;
  else if (attendance.attendance === 'hybrid') summary = `${short} meeting${at}, and online.`;
  else summary = `${short} meeting${at}.`;
  return summary.length <= SUMMARY_MAX ? summary : `${short} meeting.`;
}

const SUMMARY_MAX = maxLengthOf(listingFields.shape.summary.unwrap());

// ---------------------------------------------------------------------------------------------
// Types, joining online

/** The record's type codes; a comma-separated string is read as a list. */
function readCodes(value: unknown, changes: Change[]): string[] {
  if (value === undefined || value === null || value === '') return [];
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (list === undefined) {
    changes.push({
      kind: 'types not readable',
      message: `types ${describeValue(value)} is not a list of codes; left out`,
    });
    return [];
  }
  const codes = list.filter((code): code is string => typeof code === 'string' && code.trim() !== '');
  if (codes.length < list.length) {
    changes.push({
      kind: 'types not readable',
      message: 'types holds entries that are not codes; those were left out',
    });
  }
  return codes;
}

/** conference_notes may hold at most this many characters. */
const CONFERENCE_NOTES_MAX = maxLengthOf(listingFields.shape.conference_notes.unwrap());

interface Join {
  url?: string | undefined;
  phone?: string | undefined;
  notes?: string | undefined;
}

/** Countries of the North American Numbering Plan (+1) the site may be in. */
const NANP_COUNTRIES = new Set(['US', 'CA', 'PR']);

/** How to join from home: a secure link, a phone number, and notes about them. */
function readJoin(record: FeedRecord, nanp: boolean, changes: Change[]): Join {
  const url = readConferenceUrl(record.conference_url, changes);
  const phone = readConferencePhone(record.conference_phone, nanp, changes);
  const notes = [
    url ? cleanText(record.conference_url_notes, 'conference notes', changes) : undefined,
    phone ? cleanText(record.conference_phone_notes, 'conference phone notes', changes) : undefined,
  ]
    .filter((text) => text !== undefined)
    .join(' · ')
    .replace(/\s+/g, ' ');
  return { url, phone, notes: notes === '' ? undefined : notes };
}

/** A join link; http:// becomes https:// (join links carry people into meetings; they must be secure). */
function readConferenceUrl(value: unknown, changes: Change[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url = value.trim();
  if (/^http:\/\//i.test(url)) {
    url = url.replace(/^http:\/\//i, 'https://');
    changes.push({ kind: 'conference link made secure', message: 'conference link changed from http:// to https://' });
  }
  if (secureUrlSchema.safeParse(url).success) return url;
  changes.push({
    kind: 'conference link left out',
    message: `conference link ${JSON.stringify(value.slice(0, 80))} is not a secure web address; left out`,
  });
  return undefined;
}

/**
 * A dial-in number. One-tap strings ("+13017158592,,85128522363#,,#,,123456#") are kept when
 * the whole string is a number the site can check; otherwise only the number before the first
 * comma is kept. In North America, "+" and ten digits ("+9292056099") is a local number that lost
 * its country code 1: dialled as written it would reach another country (+92 is Pakistan).
 */
function readConferencePhone(value: unknown, nanp: boolean, changes: Change[]): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const original = String(value).trim();
  if (original === '') return undefined;
  let phone = original;
  let addedCountryCode = false;
  let shortened = false;
  if (nanp && /^\+[2-9]\d{9}(?:$|[,;#])/.test(phone)) {
    phone = `+1${phone.slice(1)}`;
    addedCountryCode = true;
  }
  if (!isPhoneNumber(phone)) {
    const number = phone.split(/[,;]/)[0]!.trim();
    if (number === phone || !isPhoneNumber(number)) {
      changes.push({
        kind: 'conference phone left out',
        message: `conference phone "${original}" is not a phone number; left out`,
      });
      return undefined;
    }
    phone = number;
    shortened = true;
  }
  if (addedCountryCode || shortened) {
    const reasons = [
      addedCountryCode ? 'it lacked the country code 1 of a North American number' : '',
      shortened ? 'the dialing codes after the first comma could not be checked' : '',
    ].filter(Boolean);
    changes.push({
      kind: shortened ? 'conference phone shortened' : 'conference phone given its country code',
      message: `conference phone "${original}" written as "${phone}" (${reasons.join('; ')})`,
    });
  }
  return phone;
}

function readWebsite(value: unknown): string | undefined {
  return typeof value === 'string' && webUrlSchema.safeParse(value.trim()).success ? value.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Day and time

const DAY_NAMES: Record<string, Weekday> = Object.fromEntries([
  ...WEEKDAY_IDS.flatMap((day) => [
    [day, day],
    [day.slice(0, 3), day],
  ]),
  ['tues', 'tuesday'],
  ['thur', 'thursday'],
  ['thurs', 'thursday'],
]);
const DAY_BY_NUMBER = Object.fromEntries(Object.entries(MEETING_GUIDE_DAY).map(([day, n]) => [n, day])) as Record<
  number,
  Weekday
>;

/** A Meeting Guide day (0–6 from Sunday, as a number or text, or a day's name) as a weekday. */
export function readDay(value: unknown): Weekday | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? DAY_BY_NUMBER[value] : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d$/.test(text)) return DAY_BY_NUMBER[Number(text)];
  return DAY_NAMES[text] ?? (text.endsWith('s') ? DAY_NAMES[text.slice(0, -1)] : undefined);
}

/** A time as "HH:MM": "7:30", "19:30:00" and "7:30 pm" are read too; undefined when it is none. */
export function readTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?$/i.exec(value.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half && (hours < 1 || hours > 12)) return undefined;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

interface ScheduleEntry {
  day: Weekday;
  start: string;
  end?: string;
}

/** The weekly sessions: one per day the record lists, all at its time. */
function readSchedule(record: FeedRecord, changes: Change[]): { entries: ScheduleEntry[] } {
  const { day, time, end_time: endTime } = record;
  const noDays = isBlank(day) || (Array.isArray(day) && day.length === 0);
  if (noDays || isBlank(time)) {
    // Meeting Guide allows "by appointment" meetings without a day and time. A listing needs a
    // way to take part: without a time, and with the contact people's details never copied,
    // nobody could, so they are skipped (and the report lists them for a volunteer to follow up).
    const what = noDays && isBlank(time) ? 'no day and time' : noDays ? 'a time but no day' : 'a day but no time';
    throw new Skip('no day and time', `has ${what} (a "by appointment" meeting); only weekly meetings are imported`);
  }
  const rawDays = Array.isArray(day) ? day : [day];
  const days: Weekday[] = [];
  for (const raw of rawDays) {
    const weekday = readDay(raw);
    if (weekday === undefined) {
      throw new Skip(
        'day or time not readable',
        `day ${JSON.stringify(raw)} is not a day: use 0–6 (Sunday = 0) or a day's name`,
      );
    }
    if (!days.includes(weekday)) days.push(weekday);
  }
  const start = readTime(time);
  if (start === undefined) {
    throw new Skip('day or time not readable', `time ${JSON.stringify(time)} is not a time like "19:30"`);
  }
  if (start !== time) changes.push({ kind: 'time rewritten', message: `time "${String(time)}" written as "${start}"` });
  let end = isBlank(endTime) ? undefined : readTime(endTime);
  if (!isBlank(endTime) && end === undefined) {
    changes.push({ kind: 'end time left out', message: `end time ${JSON.stringify(endTime)} is not a time; left out` });
  } else if (end !== undefined && end === start) {
    changes.push({ kind: 'end time left out', message: `end time is the same as the start (${start}); left out` });
    end = undefined;
  } else if (end !== undefined && end !== endTime) {
    changes.push({ kind: 'time rewritten', message: `end time "${String(endTime)}" written as "${end}"` });
  }
  if (end !== undefined) end = plausibleEnd(start, end, changes);
  return { entries: days.map((weekday) => ({ day: weekday, start, ...(end !== undefined && { end }) })) };
}

/** Longest meeting taken at its word; anything longer is a typing slip (or a retreat, which is not weekly). */
const LONGEST_MEETING_MINUTES = 6 * 60;

/**
 * An end before the start means the meeting runs past midnight, but "12:30–01:30" is far more
 * often a noon meeting with its end typed on a 12-hour clock than a 13-hour meeting. An end that
 * makes sense 12 hours later is read that way; any other implausibly long one is left out.
 */
function plausibleEnd(start: string, end: string, changes: Change[]): string | undefined {
  const length = (minutesOf(end) - minutesOf(start) + 1440) % 1440;
  if (length <= LONGEST_MEETING_MINUTES) return end;
  const later = minutesOf(end) + 720;
  if (later < 1440 && later > minutesOf(start) && later - minutesOf(start) <= LONGEST_MEETING_MINUTES) {
    const fixed = `${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`;
    changes.push({
      kind: 'time rewritten',
      message: `end time "${end}" would make a ${Math.round(length / 60)}-hour meeting; read as "${fixed}" (a 12-hour clock slip)`,
    });
    return fixed;
  }
  changes.push({
    kind: 'end time left out',
    message: `end time "${end}" would make a ${Math.round(length / 60)}-hour meeting; left out`,
  });
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Place

interface Place {
  point?: LatLng | undefined;
  /** Why there is no usable point. */
  pointProblem?: string | undefined;
  address?: Address | undefined;
  /** The address as the feed wrote it. */
  addressText?: string | undefined;
  /** The feed says (or its address shows) that the place is only approximate. */
  approximate: boolean;
}

/** A coordinate as a number: numbers, and text holding a number, are read. */
function readCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

/** The record's point and address, and whether they are approximate. */
function readPlace(record: FeedRecord, site: SiteConfig, changes: Change[]): Place {
  const addressText = addressTextOf(record);
  const address = addressText === undefined ? undefined : parseAddress(addressText);
  const approximateField = record.approximate;
  const approximate =
    approximateField === 'yes' ||
    approximateField === true ||
    // Without the field, an address without a street ("Philadelphia, PA, USA") is only an area.
    (isBlank(approximateField) && address !== undefined && address.street === undefined);
  return { ...readPoint(record, site, changes), address, addressText, approximate };
}

function readPoint(record: FeedRecord, site: SiteConfig, changes: Change[]): Pick<Place, 'point' | 'pointProblem'> {
  const { latitude, longitude } = record;
  if (isBlank(latitude) || isBlank(longitude)) return { pointProblem: 'it has no coordinates' };
  const lat = readCoordinate(latitude);
  const lng = readCoordinate(longitude);
  if (lat === undefined || lng === undefined) {
    return {
      pointProblem: `its coordinates (${JSON.stringify(latitude)}, ${JSON.stringify(longitude)}) are not numbers`,
    };
  }
  if (lat === 0 && lng === 0) return { pointProblem: 'its coordinates are 0, 0 (no place was found for it)' };
  const bounds = site.region.bounds;
  if (inBounds(lat, lng, bounds)) return { point: { lat, lng } };
  if (inBounds(lng, lat, bounds)) {
    changes.push({ kind: 'coordinates swapped back', message: `latitude and longitude were swapped; switched back` });
    return { point: { lat: lng, lng: lat } };
  }
  return { pointProblem: `its coordinates (${lat}, ${lng}) are outside ${site.region.name} (site.yaml region.bounds)` };
}

/** The address as one line: formatted_address, or the spec's separate fields joined. */
function addressTextOf(record: FeedRecord): string | undefined {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const formatted = text(record.formatted_address);
  if (formatted) return removeEmails(formatted).text;
  // addressLine leaves out empty parts, so a record without a city still gives its other parts.
  const line = addressLine(
    {
      street: text(record.address),
      city: text(record.city) ?? '',
      region: text(record.state),
      postal_code: text(record.postal_code),
    },
    { country: text(record.country) },
  );
  return line === '' ? undefined : line;
}

const COUNTRY_NAMES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  'united states': 'US',
  'united states of america': 'US',
  canada: 'CA',
  mexico: 'MX',
  méxico: 'MX',
};
const REGION_POSTAL = /^([A-Za-z]{2})\.?(?:\s+([A-Za-z0-9][A-Za-z0-9 -]{1,9}))?$/;
const POSTAL_ONLY = /^\d{5}(?:-\d{4})?$/;

/**
 * A one-line address ("4953 W Addison St, Chicago, IL 60641, USA") as its parts. Anything
 * before the city is the street (a building's name stays with it). Undefined when no city can
 * be told apart from the street, as in "325 Cherry St. Philadelphia, PA 19106".
 */
export function parseAddress(text: string): Address | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  let country: string | undefined;
  let region: string | undefined;
  let postal: string | undefined;
  const last = () => parts[parts.length - 1] ?? '';
  // "… PA 19061 United States": a country written after the postal code without a comma.
  const glued = /^(.*?)\s+(USA|United States)$/i.exec(last());
  if (glued && parts.length > 1) {
    parts[parts.length - 1] = glued[1]!;
    country = 'US';
  } else if (COUNTRY_NAMES[last().toLowerCase()]) {
    country = COUNTRY_NAMES[last().toLowerCase()];
    parts.pop();
  } else if (/^[A-Z]{2}$/.test(last()) && parts.length >= 3 && REGION_POSTAL.test(parts[parts.length - 2]!)) {
    // "…, Costa Mesa, CA 92626, US": a two-letter country after the region.
    country = parts.pop();
  }
  if (POSTAL_ONLY.test(last()) && parts.length >= 2) postal = parts.pop();
  const regionMatch = REGION_POSTAL.exec(last());
  if (regionMatch && parts.length >= 2) {
    region = regionMatch[1]!.toUpperCase();
    postal = regionMatch[2] ?? postal;
    parts.pop();
  }
  const city = parts.pop();
  // A city starting with a house number is a street that lost its comma.
  if (
    city === undefined ||
    /^\d/.test(city) ||
    (region === undefined && postal === undefined && country === undefined)
  ) {
    return undefined;
  }
  const street = parts.length > 0 ? parts.join(', ') : undefined;
  return {
    ...(street !== undefined && { street }),
    city,
    ...(region !== undefined && { region }),
    ...(postal !== undefined && { postal_code: postal }),
    ...(country !== undefined && { country }),
  };
}

/** The address a listing keeps: no street for a private location; the site's country left implicit. */
function placeAddress(address: Address | undefined, isPrivate: boolean, siteCountry: string): Address | undefined {
  if (!address) return undefined;
  const { street, country, ...rest } = address;
  return {
    ...(!isPrivate && street !== undefined && { street }),
    ...rest,
    ...(country !== undefined && country !== siteCountry && { country }),
  };
}

// ---------------------------------------------------------------------------------------------
// Attendance

interface AttendanceDecision {
  attendance: 'in-person' | 'hybrid' | 'online';
  /** In person at an approximate place: shown as an area. */
  private: boolean;
}

const ATTENDANCE_OPTIONS = ['in_person', 'hybrid', 'online', 'inactive'] as const;

/**
 * In person, hybrid or online, from TSML's attendance_option when the feed has it and from the
 * join details, TC and the place otherwise (as TSML UI decides). A meeting people can neither go
 * to nor join is skipped.
 */
function decideAttendance(
  record: FeedRecord,
  codes: ReturnType<typeof fieldsFromCodes>,
  join: Join,
  place: Place,
  changes: Change[],
): AttendanceDecision {
  const option = ATTENDANCE_OPTIONS.find((o) => o === record.attendance_option);
  const canJoin = join.url !== undefined || join.phone !== undefined;
  if (option === 'inactive') throw new Skip('inactive', 'is inactive (attendance_option: inactive)');
  if (codes.temporarilyClosed && !canJoin) {
    throw new Skip('inactive', 'is inactive: its location is temporarily closed (TC) and it has no way to join online');
  }
  let attendance: AttendanceDecision['attendance'];
  if (option === 'online') attendance = 'online';
  else if (option === 'hybrid') attendance = 'hybrid';
  else if (option === 'in_person') attendance = 'in-person';
  // A record with a link and a real place is hybrid (as TSML UI reads it); the checks below say
  // when that place cannot be used. With only an approximate place, or none, it is online.
  else if (canJoin) attendance = place.approximate || !claimsPlace(record, place) ? 'online' : 'hybrid';
  else attendance = 'in-person';

  if (attendance === 'online' && !canJoin) {
    throw new Skip('no way to take part', 'is online but has no conference link or phone that could be read');
  }
  if (attendance === 'hybrid' && !canJoin) {
    changes.push({
      kind: 'listed as in person',
      message: 'is marked hybrid but has no conference link or phone; listed as in person',
    });
    attendance = 'in-person';
  }
  if (attendance !== 'online' && codes.temporarilyClosed) {
    changes.push({
      kind: 'listed as online',
      message: 'its location is temporarily closed (TC); listed as online only',
    });
    return { attendance: 'online', private: false };
  }
  if (attendance !== 'online' && !place.point) {
    if (!canJoin) throw new Skip('no usable place', `${place.pointProblem} and it has no way to join online`);
    changes.push({ kind: 'listed as online', message: `${place.pointProblem}; listed as online only` });
    return { attendance: 'online', private: false };
  }
  if (attendance !== 'online' && place.approximate) {
    if (canJoin) {
      changes.push({ kind: 'listed as online', message: 'its address is only approximate; listed as online only' });
      return { attendance: 'online', private: false };
    }
    changes.push({
      kind: 'approximate place shown as an area',
      message: 'its address is only approximate; listed as a private location (only the area is shown)',
    });
    return { attendance, private: true };
  }
  if (codes.online && attendance === 'in-person' && !canJoin) {
    changes.push({
      kind: 'listed as in person',
      message: 'has type ONL but no conference link or phone; listed as in person',
    });
  }
  return { attendance, private: false };
}

/** True when the record gives a place people could go to: an address or coordinates. */
function claimsPlace(record: FeedRecord, place: Place): boolean {
  return place.addressText !== undefined || !isBlank(record.latitude) || !isBlank(record.longitude);
}

// ---------------------------------------------------------------------------------------------
// Time zone, dates, slug

/** The time zone to write: only when it differs from site.yaml's (the listing default). */
function readTimeZone(value: unknown, options: ImportOptions, changes: Change[]): string | undefined {
  let zone = options.timezone ?? options.site.timezone;
  if (typeof value === 'string' && value.trim() !== '') {
    if (isTimeZone(value.trim())) zone = value.trim();
    else {
      changes.push({
        kind: 'time zone not readable',
        message: `time zone "${value}" is not an IANA zone; ${zone} is used`,
      });
    }
  }
  return zone === options.site.timezone ? undefined : zone;
}

/** last_verified from the record's `updated` date: never in the future; today when there is none. */
function readUpdated(value: unknown, today: string, changes: Change[]): string {
  const date = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1] : undefined;
  if (date === undefined || !isoDateSchema.safeParse(date).success) {
    changes.push({
      kind: 'last verified set to today',
      message: `has no readable updated date; last_verified set to today (${today})`,
    });
    return today;
  }
  if (date > today) {
    changes.push({
      kind: 'last verified set to today',
      message: `updated date ${date} is in the future; last_verified set to today (${today})`,
    });
    return today;
  }
  return date;
}

/**
 * The record's own slug when it is a valid file name and free, so the listing keeps the address
 * other sites and bookmarks know; else its lowercase form; else one made from the name, day and
 * time, numbered when needed.
 */
function chooseSlug(value: unknown, draft: Draft, taken: ReadonlySet<string>, changes: Change[]): string {
  const source = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  const free = (slug: string) => slug !== '' && SLUG_RE.test(slug) && slug.length <= SLUG_MAX && !taken.has(slug);
  if (free(source)) return source;
  const why =
    source === ''
      ? 'the record has no slug'
      : SLUG_RE.test(source) && source.length <= SLUG_MAX
        ? `slug "${source}" is already used`
        : `slug "${source}" is not a valid file name (lowercase letters, digits and single hyphens, at most ${SLUG_MAX} characters)`;
  let slug = slugify(source);
  if (!free(slug)) {
    const base = slugify(`${draft.name} ${draft.firstDay} ${draft.start.replace(':', '')}`) || 'meeting';
    slug = base;
    for (let n = 2; !free(slug); n++) slug = `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
  }
  changes.push({ kind: 'slug changed', message: `${why}; written as "${slug}"` });
  return slug;
}

// The writer lives in src/lib/authoring/listing-file.ts; tests/unit/authoring/json-schema.test.ts still imports it from here.
export { listingFileText };
