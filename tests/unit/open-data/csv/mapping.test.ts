/**
 * The mapping file of `npm run import:csv` (src/lib/open-data/csv/mapping.ts): columns, joined
 * columns, value maps and constants, the one-line errors for a mapping that cannot be used, and
 * the JSON paths a mapping may name (src/lib/open-data/csv/read.ts). Fixtures are small files in
 * tests/fixtures/csv-import/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MappingError, missingColumns, parseMapping } from '#lib/open-data/csv/mapping.ts';
import { readCsv, valueAt } from '#lib/open-data/csv/read.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/csv-import/${name}`, import.meta.url));
const read = (name: string) => readFileSync(fixture(name), 'utf8');

describe('the mapping file', () => {
  it('reads columns, joined columns, value maps and constants', () => {
    const mapping = parseMapping(read('providers.yaml'));
    expect(mapping.columns.find((rule) => rule.field === 'address.street')).toMatchObject({
      sources: [{ column: 'Street' }, { column: 'Suite' }],
      join: ', ',
    });
    expect(mapping.columns.find((rule) => rule.field === 'features')!.sources[0]!.map).toEqual({
      yes: 'childcare',
      no: null,
    });
    expect(mapping.set).toMatchObject({ category: 'treatment', last_verified: '2020-06-01' });
    expect(mapping.missing.has('na')).toBe(true);
  });

  it('names an unknown field, a bad constant, or a missing required field in one line', () => {
    expect(() => parseMapping(read('unknown-field.yaml'))).toThrow(/columns: "adress\.city" is not a listing field/);
    expect(() =>
      parseMapping('set: { category: nope, support: [emotional], last_verified: 2020-01-01 }\ncolumns: { name: A }'),
    ).toThrow(/set: category: .*nope/);
    expect(() => parseMapping('columns: { name: A }\nset: { category: food, support: [instrumental] }')).toThrow(
      /last_verified is not given/,
    );
    expect(() => parseMapping('columns: [')).toThrow(MappingError);
    expect(() => parseMapping('colums: {}')).toThrow(/"colums" is not understood/);
    expect(() => parseMapping('columns: { hours: Hours }\nset: {}')).toThrow(/hours cannot come from a column/);
  });

  it('lists columns the CSV lacks', () => {
    const mapping = parseMapping(read('providers.yaml'));
    expect(missingColumns(mapping, ['Facility Name'])).toContain('Street');
    expect(missingColumns(mapping, readCsv(read('providers.csv')).header!)).toEqual([]);
  });

  it('reads nested JSON paths', () => {
    const record = { coordinates: [-122.2, 37.4], phones: [[{ number: '650 555 0100' }]], a: { b: 'c' } };
    expect(valueAt(record, 'coordinates[1]')).toBe(37.4);
    expect(valueAt(record, 'phones[0][0].number')).toBe('650 555 0100');
    expect(valueAt(record, 'a.b')).toBe('c');
    expect(valueAt(record, 'a.x.y')).toBeUndefined();
  });
});
