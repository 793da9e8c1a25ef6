/**
 * The listing form's file, written and checked (src/lib/listing-form/check.ts): a new listing goes
 * in its category's folder under a name made from its own, is written as `npm run new` writes,
 * and is checked with the validator's own messages.
 */
import { describe, expect, it } from 'vitest';
import { checkForm, newListingFile, slugOf } from '#lib/listing-form/check.ts';
import { emptyState, type FormState } from '#lib/listing-form/state.ts';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';

const site = { ...fixtureSite, languages: ['en', 'es'] as ('en' | 'es')[] };
const today = '2026-11-24';

function pantry(): FormState {
  return {
    ...emptyState(today, ['es']),
    name: 'Northside Café Pantry',
    category: 'food',
    support: ['instrumental'],
    address: { street: '1400 Example Ave', city: 'Lansing', region: 'MI', postal_code: '48906', country: '' },
    geo: { lat: String(fixtureSite.region.center[0]), lng: String(fixtureSite.region.center[1]) },
    verified_how: 'phone',
    description: 'Free groceries twice a week.',
  };
}

describe('a new listing from the form', () => {
  it('is named after the listing and filed under its category', () => {
    expect(slugOf(pantry())).toBe('northside-cafe-pantry');
    expect(newListingFile(pantry())).toBe('data/listings/food/northside-cafe-pantry.md');
    expect(newListingFile({ ...pantry(), slug: 'northside' })).toBe('data/listings/food/northside.md');
  });

  it('says when the rules between fields have not run yet, because a field is itself missing', () => {
    // No kinds of support: the field is missing, so the rule that an in-person place needs a map
    // point cannot run yet; without the point, it says so once support is there.
    const first = checkForm({ ...pantry(), support: [], geo: { lat: '', lng: '' } }, { site, today });
    expect(first.fitChecked).toBe(false);
    expect(first.problems.map((p) => p.field)).toEqual(['support']);
    const next = checkForm({ ...pantry(), geo: { lat: '', lng: '' } }, { site, today });
    expect(next.fitChecked).toBe(true);
    expect(next.problems.map((p) => p.message)).toEqual([expect.stringMatching(/in-person listings need a map point/)]);
  });

  it('is written as npm run new writes, and passes the validator', () => {
    const result = checkForm(pantry(), { site, today });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.text).toBe(
      [
        '---',
        '# yaml-language-server: $schema=../../../public/schema/listing.json',
        'name: "Northside Café Pantry"',
        'category: food',
        'support: [instrumental]',
        'attendance: in-person',
        'address:',
        '  street: "1400 Example Ave"',
        '  city: "Lansing"',
        '  region: MI',
        '  postal_code: "48906"',
        `geo: { lat: ${fixtureSite.region.center[0]}, lng: ${fixtureSite.region.center[1]} }`,
        `last_verified: ${today}`,
        'verified_how: phone',
        '---',
        'Free groceries twice a week.',
        '',
      ].join('\n'),
    );
    expect(checkListing(result.file, result.text, { site, today }).problems).toEqual([]);
  });

  it('gives the validator’s own messages, by field', () => {
    const state = { ...pantry(), name: '', geo: { lat: '42.73', lng: '' }, support: [] };
    const result = checkForm(state, { site, today });
    expect(result.valid).toBe(false);
    const fields = result.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'support', 'geo.lng']));
    const name = result.problems.find((p) => p.field === 'name')!;
    expect(name.message).toBe('is missing; every listing needs a name');
  });

  it('is refused a name another listing has', () => {
    const result = checkForm(pantry(), { site, today, takenBy: 'data/listings/food/northside-cafe-pantry.md' });
    expect(result.valid).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      'data/listings/food/northside-cafe-pantry.md:1: file name: "northside-cafe-pantry" is already used by data/listings/food/northside-cafe-pantry.md; every file name must be unique across all folders, so rename one of them',
    ]);
  });
});
