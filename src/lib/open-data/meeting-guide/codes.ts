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
import type { Population } from '#taxonomy';

/** Listing fields a type code can stand for. */
export type CodeField = 'populations' | 'accessibility' | 'languages' | 'features';

/** One meaning of a type code: a value of one listing field. */
export interface CodeRow {
  readonly code: string;
  readonly field: CodeField;
  readonly value: string;
}

/** The code Meeting Guide apps read as "this meeting is online" (not in the spec's type list). */
const ONLINE_CODE = 'ONL';
/** "Location temporarily closed": the place is closed; the meeting may still meet online. */
const TEMPORARILY_CLOSED_CODE = 'TC';

const populations = [
  { code: 'W', value: 'women' },
  { code: 'M', value: 'men' },
  { code: 'Y', value: 'young-adults' },
  { code: 'SEN', value: 'seniors' },
  // LGBTQ first: it is the code exported for `lgbtq`; the narrower codes all count as LGBTQ+.
  { code: 'LGBTQ', value: 'lgbtq' },
  { code: 'G', value: 'lgbtq' },
  { code: 'L', value: 'lgbtq' },
  { code: 'T', value: 'lgbtq' },
  { code: 'BI', value: 'lgbtq' },
  { code: 'NB', value: 'lgbtq' },
  { code: 'N', value: 'native' },
  { code: 'NDG', value: 'native' },
  { code: 'DD', value: 'co-occurring' },
] as const satisfies readonly { code: string; value: Population }[];

const accessibility = [
  { code: 'X', value: 'wheelchair' },
  { code: 'XB', value: 'accessible-restroom' },
  { code: 'ASL', value: 'asl' },
  { code: 'FF', value: 'fragrance-free' },
] as const;

const features = [
  { code: 'BA', value: 'childcare' },
  { code: 'CF', value: 'kid-friendly' },
] as const;

/** Language type codes of the spec, by BCP 47 code (ASL is a language and an accessibility). */
const languages = [
  { code: 'EN', value: 'en' },
  { code: 'S', value: 'es' },
  { code: 'ASL', value: 'ase' },
  { code: 'AF', value: 'af' },
  { code: 'AM', value: 'am' },
  { code: 'AR', value: 'ar' },
  { code: 'BG', value: 'bg' },
  { code: 'DA', value: 'da' },
  { code: 'DE', value: 'de' },
  { code: 'EL', value: 'el' },
  { code: 'FA', value: 'fa' },
  { code: 'FI', value: 'fi' },
  { code: 'FR', value: 'fr' },
  { code: 'HE', value: 'he' },
  { code: 'HI', value: 'hi' },
  { code: 'HR', value: 'hr' },
  { code: 'HU', value: 'hu' },
  { code: 'IS', value: 'is' },
  { code: 'ITA', value: 'it' },
  { code: 'JA', value: 'ja' },
  { code: 'KA', value: 'ka' },
  { code: 'KOR', value: 'ko' },
  { code: 'LT', value: 'lt' },
  { code: 'ML', value: 'ml' },
  { code: 'MT', value: 'mt' },
  { code: 'NE', value: 'ne' },
  { code: 'NL', value: 'nl' },
  { code: 'NO', value: 'no' },
  { code: 'POL', value: 'pl' },
  { code: 'POR', value: 'pt' },
  { code: 'PUN', value: 'pa' },
  { code: 'RUS', value: 'ru' },
  { code: 'SK', value: 'sk' },
  { code: 'SL', value: 'sl' },
  { code: 'SV', value: 'sv' },
  { code: 'TH', value: 'th' },
  { code: 'TL', value: 'tl' },
  { code: 'TUR', value: 'tr' },
  { code: 'UK', value: 'uk' },
] as const;

/** Every code → field value row. The first row of a field value is the code exported for it. */
const CODE_ROWS: readonly CodeRow[] = [
  ...populations.map((row) => ({ ...row, field: 'populations' as const })),
  ...accessibility.map((row) => ({ ...row, field: 'accessibility' as const })),
  ...features.map((row) => ({ ...row, field: 'features' as const })),
  ...languages.map((row) => ({ ...row, field: 'languages' as const })),
];

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
 * value no code of its own stands for, and ONL when people can join from home (see the rule above).
 */
export function codesFromListing(listing: CodeSource): string[] {
  const codes = new Set(listing.meeting_types ?? []);
  const stated = new Set<string>();
  for (const row of CODE_ROWS) if (codes.has(row.code)) stated.add(`${row.field}:${row.value}`);
  const onlyEnglish = (listing.languages ?? ['en']).every((language) => language === 'en');
  for (const row of CODE_ROWS) {
    const values = listing[row.field] ?? [];
    const key = `${row.field}:${row.value}`;
    if (!values.includes(row.value) || stated.has(key)) continue;
    if (row.field === 'languages' && row.value === 'en' && onlyEnglish) continue;
    codes.add(row.code);
    stated.add(key);
  }
  if (joinsRemotely(listing.attendance)) codes.add(ONLINE_CODE);
  return [...codes].sort();
}

/** Online, hybrid and by-phone meetings are all "online" to Meeting Guide apps: no trip needed. */
export function joinsRemotely(attendance: string): boolean {
  return attendance === 'online' || attendance === 'hybrid' || attendance === 'phone';
}
