/**
 * Meeting Guide type codes and the listing fields they stand for, in one table that both the
 * feed import (scripts/import-meeting-guide.ts) and the feed export (/exports/meetings.json) read,
 * so the two can never disagree about what "W" or "X" means.
 *
 * The rule, chosen so that import → export → import gives back the same codes:
 *
 * - Import keeps every valid code (per `@code4recovery/spec`) in `meeting_types`, except ONL and
 *   TC, which describe attendance rather than the meeting, and also sets the fields the table
 *   derives from the codes (W → populations: [women], S → languages: [es], X → accessibility:
 *   [wheelchair], …). Codes the spec does not know are left out and reported.
 * - Export emits `meeting_types`, plus, for each field value no code in `meeting_types` already
 *   stands for, that value's canonical code (its first row in the table), plus ONL for online and
 *   hybrid meetings (and by-phone ones). A listing written by hand with `populations: [women]` and no W still tells
 *   Meeting Guide apps it is a women's meeting.
 * - English is the unstated default of Meeting Guide feeds (and of listings: `languages`
 *   defaults to [en]), so EN is derived only for a listing that names another language too.
 */
import { isMeetingType } from '@code4recovery/spec';
import { MEETING_TYPE_CODES as CODE_ROWS } from '#taxonomy';
import { meetingTypesOf } from '#lib/meetings/type-codes.ts';

export type { MeetingTypeCode as CodeRow, MeetingTypeField as CodeField } from '#taxonomy';

/** The code Meeting Guide apps read as "this meeting is online" (not in the spec's type list). */
const ONLINE_CODE = 'ONL';
/** "Location temporarily closed": the place is closed; the meeting may still meet online. */
const TEMPORARILY_CLOSED_CODE = 'TC';

/** The fields a set of type codes stands for, as the import writes them. */
export interface CodeFields {
  /** Valid codes, in the feed's order, without repeats, ONL or TC. */
  meeting_types: string[];
  populations: string[];
  accessibility: string[];
  features: string[];
  languages: string[];
  /** The feed listed ONL. */
  online: boolean;
  /** The feed listed TC. */
  temporarilyClosed: boolean;
  /** Codes the spec does not know, left out. */
  unknown: string[];
}

/**
 * Reads a feed's type codes into listing fields (see the rule at the top of this file). A code
 * in the wrong case (`"w"`) is read as the spec's code when that is the only difference.
 */
export function fieldsFromCodes(codes: readonly string[]): CodeFields {
  const fields: CodeFields = {
    meeting_types: [],
    populations: [],
    accessibility: [],
    features: [],
    languages: [],
    online: false,
    temporarilyClosed: false,
    unknown: [],
  };
  for (const raw of codes) {
    const code = canonicalCode(raw.trim());
    if (code === ONLINE_CODE) fields.online = true;
    else if (code === TEMPORARILY_CLOSED_CODE) fields.temporarilyClosed = true;
    else if (code === undefined) pushOnce(fields.unknown, raw.trim());
    else {
      pushOnce(fields.meeting_types, code);
      for (const row of CODE_ROWS) if (row.code === code) pushOnce(fields[row.field], row.value);
    }
  }
  return fields;
}

/** The spec's spelling of a code, ONL included; undefined when it is not a code. */
function canonicalCode(code: string): string | undefined {
  if (code === ONLINE_CODE || isMeetingType(code)) return code;
  const upper = code.toUpperCase();
  if (upper === ONLINE_CODE || isMeetingType(upper)) return upper;
  // "12X12" → "12x12": the one code with a lowercase letter.
  const lower = code.toLowerCase();
  return isMeetingType(lower) ? lower : undefined;
}

function pushOnce(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}

/** The listing fields the export reads codes from. */
export interface CodeSource {
  attendance: string;
  meeting_types?: readonly string[] | undefined;
  populations?: readonly string[] | undefined;
  accessibility?: readonly string[] | undefined;
  features?: readonly string[] | undefined;
  languages?: readonly string[] | undefined;
}

/**
 * A listing's Meeting Guide type codes, sorted: its own codes, the canonical code of each field
 * value no code of its own stands for (the meetings page reads the same, `meetingTypesOf`), and
 * ONL when people can join from home (see the rule above).
 */
export function codesFromListing(listing: CodeSource): string[] {
  const codes = meetingTypesOf(listing);
  if (joinsRemotely(listing.attendance)) codes.push(ONLINE_CODE);
  return codes.sort();
}

/** Online, hybrid and by-phone meetings are all "online" to Meeting Guide apps: no trip needed. */
export function joinsRemotely(attendance: string): boolean {
  return attendance === 'online' || attendance === 'hybrid' || attendance === 'phone';
}
