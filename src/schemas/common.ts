/** Small value schemas shared by the listing and the site configuration. */
import { z } from 'astro/zod';

/** True when `zone` is an IANA time zone name this JavaScript engine knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** True when `code` is a well-formed BCP 47 language tag such as "en", "es-MX" or "ase". */
export function isLanguageTag(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1 && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code);
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: 'is not an IANA time zone; write it like "America/Detroit"' })
  .describe('An IANA time zone name, e.g. "America/Detroit".');

export const languageSchema = z
  .string()
  .refine(isLanguageTag, { error: 'is not a language code; use a short code like "en", "es" or "ase" (ASL)' })
  .describe('A BCP 47 language code: "en", "es", "ase" for American Sign Language.');

/** Formats a Date (as js-yaml reads an unquoted date) back to the YYYY-MM-DD it was written as. */
function toIsoDate(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/**
 * A calendar date written YYYY-MM-DD. Astro's YAML reader turns an unquoted date into a Date
 * while the CLI's keeps the text; both normalise to the same string here.
 */
export const isoDateSchema = z
  .union([z.iso.date({ error: 'must be a real date written YYYY-MM-DD, like 2026-03-14' }), z.date()], {
    // Say when the date is missing altogether (last_verified is required), not only its format.
    error: (issue) =>
      issue.input === undefined
        ? 'is missing; write the date, like 2026-03-14'
        : // "real": 2026-02-30 has the right shape but is no date, and the message must not say otherwise.
          'must be a real date written YYYY-MM-DD, like 2026-03-14',
  })
  .transform(toIsoDate)
  .describe('A date written YYYY-MM-DD.');
