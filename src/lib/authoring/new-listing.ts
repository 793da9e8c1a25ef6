/**
 * The questions `npm run new` asks and the listing file it writes from the answers, pure so they
 * are unit-tested without a terminal (scripts/new-listing.ts does the asking and the writing).
 *
 * Each answer is checked as it is given, with the same schemas the validator uses, so the file
 * written at the end passes: a volunteer is asked again, with a reason, rather than left with a
 * file that fails later.
 */
import { isoDateSchema } from '#schemas/common.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isPhoneNumber, secureUrlSchema, webUrlSchema } from '#schemas/contact.ts';
import { listingFields } from '#schemas/listing.ts';
import { addressSchema } from '#schemas/place.ts';
import { clockTime } from '#schemas/schedule.ts';
import type { SiteConfig } from '#schemas/site.ts';
import {
  ATTENDANCE,
  CATEGORIES,
  FELLOWSHIPS,
  MOUD_POLICIES,
  SUPPORT_TYPES,
  VERIFIED_HOW,
  WEEKDAYS,
  type Term,
} from '#taxonomy';
import { daysSince } from '#lib/time/freshness.ts';
import { inBounds } from '#lib/map/geo.ts';
import { slugify } from './listing-file.ts';
import { schemaComment } from './schema-comment.ts';
import { PLACEHOLDER_PREFIX } from '#lib/validate/markdown.ts';

/** Everything `npm run new` asks; optional answers are left out when skipped. */
export interface Answers {
  name: string;
  /** False when the volunteer says a listing with the same name is the same place: stop. */
  different_place?: boolean;
  category: string;
  support: string[];
  summary?: string;
  attendance: string;
  private?: boolean;
  city?: string;
  region?: string;
  street?: string;
  postal_code?: string;
  geo?: { lat: number; lng: number };
  conference_url?: string;
  website?: string;
  phone?: string;
  fellowship?: string;
  /** True for a meeting with no set day or time: no days or times are asked. */
  by_appointment?: boolean;
  days?: string[];
  start?: string;
  end?: string;
  moud?: string;
  fair_chance?: boolean;
  description?: string;
  last_verified: string;
  verified_how: string;
}

/** An answer read, or why it cannot be used and how to write it. `value: undefined` = skipped. */
type Parsed = { ok: true; value?: unknown } | { ok: false; error: string };

export interface Question {
  key: keyof Answers;
  /** The question, or a function of the answers so far when it names one of them. */
  prompt: string | ((answers: Partial<Answers>) => string);
  /** Numbered choices shown before the prompt. */
  choices?: readonly Term[];
  /** Asked only when this is true of the answers so far. */
  when?: (answers: Partial<Answers>) => boolean;
  parse: (text: string, answers: Partial<Answers>) => Parsed;
}

const ok = (value?: unknown): Parsed => ({ ok: true, value });
const fail = (error: string): Parsed => ({ ok: false, error });

/** First zod message, for answers checked against a listing schema. */
function check(schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issues = (result.error as { issues?: { message: string }[] }).issues ?? [];
  return issues[0]?.message ?? 'is not valid';
}

/** A term chosen by its number in the list, its id or its label ("3", "peer-support"). */
export function parseChoice(text: string, terms: readonly Term[], fallback?: string): Parsed {
  const answer = text.trim().toLowerCase();
  if (answer === '' && fallback) return ok(fallback);
  const byNumber = /^\d+$/.test(answer) ? terms[Number(answer) - 1] : undefined;
  const term = byNumber ?? terms.find((t) => t.id === answer || t.label.toLowerCase() === answer);
  if (term) return ok(term.id);
  return fail(`"${text.trim()}" is not one of the choices; type a number from 1 to ${terms.length}`);
}

/** Several terms, by number or id, separated by spaces or commas ("1 3", "emotional, 2"). */
export function parseChoices(text: string, terms: readonly Term[]): Parsed {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return fail('choose at least one; type the numbers separated by spaces, like 1 3');
  const ids: string[] = [];
  for (const part of parts) {
    const one = parseChoice(part, terms);
    if (!one.ok) return one;
    if (!ids.includes(one.value as string)) ids.push(one.value as string);
  }
  return ok(ids);
}

/** "19:00", "7:30", "7 pm", "7:30 p.m." → "HH:MM" (24-hour), the only way the schema takes times. */
export function parseTime(text: string): Parsed {
  const time = clockTime(text);
  return time ? ok(time) : fail(`"${text.trim()}" is not a time; write the time like 19:00 or 7:00 pm`);
}

