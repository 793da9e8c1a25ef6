/**
 * CONTRIBUTING.md is what volunteers read instead of the schemas: its table of fields must name
 * every field a listing may have and every value each vocabulary allows, so a field added to
 * the schema or an id added to the taxonomy cannot be left out of the guide.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LISTING_FIELDS } from '#schemas/listing.ts';
import * as taxonomy from '#taxonomy';

const guide = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');
const table = guide.slice(guide.indexOf('## The fields'), guide.indexOf('## Editors that check as you type'));

describe('the field table in CONTRIBUTING.md', () => {
  it('names every listing field', () => {
    expect(LISTING_FIELDS.filter((field) => !table.includes(`\`${field}\``))).toEqual([]);
  });

  it.each([
    'CATEGORY_IDS',
    'SUPPORT_IDS',
    'PATHWAY_IDS',
    'POPULATION_IDS',
    'ATTENDANCE_IDS',
    'COST_IDS',
    'ACCESSIBILITY_IDS',
    'FEATURE_IDS',
    'FELLOWSHIP_IDS',
    'STATUS_IDS',
    'VERIFIED_HOW_IDS',
    'HOUSING_GENDER_IDS',
    'MOUD_POLICY_IDS',
  ] as const)('lists every value of %s', (name) => {
    expect(taxonomy[name].filter((id) => !table.includes(`\`${id}\``))).toEqual([]);
  });
});

describe('the guide to translations and languages', () => {
  const section = (heading: string) => {
    const start = guide.indexOf(`\n${heading}\n`);
    expect(start, heading).toBeGreaterThan(-1);
    const next = guide.slice(start + heading.length + 2).search(/\n## /);
    return guide.slice(start, next === -1 ? undefined : start + heading.length + 2 + next);
  };

  it('explains translating a listing: the block, the fields, what happens untranslated, the rules', () => {
    const text = section('## Translating a listing');
    for (const words of ['translations:', '  es:', 'name:', 'summary:', 'description: |', 'not translated']) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/translations\.fr` is refused/);
  });

  it('says the form of address, and the terms to use and to avoid in Spanish', () => {
    const text = section('## Translating a listing');
    expect(text).toMatch(/Address the reader as \*usted\*/);
    for (const term of ['persona en recuperación', 'trastorno por consumo de sustancias']) expect(text).toContain(term);
    for (const term of ['adicto', 'drogadicto', 'limpio', 'sucio'])
      expect(text).toMatch(new RegExp(`Never.*\\*${term}\\*`, 's'));
  });

  it('explains adding a language, naming the files and the tests that check it', () => {
    const text = section('## Adding a language');
    for (const path of [
      'src/i18n/languages.ts',
      'src/i18n/dictionaries/en/',
      'vocabulary.ts',
      'tests/unit/i18n/dictionaries.test.ts',
      'data/site.yaml',
    ]) {
      expect(text).toContain(path);
    }
  });
});
