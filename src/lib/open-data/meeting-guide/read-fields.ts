/**
 * Reading a Meeting Guide record's plain fields (the read step of the importer, import.ts): free
 * text cleaned of HTML and e-mail addresses, the name, the type codes, the website, the time
 * zone and the `updated` date. Each reader says in `changes` what it had to alter, and throws
 * Skip when the record cannot become a listing. The schedule, the join details and the place
 * have readers of their own (read-schedule.ts, read-join.ts, read-place.ts).
 */
import { listingFields } from '#schemas/listing.ts';
import { isoDateSchema, isTimeZone } from '#schemas/common.ts';
import { webUrlSchema } from '#schemas/contact.ts';
import { Skip, type Change } from '../import-report.ts';
import { withoutFormulaStart } from '#lib/csv/formula.ts';
import type { ImportOptions } from './import.ts';
import { removeEmails } from './text.ts';

/** A record's fields, once it is known to be an object. */
export type FeedRecord = Record<string, unknown>;

/** Nothing given: a field left out, null or empty. */
export const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** What a value of the wrong kind is, for the report: "the text …", "a list", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return `a ${typeof value}`;
}

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
 * The text without the characters a spreadsheet would run as a formula at its start
 * (csv/formula.ts), reported: listing files end up in spreadsheets too.
 */
export function withoutFormula(text: string, what: string, changes: Change[]): string {
  const inert = withoutFormulaStart(text);
  if (inert === undefined) return text;
  const taken = text.slice(0, text.length - inert.length).trim();
  changes.push({
    kind: 'formula characters taken out',
    message: `the ${what} started with ${JSON.stringify(taken)}, which a spreadsheet runs as a formula; taken out`,
  });
  return inert;
}

/**
 * A free-text field as plain text: entities decoded, HTML tags taken out (the spec says notes
 * hold none), e-mail addresses removed, formula characters taken off its start. Each removal is
 * a change in the report.
 */
export function cleanText(value: unknown, what: string, changes: Change[]): string | undefined {
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
  const trimmed = withoutFormula(cleaned.text.replace(/[ \t]+\n/g, '\n').trim(), what, changes);
  return trimmed === '' ? undefined : trimmed;
}

/** A text field's longest value in the listing schema: the importer trims to the validator's own limits. */
export const maxLengthOf = (schema: { maxLength: number | null }) => schema.maxLength ?? Infinity;

const NAME_MAX = maxLengthOf(listingFields.shape.name);

/** The meeting's name, trimmed to the 2–120 characters a listing allows. */
export function readName(value: unknown, changes: Change[]): string {
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

/** The record's type codes; a comma-separated string is read as a list. */
export function readCodes(value: unknown, changes: Change[]): string[] {
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

/** The record's website; one that is not a web address is left out, with a line saying so. */
export function readWebsite(value: unknown, changes: Change[]): string | undefined {
  if (isBlank(value) || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value === 'string' && webUrlSchema.safeParse(value.trim()).success) return value.trim();
  const given = typeof value === 'string' ? JSON.stringify(value.trim().slice(0, 80)) : describeValue(value);
  changes.push({
    kind: 'website left out',
    message: `website ${given} is not a web address (http:// or https://); left out`,
  });
  return undefined;
}

/** The time zone to write: only when it differs from site.yaml's (the listing default). */
export function readTimeZone(value: unknown, options: ImportOptions, changes: Change[]): string | undefined {
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
export function readUpdated(value: unknown, today: string, changes: Change[]): string {
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
