/** The Meeting Guide type codes (src/lib/open-data/meeting-guide/codes.ts): one table, read in both directions. */
import { describe, expect, it } from 'vitest';
import { codesFromListing, fieldsFromCodes } from '#lib/open-data/meeting-guide/codes.ts';

describe('type codes: one table both ways', () => {
  it('reads codes into fields and keeps every valid code, without ONL and TC', () => {
    const fields = fieldsFromCodes(['O', 'W', 'X', 'S', 'ONL', 'TC', 'ASL', 'BA', 'NOPE']);
    expect(fields.meeting_types).toEqual(['O', 'W', 'X', 'S', 'ASL', 'BA']);
    expect(fields.populations).toEqual(['women']);
    expect(fields.accessibility).toEqual(['wheelchair', 'asl']);
    expect(fields.languages).toEqual(['es', 'ase']);
    expect(fields.features).toEqual(['childcare']);
    expect(fields).toMatchObject({ online: true, temporarilyClosed: true, unknown: ['NOPE'] });
  });

  it('reads a code written in the wrong case as the spec spells it', () => {
    expect(fieldsFromCodes(['w', '12X12', 'onl'])).toMatchObject({ meeting_types: ['W', '12x12'], online: true });
  });

  it('derives codes from fields written by hand, and ONL for meetings joined from home', () => {
    const codes = codesFromListing({
      attendance: 'hybrid',
      meeting_types: ['O'],
      populations: ['women', 'young-adults'],
      accessibility: ['wheelchair'],
      languages: ['en', 'es'],
    });
    expect(codes).toEqual(['EN', 'O', 'ONL', 'S', 'W', 'X', 'Y']);
  });

  it('does not add EN for a listing whose only language is English (the default)', () => {
    expect(codesFromListing({ attendance: 'in-person', languages: ['en'] })).toEqual([]);
    expect(codesFromListing({ attendance: 'in-person', meeting_types: ['EN'], languages: ['en'] })).toEqual(['EN']);
  });

  it('adds no second code for a value one of the listing’s own codes already stands for', () => {
    // G (gay) counts as LGBTQ+; the export must not add LGBTQ to a feed record that said G.
    const fields = fieldsFromCodes(['G', 'NDG']);
    expect(fields.populations).toEqual(['lgbtq', 'native']);
    expect(codesFromListing({ attendance: 'in-person', ...fields })).toEqual(['G', 'NDG']);
  });

  it('gives back exactly the codes it read (import then export)', () => {
    for (const codes of [
      ['O', 'W', 'X'],
      ['C', 'S', 'EN', 'SP'],
      ['ASL', 'BE'],
      ['T', 'L', 'DD', 'SEN', 'FF', 'XB', 'CF'],
    ]) {
      const fields = fieldsFromCodes(codes);
      const languages = fields.languages.length > 0 ? fields.languages : ['en'];
      expect(codesFromListing({ attendance: 'in-person', ...fields, languages })).toEqual([...codes].sort());
    }
  });
});
