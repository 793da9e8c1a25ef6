/**
 * The warning for a US ZIP code that is not one (src/lib/validate/us-zip-code.ts): a digit short
 * is the common slip, and the schema, which takes any country's postal code, lets it through.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';

const TODAY = '2026-11-24';
const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
const check = (path: string, text = fixture(path)) =>
  checkListing(path, text, { site: fixtureSite, today: TODAY }).problems.map(formatProblem);
const withZip = (lines: string) => fixture('warning/short-us-zip-code.md').replace('  postal_code: "4891"\n', lines);

describe('a US ZIP code', () => {
  it('one digit short is a warning on its line that names the fix, and the listing still passes', () => {
    const path = 'warning/short-us-zip-code.md';
    expect(check(path)).toEqual([
      `${path}:8: address.postal_code: warning: "4891" is not a US ZIP code (it has 4 digits); a ZIP code has 5 digits, like "48912", or 5+4 like "48912-1234"; if the address is outside the US, add its country, like country: CA`,
    ]);
    expect(checkListing(path, fixture(path), { site: fixtureSite, today: TODAY }).data).toBeDefined();
  });

  it('passes with 5 digits or ZIP+4, and without a postal code', () => {
    for (const lines of ['  postal_code: "48912"\n', '  postal_code: "48912-1234"\n', '']) {
      expect(check('x.md', withZip(lines))).toEqual([]);
    }
  });

  it('is not asked of an address in another country, or of the default country when that is not the US', () => {
    expect(check('x.md', withZip('  postal_code: "K1A 0B1"\n  country: CA\n'))).toEqual([]);
    const canadianSite = { ...fixtureSite, region: { ...fixtureSite.region, country: 'CA' } };
    const text = withZip('  postal_code: "K1A 0B1"\n');
    expect(checkListing('x.md', text, { site: canadianSite, today: TODAY }).problems).toEqual([]);
  });

  it('leaves a value that is no postal code at all to the schema, so it is told once', () => {
    const problems = check('x.md', withZip('  postal_code: "48912!"\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/address\.postal_code: is not a postal code/);
  });
});
