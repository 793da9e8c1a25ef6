import { describe, expect, it } from 'vitest';
import { nearestCategories } from '#lib/finder/nearest-category.ts';
import { CATEGORIES } from '#taxonomy';

const LABELS = Object.fromEntries(CATEGORIES.map((term) => [term.id, term.label]));

describe('the nearest category to the words', () => {
  it('matches everyday words in English and Spanish, and labels', () => {
    expect(nearestCategories('dentist tonight', LABELS)[0]).toEqual({ id: 'dental', label: 'Dental care' });
    expect(nearestCategories('sober living near okemos', LABELS)[0]?.id).toBe('recovery-housing');
    expect(nearestCategories('trabajo', LABELS)[0]?.id).toBe('employment');
    expect(nearestCategories('Vivienda', LABELS)[0]?.id).toBe('recovery-housing');
    expect(nearestCategories('dentists', LABELS)[0]?.id).toBe('dental');
    expect(nearestCategories('clothing', LABELS)[0]?.id).toBe('clothing');
  });
  it('puts a whole phrase above a shared word, and offers at most two', () => {
    // "center" is in several categories' words; "recovery center" is one phrase of one.
    expect(nearestCategories('recovery center', LABELS)[0]?.id).toBe('recovery-community-center');
    expect(nearestCategories('recovery center food clothes dentist', LABELS).length).toBe(2);
  });
  it('names the categories, and matches their labels, in the page’s language', () => {
    const labels = { dental: 'Atención dental', food: 'Comida y despensas' };
    expect(nearestCategories('dentist', labels)[0]).toEqual({ id: 'dental', label: 'Atención dental' });
    expect(nearestCategories('despensas', labels)[0]?.id).toBe('food');
  });
  it('offers none for words no category has', () => {
    expect(nearestCategories('xyzzy', LABELS)).toEqual([]);
    expect(nearestCategories('   ', LABELS)).toEqual([]);
  });
});
