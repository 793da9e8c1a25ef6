/** Meeting Guide type names per language (src/lib/meetings/type-labels.ts). */
import { describe, expect, it } from 'vitest';
import { getTypesForLanguage } from '@code4recovery/spec';
import { meetingTypeLabel } from '#lib/meetings/type-labels.ts';

describe('meetingTypeLabel', () => {
  it('gives the spec’s English names by default', () => {
    expect(['O', 'C', 'W', 'CF'].map((code) => meetingTypeLabel(code))).toEqual([
      'Open',
      'Closed',
      'Women',
      'Child-Friendly',
    ]);
  });

  it('gives the spec’s Spanish names on Spanish pages', () => {
    expect(['O', 'C', 'W', 'S', 'BE'].map((code) => meetingTypeLabel(code, 'es'))).toEqual([
      'Abierta',
      'Cerrada',
      'Mujeres',
      'Español',
      'Principiantes',
    ]);
  });

  it('has a Spanish name for every code the spec knows', () => {
    const spanish = getTypesForLanguage('es');
    for (const code of Object.keys(getTypesForLanguage('en'))) {
      expect(meetingTypeLabel(code, 'es'), code).toBe(spanish[code as keyof typeof spanish]);
    }
  });

  it('falls back to the code for one the spec does not know', () => {
    expect(meetingTypeLabel('ZZZ', 'es')).toBe('ZZZ');
  });
});