/** "42.7325, -84.5555" → a point inside the site's region (or why not). */
export function parsePoint(text: string, site: SiteConfig): Parsed {
  const match = /^\s*\(?\s*(-?\d+(?:\.\d+)?)\s*[,\s]\s*(-?\d+(?:\.\d+)?)\s*\)?\s*$/.exec(text);
  if (!match) return fail('write the two numbers separated by a comma, latitude first, like 42.7325, -84.5555');
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  if (inBounds(lat, lng, site.region.bounds)) return ok({ lat, lng });
  if (inBounds(lng, lat, site.region.bounds)) return fail(`the numbers look swapped; write ${lng}, ${lat}`);
  return fail(`${lat}, ${lng} is outside ${site.region.name}; check the numbers (latitude first)`);
}

/** Emoji and pictographs; ©, ® and ™ are part of some organisations' names and stay. */
const PICTOGRAPH = /(?![©®™])\p{Extended_Pictographic}/u;

/** A listing's name: the schema's rules, and no emoji (people search for the name in words). */
export function parseName(text: string): Parsed {
  const error = check(listingFields.shape.name, text);
  if (error) return fail(`the name ${error}`);
  const emoji = PICTOGRAPH.exec(text)?.[0];
  if (emoji) return fail(`the name has an emoji (${emoji}); write the name in words only, as people search for it`);
  return ok(text.trim());
}

/**
 * A phone number with its area code, and an extension if it has one, written the one way the
 * Call button dials ("517-555-0199 x2" → "(517) 555-0199 ext. 2", dialled as tel:+15175550199,2).
 */
export function parsePhone(text: string): Parsed {
  const answer = text.trim();
  if (!isPhoneNumber(answer)) {
    return fail(
      `"${answer}" is not a complete phone number; write it with the area code, like 517-555-0142, and an extension like 517-555-0142 ext. 2`,
    );
  }
  const parsed = parsePhoneNumberFromString(answer, 'US');
  return ok(parsed?.ext && parsed.countryCallingCode === '1' ? parsed.formatNational() : answer);
}

/** y or n; Enter gives `fallback`. */
function parseYesNo(fallback?: boolean): (text: string) => Parsed {
  return (text) => {
    const answer = text.trim();
    if (answer === '' && fallback !== undefined) return ok(fallback);
    return YES.test(answer) ? ok(true) : /^(n|no)$/i.test(answer) ? ok(false) : fail('type y or n');
  };
}

/** An optional answer: Enter skips it; anything else must pass `parse`. */
function optional(parse: (text: string) => Parsed): (text: string) => Parsed {
  return (text) => (text.trim() === '' ? ok() : parse(text.trim()));
}

const YES = /^(y|yes)$/i;
const NO = /^(n|no|)$/i;

const isMeeting = (a: Partial<Answers>) => a.category === 'mutual-aid-meeting';
const meetsAtSetTimes = (a: Partial<Answers>) => isMeeting(a) && !a.by_appointment;
const hasPlace = (a: Partial<Answers>) => a.attendance === 'in-person' || a.attendance === 'hybrid';
const isOnline = (a: Partial<Answers>) => a.attendance === 'online' || a.attendance === 'hybrid';

/**
 * The questions, in order. `today` (YYYY-MM-DD, in the site's zone) is the default date;
 * `existing` maps each file name in use (without extension) to its file, so a name already
 * listed is asked about at once rather than silently saved as "-2".
 */
