/**
 * Reading how to join a Meeting Guide meeting from home (the read step of the importer,
 * import.ts): the conference link, the dial-in number and the notes about them. Only what a
 * listing may publish is kept: a secure link and a number the site can check.
 */
import { listingFields } from '#schemas/listing.ts';
import { isPhoneNumber, secureUrlSchema } from '#schemas/contact.ts';
import type { Change } from '../import-report.ts';
import { cleanText, maxLengthOf, type FeedRecord } from './read-fields.ts';

/** conference_notes may hold at most this many characters. */
export const CONFERENCE_NOTES_MAX = maxLengthOf(listingFields.shape.conference_notes.unwrap());

export interface Join {
  url?: string | undefined;
  phone?: string | undefined;
  notes?: string | undefined;
}

/** Countries of the North American Numbering Plan (+1) the site may be in. */
export const NANP_COUNTRIES = new Set(['US', 'CA', 'PR']);

/** How to join from home: a secure link, a phone number, and notes about them. */
export function readJoin(record: FeedRecord, nanp: boolean, changes: Change[]): Join {
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
