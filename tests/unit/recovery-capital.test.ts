import { describe, expect, it } from 'vitest';
import {
  CAPITAL_AREA_IDS,
  CAPITAL_STATEMENTS,
  CAPITAL_STATEMENT_IDS,
  RATING_VALUES,
  capitalStatement,
} from '#recovery-capital';
import { CATEGORY_IDS, PATHWAY_IDS, POPULATION_IDS, SUPPORT_IDS } from '#taxonomy';
import { DICTIONARIES } from '#i18n/index.ts';

describe('recovery capital statements', () => {
  it('lists each statement once, in the order of its ids, in a known area', () => {
    expect(CAPITAL_STATEMENTS.map((s) => s.id)).toEqual([...CAPITAL_STATEMENT_IDS]);
    expect(new Set(CAPITAL_STATEMENT_IDS).size).toBe(CAPITAL_STATEMENT_IDS.length);
    for (const s of CAPITAL_STATEMENTS) expect(CAPITAL_AREA_IDS).toContain(s.area);
    // Every area has statements (the page groups them by area, whatever their place in the list).
    for (const area of CAPITAL_AREA_IDS)
      expect(
        CAPITAL_STATEMENTS.some((s) => s.area === area),
        area,
      ).toBe(true);
  });

  it('maps every statement to at least one category that exists, and only to terms that exist', () => {
    for (const s of CAPITAL_STATEMENTS) {
      expect(s.categories.length, s.id).toBeGreaterThan(0);
      for (const id of s.categories) expect(CATEGORY_IDS, `${s.id}: ${id}`).toContain(id);
      const extra = s as { pathways?: readonly string[]; populations?: readonly string[]; support?: readonly string[] };
      for (const id of extra.pathways ?? []) expect(PATHWAY_IDS).toContain(id);
      for (const id of extra.populations ?? []) expect(POPULATION_IDS).toContain(id);
      for (const id of extra.support ?? []) expect(SUPPORT_IDS).toContain(id);
    }
  });

  it('points medication for cravings to treatment on the medication pathway', () => {
    expect(capitalStatement('craving-medication')).toMatchObject({
      categories: ['treatment'],
      pathways: ['medication-assisted'],
    });
    expect(capitalStatement('sober-home')!.categories).toEqual(['recovery-housing']);
    expect(capitalStatement('nope')).toBeUndefined();
  });

  it('has a five-point scale, and words for every statement, area and answer in every language', () => {
    expect(RATING_VALUES).toEqual([5, 4, 3, 2, 1]);
    for (const [lang, dict] of Object.entries(DICTIONARIES)) {
      for (const id of CAPITAL_STATEMENT_IDS) {
        expect(dict.capital.statements[id].text, `${lang} ${id}`).toMatch(/\S/);
        expect(dict.capital.statements[id].short, `${lang} ${id}`).toMatch(/\S/);
      }
      for (const area of CAPITAL_AREA_IDS) expect(dict.capital.areas[area]).toMatch(/\S/);
      for (const value of RATING_VALUES) expect(dict.capital.ratings[value]).toMatch(/\S/);
    }
  });

  it('never reads as a test or a screening', () => {
    for (const dict of Object.values(DICTIONARIES)) {
      const text = JSON.stringify(dict.capital).toLowerCase();
      for (const word of [
        'score',
        'screening',
        'pass',
        'fail',
        'addict',
        'clean',
        'dirty',
        'puntaje',
        'adicto',
        'limpio',
      ])
        expect(text, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    }
  });
});