export function questions(
  site: SiteConfig,
  today: string,
  existing: ReadonlyMap<string, string> = new Map(),
): Question[] {
  const sameName = (a: Partial<Answers>) => (a.name === undefined ? undefined : existing.get(slugify(a.name)));
  return [
    { key: 'name', prompt: 'Name, as people know it: ', parse: parseName },
    {
      key: 'different_place',
      prompt: (a) =>
        `A listing with this name already exists: ${sameName(a)}. Is this a different place? (y/N; N stops, so you can update that file instead): `,
      when: (a) => sameName(a) !== undefined,
      parse: parseYesNo(false),
    },
    {
      key: 'category',
      prompt: 'Category (type its number): ',
      choices: CATEGORIES,
      parse: (text) => parseChoice(text, CATEGORIES),
    },
    {
      key: 'support',
      prompt: 'Kinds of support it gives (numbers separated by spaces, like 1 3): ',
      choices: SUPPORT_TYPES,
      parse: (text) => parseChoices(text, SUPPORT_TYPES),
    },
    {
      key: 'summary',
      prompt: 'One line for cards and search results, up to 200 characters (Enter to skip): ',
      parse: optional((text) => {
        const error = check(listingFields.shape.summary, text);
        return error ? fail(`the line ${error}`) : ok(text);
      }),
    },
    {
      key: 'attendance',
      prompt: 'How people take part (number; Enter for 1, in person): ',
      choices: ATTENDANCE,
      parse: (text) => parseChoice(text, ATTENDANCE, 'in-person'),
    },
    {
      key: 'private',
      prompt: 'Is it a private home whose address must not be published, like a recovery home? (y/N): ',
      when: hasPlace,
      parse: (text) => (YES.test(text.trim()) ? ok(true) : NO.test(text.trim()) ? ok(false) : fail('type y or n')),
    },
    {
      key: 'city',
      prompt: 'Town or city: ',
      when: hasPlace,
      parse: (text) => {
        const error = check(addressSchema.shape.city, text);
        return error ? fail(`the town ${error}`) : ok(text.trim());
      },
    },
    {
      key: 'region',
      prompt: 'State or province, like MI (Enter to skip): ',
      when: hasPlace,
      parse: optional((text) => {
        const error = check(addressSchema.shape.region, text);
        // Two letters are a state code: written in capitals, as in the sample listings.
        return error ? fail(`the state ${error}`) : ok(/^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text);
      }),
    },
    {
      key: 'street',
      prompt: 'Street and number, like 1200 Example Ave (Enter to skip): ',
      when: (a) => hasPlace(a) && !a.private,
      parse: optional((text) => {
        const error = check(addressSchema.shape.street, text);
        return error ? fail(`the street ${error}`) : ok(text);
      }),
    },
    {
      key: 'postal_code',
      prompt: 'Postal code (Enter to skip): ',
      when: hasPlace,
      parse: optional((text) => {
        const error = check(addressSchema.shape.postal_code, text);
        return error ? fail(`the postal code ${error}`) : ok(text);
      }),
    },
    {
      key: 'geo',
      prompt:
        'Map point as "latitude, longitude" (in OpenStreetMap or Google Maps, right-click the place and copy the two numbers): ',
      when: hasPlace,
      parse: (text) => parsePoint(text, site),
    },
    {
      key: 'conference_url',
      prompt: 'Link to join online (https://…): ',
      when: (a) => isOnline(a) && isMeeting(a),
      parse: (text) => {
        const error = check(secureUrlSchema, text.trim());
        return error ? fail(`the link ${error}`) : ok(text.trim());
      },
    },
    {
      key: 'website',
      prompt: 'Website, starting with https:// (Enter to skip): ',
      parse: optional((text) => {
        const error = check(webUrlSchema, text);
        return error ? fail(`the website ${error}`) : ok(text);
      }),
    },
    {
      key: 'phone',
      prompt: 'Phone number with area code, like 517-555-0142, or 517-555-0142 ext. 2 (Enter to skip): ',
      parse: (text, answers) => {
        if (text.trim() === '') {
          return answers.attendance === 'phone' ? fail('people take part by phone, so a number is needed') : ok();
        }
        return parsePhone(text);
      },
    },
    {
      key: 'fellowship',
      prompt: 'Fellowship (type its number): ',
      choices: FELLOWSHIPS,
      when: isMeeting,
      parse: (text) => parseChoice(text, FELLOWSHIPS),
    },
    {
      key: 'by_appointment',
      prompt: 'Does it meet only when people arrange it with the group, with no set day or time? (y/n): ',
      when: isMeeting,
      parse: parseYesNo(),
    },
    {
      key: 'days',
      prompt:
        'Days it meets at the same time (numbers or names separated by spaces, like 1 3 5 for Monday, Wednesday, Friday): ',
      choices: WEEKDAYS,
      when: meetsAtSetTimes,
      parse: (text) => {
        const days = parseChoices(text, WEEKDAYS);
        // Week order, whatever order they were typed in.
        return days.ok ? ok(WEEKDAYS.map((d) => d.id).filter((id) => (days.value as string[]).includes(id))) : days;
      },
    },
    { key: 'start', prompt: 'Start time, like 19:00 or 7 pm: ', when: meetsAtSetTimes, parse: parseTime },
    {
      key: 'end',
      prompt: 'End time (Enter to skip): ',
      when: meetsAtSetTimes,
      parse: (text, answers) => {
        const end = optional(parseTime)(text);
        if (end.ok && end.value !== undefined && end.value === answers.start) {
          return fail('the end is the same as the start; give the time it ends, or press Enter to skip');
        }
        return end;
      },
    },
    {
      key: 'moud',
      prompt: 'Medication (MOUD) policy, always stated for recovery homes (type its number): ',
      choices: MOUD_POLICIES,
      when: (a) => a.category === 'recovery-housing',
      parse: (text) => parseChoice(text, MOUD_POLICIES),
    },
    {
      key: 'fair_chance',
      prompt: 'Does it hire people with a criminal record (fair-chance hiring)? (y/n): ',
      when: (a) => a.category === 'employment',
      parse: parseYesNo(),
    },
    {
      key: 'description',
      prompt:
        "Two or three plain sentences: who it is for, what to expect, how to start. No one's last name (Enter to write it later): ",
      parse: optional((text) => {
        if (text.startsWith(PLACEHOLDER_PREFIX))
          return fail(`write the sentences themselves, without "${PLACEHOLDER_PREFIX}"`);
        return ok(text);
      }),
    },
    {
      key: 'last_verified',
      prompt: `Date you confirmed these details with the organization (YYYY-MM-DD; Enter for today, ${today}): `,
      parse: (text) => {
        const date = text.trim() === '' ? today : text.trim();
        if (check(isoDateSchema, date)) return fail(`"${date}" is not a date; write it like ${today}`);
        if (daysSince(date, today) < 0) return fail(`${date} is in the future; today is ${today}`);
        return ok(date);
      },
    },
    {
      key: 'verified_how',
      prompt: 'How you confirmed them (type its number): ',
      choices: VERIFIED_HOW,
      parse: (text) => parseChoice(text, VERIFIED_HOW),
    },
  ];
}

