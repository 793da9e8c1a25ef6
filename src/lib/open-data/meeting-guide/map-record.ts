/**
 * One Meeting Guide record → a listing's fields and Markdown description (the map step of the
 * importer, import.ts). The record's values are read by the read-*.ts modules and how people
 * take part is decided in attendance.ts; this module puts them together in the listing's field
 * order, with the fields a feed never says (category, support, pathways, cost) filled in.
 */
import { listingFields } from '#schemas/listing.ts';
import type { Address } from '#schemas/place.ts';
import { FELLOWSHIPS, shortFellowshipLabel, type FellowshipId, type Pathway } from '#taxonomy';
import type { Change } from '../import-report.ts';
import { decideAttendance, type AttendanceDecision } from './attendance.ts';
import { fieldsFromCodes } from './codes.ts';
import type { ImportOptions } from './import.ts';
import {
  cleanText,
  maxLengthOf,
  readCodes,
  readName,
  readTimeZone,
  readUpdated,
  readWebsite,
  type FeedRecord,
} from './read-fields.ts';
import { CONFERENCE_NOTES_MAX, NANP_COUNTRIES, readJoin, type Join } from './read-join.ts';
import { placeAddress, readPlace, type Place } from './read-place.ts';
import { readSchedule } from './read-schedule.ts';
import { readSource } from './read-source.ts';
import { escapeMarkdown } from './text.ts';

/** A listing's fields and body before it has a slug. */
export interface Draft {
  fields: Record<string, unknown>;
  body: string;
  name: string;
  /** When it first meets, for a slug made from the name: "monday 1930", or "by appointment". */
  when: string;
}

/** Maps one record's fields; throws Skip when it cannot become a listing. */
export function mapRecord(record: FeedRecord, options: ImportOptions, changes: Change[]): Draft {
  const { site } = options;
  const name = readName(record.name, changes);
  const source = readSource(record, options.feed, changes);
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
  const website = readWebsite(record.website, changes);
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
    ...(schedule.byAppointment ? { by_appointment: true } : { schedule: schedule.entries }),
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
    source,
  };
  const first = schedule.entries[0];
  const when = first ? `${first.day} ${first.start.replace(':', '')}` : 'by appointment';
  return { fields, body, name, when };
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
