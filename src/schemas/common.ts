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
  .union(
    [
      z.iso
        .date({ error: 'must be a real date written YYYY-MM-DD, like 2026-03-14' })
        // What editors show for the same mistake (public/schema/).
        .meta({ patternErrorMessage: 'Write a real date as year-month-day, like 2026-03-14.' }),
      z.date(),
    ],
    {
      // Say when the date is missing altogether (last_verified is required), not only its format.
      error: (issue) =>
        issue.input === undefined
          ? 'is missing; write the date, like 2026-03-14'
          : // "real": 2026-02-30 has the right shape but is no date, and the message must not say otherwise.
            'must be a real date written YYYY-MM-DD, like 2026-03-14',
    },
  )
  .transform(toIsoDate)
  .describe('A date written YYYY-MM-DD.');

/** Zod's issue before its message is set, as an `error` function receives it. */
type RawIssue = Parameters<Extract<z.core.$ZodErrorMap, (...args: never[]) => unknown>>[0];

/**
 * A text a translation may give, with the rules of the field it translates. A translated field
 * left blank in YAML (`summary:`) reads as null; the volunteer is told it is empty, not that it
 * "must be text".
 */
export function translatedText(what: string) {
  return z.string({
    error: (issue: RawIssue) =>
      issue.input === null
        ? `is empty; write ${what} in this language, or remove the field to show the original`
        : undefined,
  });
}

/**
 * `translations:` of a listing or of site.yaml: by language code, the fields given in that
 * language. Each language gives at least one field. Which languages are allowed depends on
 * site.yaml `languages` (all but the first, which the fields themselves are written in): the
 * site schema checks its own, the validator checks a listing's (src/lib/validate/translations.ts).
 */
export function translationsSchema<Shape extends z.core.$ZodLooseShape>(fields: Shape) {
  const names = Object.keys(fields).join(', ');
  const empty = `is empty; give at least one of ${names} in this language, or remove it`;
  return z.record(
    languageSchema,
    z
      .strictObject(fields, {
        error: (issue: RawIssue) => (issue.code === 'invalid_type' && issue.input === null ? empty : undefined),
      })
      .refine((value) => Object.values(value).some((text) => text !== undefined), {
        error: empty,
        // A misspelt field (summry) is reported as such, not also as "empty".
        when: (payload) => payload.issues.length === 0,
      })
      // The refinement has no JSON Schema form; this tells editors the same rule (public/schema/).
      .meta({ minProperties: 1 }),
    {
      error: (issue: RawIssue) =>
        issue.code === 'invalid_key'
          ? 'is not a language code; write the short code of the language, like es for Spanish'
          : issue.code === 'invalid_type' && issue.input === null
            ? 'is empty; add a language with its texts, like es: { summary: … }, or remove it'
            : undefined,
    },
  );
}

/**
 * Why `translations.<code>` may not be given, or undefined when it may: the site must be built in
 * that language (site.yaml `languages`), and it must not be the first language, the one the
 * fields themselves are written in.
 */
export function translationLanguageProblem(code: string, languages: readonly string[]): string | undefined {
  // A code that is no language code at all is reported as such by the schema.
  if (!isLanguageTag(code)) return undefined;
  const [source, ...others] = languages;
  if (code === source) {
    return `${code} is the site's first language, the one the fields themselves are written in; put the text in those fields and remove this translation`;
  }
  if (others.includes(code)) return undefined;
  const instead = others.length > 0 ? `translate into ${others.join(' or ')}, or ` : '';
  return `the site is not built in ${code}; it is built in ${languages.join(', ')}: ${instead}add ${code} to languages in data/site.yaml (CONTRIBUTING.md, "Adding a language")`;
}
