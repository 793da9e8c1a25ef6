/**
 * A US ZIP code that is not five digits (or ZIP+4). The schema accepts any country's postal code,
 * so a ZIP typed one digit short ("4891") passed silently and was published on the listing's
 * page and in every export. It is a warning, not an error: the page still works from its map
 * point, and imported feeds should not lose a meeting over a ZIP code.
 */
import { POSTAL_CODE_RE } from '#schemas/place.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

const US_ZIP = /^\d{5}(?:-\d{4})?$/;

/** A warning when a US address's postal code is not a ZIP code; `siteCountry` is site.yaml's default. */
export function checkUsZipCode(
  file: string,
  source: Pick<ParsedSource, 'data' | 'lineOf'>,
  siteCountry: string | undefined,
): Problem[] {
  const address = (source.data as { address?: unknown }).address;
  if (!address || typeof address !== 'object') return [];
  const { postal_code: code, country } = address as { postal_code?: unknown; country?: unknown };
  if (typeof code !== 'string' || code.trim() === '') return [];
  if ((typeof country === 'string' ? country : (siteCountry ?? 'US')) !== 'US') return [];
  // Not a postal code at all (curly quotes, stray characters): the schema's own message says so.
  if (US_ZIP.test(code.trim()) || !POSTAL_CODE_RE.test(code.trim())) return [];
  const digits = code.replace(/\D/g, '').length;
  return [
    {
      file,
      line: source.lineOf(['address', 'postal_code']),
      field: 'address.postal_code',
      path: ['address', 'postal_code'],
      message: `"${code.trim()}" is not a US ZIP code${digits > 0 && digits < 5 ? ` (it has ${digits} digit${digits === 1 ? '' : 's'})` : ''}; a ZIP code has 5 digits, like "48912", or 5+4 like "48912-1234"; if the address is outside the US, add its country, like country: CA`,
      severity: 'warning',
    },
  ];
}
