/**
 * Ways to reach an asset: phone, text, e-mail, web, and the join details of online meetings.
 * Each field says in its error how to write it, because the people fixing it are volunteers.
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { z } from 'astro/zod';

/**
 * Numbers are checked with libphonenumber's metadata for the North American plan by default;
 * numbers elsewhere must be written in international form (`+44 …`).
 */
const DEFAULT_PHONE_COUNTRY = 'US';

/** True when the text is a dialable phone number (national or `+` international). */
export function isPhoneNumber(value: string): boolean {
  return isValidPhoneNumber(value, DEFAULT_PHONE_COUNTRY);
}

export const phoneSchema = z
  .string({ error: 'write the phone number in quotes, like "517-555-0142"' })
  .trim()
  .refine(isPhoneNumber, {
    error:
      'is not a complete phone number; write it with the area code, like "517-555-0142" (with an extension: "517-555-0142 ext. 2"; outside North America: "+44 20 7946 0958")',
  })
  .describe('A phone number with area code, e.g. "517-555-0142".');

export const emailSchema = z
  .email({ error: 'is not an e-mail address; write it like "hello@example.org"' })
  // What editors show for the same mistake (public/schema/).
  .meta({ patternErrorMessage: 'Write the organisation’s e-mail address, like "hello@example.org".' })
  .describe('A contact e-mail address of the organization (never a person’s private address).');

/**
 * The part before "@" in `https://example.org@evil.example`, or undefined. Browsers read it as a
 * user name and go to the host after the "@", so such a link names one site and opens another.
 */
export function urlUserinfo(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (!url.username && !url.password) return undefined;
    // The authority runs from "//" to the first "/", "?", "#" or backslash (browsers read it as "/").
    const authority = value
      .slice(url.protocol.length)
      .replace(/^[/\\]*/, '')
      .split(/[/?#\\]/, 1)[0]!;
    return authority.slice(0, authority.lastIndexOf('@') + 1);
  } catch {
    // Not an address at all: the URL check says so.
    return undefined;
  }
}

/** Refuses a user name before the host (see urlUserinfo), naming where the link would really go. */
function withoutUserinfo<T extends z.ZodString | z.ZodURL>(schema: T): T {
  return schema.refine((value) => urlUserinfo(value) === undefined, {
    error: (issue) =>
      `has "${urlUserinfo(String(issue.input))}" before the site's name, so the link would open ${new URL(String(issue.input)).hostname} instead; remove "${urlUserinfo(String(issue.input))}" and check which site is meant`,
  }) as T;
}

/** A web address: only http(s), so no `javascript:` or `data:` link can reach a page. */
export const webUrlSchema = withoutUserinfo(
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'is not a web address; write the full address starting with https://',
  }),
).describe('A full web address starting with https:// (or http://).');

/** Join links must be https: they carry people into private meetings. */
export const secureUrlSchema = withoutUserinfo(
  z.url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: 'must be a full https:// address (a secure link), like "https://example.org/join"',
  }),
).describe('A secure https:// link.');
