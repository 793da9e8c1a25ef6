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
