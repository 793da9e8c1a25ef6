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
      'is not a complete phone number; write it with the area code, like "517-555-0142" (or "+44 20 7946 0958" outside North America)',
  })
  .describe('A phone number with area code, e.g. "517-555-0142".');

export const emailSchema = z
  .email({ error: 'is not an e-mail address; write it like "hello@example.org"' })
  .describe('A contact e-mail address of the organization (never a person’s private address).');

/** A web address: only http(s), so no `javascript:` or `data:` link can reach a page. */
export const webUrlSchema = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'is not a web address; write the full address starting with https://',
  })
  .describe('A full web address starting with https:// (or http://).');

/** Join links must be https: they carry people into private meetings. */
export const secureUrlSchema = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: 'must be a full https:// address (a secure link), like "https://example.org/join"',
  })
  .describe('A secure https:// link.');
