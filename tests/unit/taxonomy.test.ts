import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, PATHWAYS, SUPPORT_TYPES, labelOf, labelsOf, languageLabel } from '#taxonomy';

describe('taxonomy', () => {
  it('defines each vocabulary once, with unique ids and plain descriptions', () => {
    for (const terms of [CATEGORIES, SUPPORT_TYPES, PATHWAYS]) {
      const ids = terms.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const t of terms) expect(t.description.length).toBeGreaterThan(10);
    }
    expect(CATEGORY_IDS).toContain('recovery-housing');
    expect(labelOf(SUPPORT_TYPES, 'instrumental')).toBe('Practical help');
    expect(languageLabel('ase')).toBe('American Sign Language');
    expect(languageLabel('fi')).toBe('Finnish');
  });
  it('gives the labels of a list of ids in their order, and none for no ids', () => {
    expect(labelsOf(SUPPORT_TYPES, ['instrumental', 'emotional'])).toEqual(['Practical help', 'Emotional']);
    expect(labelsOf(SUPPORT_TYPES, undefined)).toEqual([]);
  });
  it('uses person-first language', () => {
    const text = JSON.stringify([CATEGORIES, SUPPORT_TYPES, PATHWAYS]).toLowerCase();
    for (const word of ['addict', 'abuser', 'clean', 'dirty']) expect(text).not.toContain(word);
  });
});
