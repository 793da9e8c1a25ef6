import { describe, expect, it } from 'vitest';
import {
  ACCESSIBILITY,
  ALL_PATHWAYS_TERM,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  NARR_LEVELS,
  PATHWAYS,
  POPULATIONS,
  SUPPORT_TYPES,
  WEEKDAYS,
  type Term,
} from '#taxonomy';
import { TERM_WORDS, wordsOf, type WordVocabulary } from '#taxonomy-words';

/** Each words table beside the vocabulary it belongs to. */
const VOCABULARIES: Record<WordVocabulary, readonly Term[]> = {
  category: CATEGORIES,
  support: SUPPORT_TYPES,
  pathway: [...PATHWAYS, ALL_PATHWAYS_TERM],
  population: POPULATIONS,
  attendance: ATTENDANCE,
  cost: COSTS,
  accessibility: ACCESSIBILITY,
  feature: FEATURES,
  fellowship: FELLOWSHIPS,
  moud: MOUD_POLICIES,
  housingGender: HOUSING_GENDERS,
  narrLevel: NARR_LEVELS,
  weekday: WEEKDAYS,
};

describe('everyday words for the vocabularies', () => {
  it('gives every term of every vocabulary English and Spanish words, and no word to an unknown id', () => {
    for (const [name, terms] of Object.entries(VOCABULARIES) as [WordVocabulary, readonly Term[]][]) {
      const table: Record<string, { en: readonly string[]; es: readonly string[] }> = TERM_WORDS[name];
      expect(Object.keys(table).sort(), name).toEqual(terms.map((t) => t.id).sort());
      for (const term of terms) {
        const words = table[term.id]!;
        expect(words.en.length, `${name}.${term.id} in English`).toBeGreaterThan(0);
        expect(words.es.length, `${name}.${term.id} in Spanish`).toBeGreaterThan(0);
        for (const word of [...words.en, ...words.es]) {
          expect(word.trim(), `${name}.${term.id}`).toBe(word);
          expect(word, `${name}.${term.id}: plain text`).not.toMatch(/[<>&]/);
        }
      }
    }
    expect(wordsOf('category', 'no-such-category')).toEqual([]);
    expect(wordsOf('category', 'constructor')).toEqual([]);
    expect(wordsOf('cost', undefined)).toEqual([]);
  });
  it('has the words people use for the terms they mean', () => {
    expect(wordsOf('category', 'recovery-housing')).toEqual(
      expect.arrayContaining(['sober living', 'halfway house', 'recovery home', 'vivienda']),
    );
    expect(wordsOf('pathway', 'medication-assisted')).toEqual(
      expect.arrayContaining(['MAT', 'Suboxone', 'buprenorphine', 'bupe', 'methadone', 'medicamento']),
    );
    expect(wordsOf('category', 'dental')).toEqual(expect.arrayContaining(['dentist', 'teeth', 'dentista']));
    expect(wordsOf('category', 'employment')).toEqual(expect.arrayContaining(['job', 'work', 'trabajo', 'empleo']));
  });
  it('keeps medication names away from houses that do not accept medication', () => {
    const words = wordsOf('moud', 'not-accepted').join(' ').toLowerCase();
    for (const name of ['suboxone', 'methadone', 'buprenorphine', 'mat', 'moud']) expect(words).not.toContain(name);
  });
  it('uses person-first language', () => {
    const text = JSON.stringify(TERM_WORDS).toLowerCase();
    for (const word of ['addicts?', 'abusers?', 'clean', 'dirty', 'junkies?', 'alcoholics?(?! anonymous)'])
      expect(text).not.toMatch(new RegExp(`\\b${word}\\b`));
  });
});
