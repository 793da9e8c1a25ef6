import { describe, expect, it } from 'vitest';
import { nearestCategories } from '#lib/finder/nearest-category.ts';

describe('the nearest category to the words', () => {
  it('matches everyday words in English and Spanish, and labels', () => {
    expect(nearestCategories('dentist tonight')[0]).toEqual({ id: 'dental', label: 'Dental care' });
    expect(nearestCategories('sober living near okemos')[0]?.id).toBe('recovery-housing');
    expect(nearestCategories('trabajo')[0]?.id).toBe('employment');
    expect(nearestCategories('Vivienda')[0]?.id).toBe('recovery-housing');
    expect(nearestCategories('dentists')[0]?.id).toBe('dental');
    expect(nearestCategories('clothing')[0]?.id).toBe('clothing');
  });
  it('puts a whole phrase above a shared word, and offers at most two', () => {
    // "center" is in several categories' words; "recovery center" is one phrase of one.
    expect(nearestCategories('recovery center')[0]?.id).toBe('recovery-community-center');
    expect(nearestCategories('recovery center food clothes dentist').length).toBe(2);
  });
  it('names the categories, and matches their labels, in the page’s language', () => {
    const labels = { dental: 'Atención dental', food: 'Comida y despensas' };
    expect(nearestCategories('dentist', labels)[0]).toEqual({ id: 'dental', label: 'Atención dental' });
    expect(nearestCategories('despensas', labels)[0]?.id).toBe('food');
  });
  it('offers none for words no category has', () => {
    expect(nearestCategories('xyzzy')).toEqual([]);
    expect(nearestCategories('   ')).toEqual([]);
  });
});