/** A YAML double-quoted string (JSON's escapes are valid YAML), so no text is misread. */
const quote = (text: string) => JSON.stringify(text);

/**
 * The listing file, in the house style of the sample listings: the schema comment first, text in
 * quotes, times and postal codes quoted, lists on one line, and the description when one was
 * given (no placeholder: a "TODO:" line is an error, so a skipped description is left empty).
 */
export function newListingText(answers: Answers, file: string): string {
  const a = answers;
  const lines = [
    '---',
    schemaComment(file),
    `name: ${quote(a.name)}`,
    `category: ${a.category}`,
    `support: [${a.support.join(', ')}]`,
  ];
  if (a.summary) lines.push(`summary: ${quote(a.summary)}`);
  lines.push(`attendance: ${a.attendance}`);
  if (a.city) {
    lines.push('address:');
    if (a.street) lines.push(`  street: ${quote(a.street)}`);
    lines.push(`  city: ${quote(a.city)}`);
    if (a.region) lines.push(`  region: ${quote(a.region)}`);
    if (a.postal_code) lines.push(`  postal_code: ${quote(a.postal_code)}`);
  }
  if (a.geo) lines.push(`geo: { lat: ${a.geo.lat}, lng: ${a.geo.lng} }`);
  if (a.private) lines.push('location_private: true');
  if (a.phone) lines.push(`phone: ${quote(a.phone)}`);
  if (a.website) lines.push(`website: ${quote(a.website)}`);
  if (a.conference_url) lines.push(`conference_url: ${quote(a.conference_url)}`);
  if (a.days?.length && a.start) {
    lines.push('schedule:');
    for (const day of a.days) {
      lines.push(`  - day: ${day}`, `    start: ${quote(a.start)}`);
      if (a.end) lines.push(`    end: ${quote(a.end)}`);
    }
  }
  if (a.by_appointment) lines.push('by_appointment: true');
  if (a.fellowship) lines.push(`fellowship: ${a.fellowship}`);
  if (a.moud) lines.push('housing:', `  moud: ${a.moud}`);
  if (a.fair_chance !== undefined) lines.push('employer:', `  fair_chance: ${a.fair_chance}`);
  lines.push(`last_verified: ${a.last_verified}`, `verified_how: ${a.verified_how}`, '---');
  if (a.description) lines.push(a.description);
  return `${lines.join('\n')}\n`;
}
