/** One table of meeting types and listing fields (src/taxonomy.ts), read by the meetings page. */
import { isMeetingType } from '@code4recovery/spec';
import { describe, expect, it } from 'vitest';
import { meetingTypesOf } from '#lib/meetings/type-codes.ts';
import { ACCESSIBILITY_IDS, FEATURE_IDS, MEETING_TYPE_CODES, POPULATION_IDS } from '#taxonomy';

describe('the meeting type table', () => {
  it('names only codes the Meeting Guide spec knows and values the vocabularies define', () => {
    const vocabularies: Record<string, readonly string[]> = {
      populations: POPULATION_IDS,
      accessibility: ACCESSIBILITY_IDS,
      features: FEATURE_IDS,
    };
    for (const row of MEETING_TYPE_CODES) {
      expect(isMeetingType(row.code), row.code).toBe(true);
      if (row.field !== 'languages') expect(vocabularies[row.field], `${row.field}: ${row.value}`).toContain(row.value);
    }
  });

  it('says that "Kids welcome" is the type Child-Friendly and child care is Babysitting Available', () => {
    const code = (value: string) => MEETING_TYPE_CODES.find((row) => row.field === 'features' && row.value === value);
    expect(code('kid-friendly')?.code).toBe('CF');
    expect(code('childcare')?.code).toBe('BA');
  });
});

describe('a listing’s meeting types', () => {
  it('adds the type of a feature said in other words: kids welcome is Child-Friendly', () => {
    expect(meetingTypesOf({ features: ['kid-friendly', 'food-provided'] })).toEqual(['CF']);
  });

  it('keeps the listing’s own codes first, in its order, without repeats', () => {
    expect(meetingTypesOf({ meeting_types: ['O', 'D', 'O'], populations: ['women'] })).toEqual(['O', 'D', 'W']);
  });

  it('adds nothing a stated code already stands for', () => {
    expect(meetingTypesOf({ meeting_types: ['CF'], features: ['kid-friendly'] })).toEqual(['CF']);
    // G counts as LGBTQ+, so `lgbtq` adds no second code.
    expect(meetingTypesOf({ meeting_types: ['G'], populations: ['lgbtq'] })).toEqual(['G']);
  });

  it('adds Spanish for a listing in Spanish, and English only beside another language', () => {
    expect(meetingTypesOf({ languages: ['es'] })).toEqual(['S']);
    expect(meetingTypesOf({ languages: ['en'] })).toEqual([]);
    expect(meetingTypesOf({ languages: ['en', 'es'] })).toEqual(['EN', 'S']);
  });

  it('gives none for a listing with no types and nothing that implies one', () => {
    expect(meetingTypesOf({})).toEqual([]);
    expect(meetingTypesOf({ features: ['wifi'], accessibility: ['large-print'] })).toEqual([]);
  });
});
