/**
 * The JSON Schemas editors use (public/schema/, written by `npm run schema`): they must not drift
 * from the zod schemas, must accept every listing the validator accepts, and must flag what
 * JSON Schema can say (unknown fields, values outside a vocabulary, badly written times).
 * Checked with ajv, a validator independent of zod, the way an editor's language server would.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listingJsonSchema, schemaText, siteJsonSchema } from '#lib/authoring/json-schema.ts';
import { listingFileText } from '#lib/authoring/listing-file.ts';
import {
  isSchemaComment,
  LISTING_SCHEMA_FILE,
  schemaComment,
  SITE_SCHEMA_FILE,
} from '#lib/authoring/schema-comment.ts';
import { isListingFile } from '#lib/validate/index.ts';
import { readListingSource } from '#lib/validate/source.ts';
import { addressSchema } from '#schemas/place.ts';
import { timeSchema } from '#schemas/schedule.ts';
import { isoDateSchema } from '#schemas/common.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures');

/** An ajv in strict mode (a schema keyword it does not know is an error), with the formats used. */
function compile(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // The plain words editors show when a pattern fails (VS Code's JSON and YAML services read it).
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addFormat('date', (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  return ajv.compile(schema);
}

const listing = compile(listingJsonSchema());
const site = compile(siteJsonSchema());

/** The fields of a listing file, read as the validator reads them (YAML 1.2). */
function fieldsOf(path: string): unknown {
  const source = readListingSource(path, readFileSync(path, 'utf8'));
  expect(source.problems, path).toEqual([]);
  return source.data;
}

/** Listing files under `dir`, as absolute paths. */
function listingFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => isListingFile(entry))
    .map((entry) => join(dir, entry))
    .sort();
}

const errorsOf = (validate: ValidateFunction, data: unknown): ErrorObject[] =>
  validate(data) ? [] : (validate.errors ?? []);

describe('the committed schemas', () => {
  it.each([
    [LISTING_SCHEMA_FILE, listingJsonSchema],
    [SITE_SCHEMA_FILE, siteJsonSchema],
  ])('%s matches a fresh generation', (file, generate) => {
    const committed = readFileSync(join(root, file), 'utf8');
    expect(committed === schemaText(generate()), `${file} is out of date; run npm run schema and commit it`).toBe(true);
  });

  it('are draft-07, which the YAML editor extension implements, and compile in strict mode', () => {
    expect(listingJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(siteJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('say which rules only npm run validate checks', () => {
    expect(listingJsonSchema().description).toMatch(/rules that tie fields together.*npm run validate/);
  });

  it('give every regular expression plain words for the editor to show when it fails', () => {
    const bare: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      // site.yaml's theme colour is set by the developers, not by volunteers.
      if (typeof schema.pattern === 'string' && typeof schema.patternErrorMessage !== 'string' && !at.endsWith('color'))
        bare.push(at);
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    walk(listingJsonSchema(), 'listing');
    walk(siteJsonSchema(), 'site');
    expect(bare).toEqual([]);
    const hours = (listingJsonSchema().properties as Record<string, { items: { properties: Record<string, object> } }>)
      .hours!;
    expect(hours.items.properties.opens).toMatchObject({
      patternErrorMessage: 'Write a 24-hour time in quotes, like "19:00" for 7 pm or "07:30" (midnight is "00:00").',
    });
  });

  it('keep every field’s description for hover text', () => {
    const properties = listingJsonSchema().properties as Record<string, { description?: string }>;
    expect(Object.entries(properties).filter(([, field]) => !field.description)).toEqual([]);
  });
});

describe('every listing the validator accepts passes', () => {
  const samples = listingFiles(join(root, 'data/listings'));
  it('reads the sample listings', () => expect(samples.length).toBeGreaterThan(100));
  it.each(samples.map((file) => relative(root, file)))('%s', (file) => {
    expect(errorsOf(listing, fieldsOf(join(root, file)))).toEqual([]);
  });
  it.each(listingFiles(join(fixtures, 'valid')).map((file) => relative(root, file)))('%s', (file) => {
    expect(errorsOf(listing, fieldsOf(join(root, file)))).toEqual([]);
  });
  it('passes data/site.yaml and the fixture site.yaml', () => {
    for (const file of ['data/site.yaml', 'tests/fixtures/project/data/site.yaml']) {
      expect(errorsOf(site, fieldsOf(join(root, file))), file).toEqual([]);
    }
  });
});

describe('mistakes the editor flags', () => {
  it('an unknown field (a typo), naming it', () => {
    const errors = errorsOf(listing, fieldsOf(join(fixtures, 'malformed/schema-comment-unknown-field.md')));
    expect(errors).toEqual([
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'phon' } }),
    ]);
  });

  it('a value outside a vocabulary, naming the field', () => {
    const errors = errorsOf(listing, fieldsOf(join(fixtures, 'malformed/schema-comment-bad-category.yaml')));
    expect(errors).toEqual([expect.objectContaining({ keyword: 'enum', instancePath: '/category' })]);
  });

  it('an unknown nested field, a missing required field, a repeated value and a bad meeting type', () => {
    const base = { name: 'Example', category: 'food', support: ['instrumental'], last_verified: '2026-11-01' };
    expect(errorsOf(listing, { ...base, geo: { lat: 42.7, lon: -84.5 } }).map((e) => e.keyword)).toEqual(
      expect.arrayContaining(['additionalProperties', 'required']),
    );
    expect(errorsOf(listing, { ...base, last_verified: undefined })).toEqual([
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'last_verified' } }),
    ]);
    expect(errorsOf(listing, { ...base, support: ['emotional', 'emotional'] })).toEqual([
      expect.objectContaining({ keyword: 'uniqueItems', instancePath: '/support' }),
    ]);
    expect(errorsOf(listing, { ...base, meeting_types: ['O', 'XYZ'] })).toEqual([
      expect.objectContaining({ keyword: 'enum', instancePath: '/meeting_types/1' }),
    ]);
    expect(errorsOf(listing, { ...base, website: 'javascript:alert(1)' })).toEqual([
      expect.objectContaining({ keyword: 'pattern', instancePath: '/website' }),
    ]);
    expect(errorsOf(listing, { ...base, conference_url: 'http://example.org/join' })).toEqual([
      expect.objectContaining({ keyword: 'pattern', instancePath: '/conference_url' }),
    ]);
  });

  it('a misspelt or empty translation, and a translation that is not text', () => {
    const base = { name: 'Example', category: 'food', support: ['instrumental'], last_verified: '2026-11-01' };
    expect(errorsOf(listing, { ...base, translations: { es: { summary: 'Comida gratis.' } } })).toEqual([]);
    expect(errorsOf(listing, { ...base, translations: { es: { summry: 'Comida' } } })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          keyword: 'additionalProperties',
          instancePath: '/translations/es',
          params: { additionalProperty: 'summry' },
        }),
      ]),
    );
    expect(errorsOf(listing, { ...base, translations: { es: {} } })).toEqual([
      expect.objectContaining({ keyword: 'minProperties', instancePath: '/translations/es' }),
    ]);
    expect(errorsOf(listing, { ...base, translations: { es: { summary: '' } } })).toEqual([
      expect.objectContaining({ keyword: 'minLength', instancePath: '/translations/es/summary' }),
    ]);
  });

  it('describes translations for hover text', () => {
    const translations = (listingJsonSchema().properties as Record<string, Record<string, unknown>>).translations!;
    expect(translations.description).toMatch(/other languages.*es: \{ name, summary, description \}/);
    const fields = (translations.additionalProperties as { properties: Record<string, { description?: string }> })
      .properties;
    expect(Object.keys(fields)).toEqual(['name', 'summary', 'description']);
    expect(Object.values(fields).every((field) => field.description)).toBe(true);
  });

  it('an unknown field in site.yaml', () => {
    const data = fieldsOf(join(root, 'data/site.yaml')) as Record<string, unknown>;
    expect(errorsOf(site, { ...data, colour: 'blue' })).toEqual([
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'colour' } }),
    ]);
  });
});

describe('times, postal codes and dates: the editor and the validator agree', () => {
  const base = { name: 'Example', category: 'food', support: ['instrumental'], last_verified: '2026-11-01' };
  type Zod = { safeParse: (value: unknown) => { success: boolean } };

  /** The JSON Schema's answer for `value` in one field, after checking the validator's is the same. */
  function agree(field: (value: unknown) => object, zod: Zod, value: unknown): boolean {
    const json = listing({ ...base, ...field(value) });
    expect(json, `the JSON Schema and the validator differ on ${JSON.stringify(value)}`).toBe(
      zod.safeParse(value).success,
    );
    return json;
  }

  it.each<[unknown, boolean]>([
    ['19:00', true],
    ['07:30', true],
    ['00:00', true],
    ['23:59', true],
    ['7:30', false],
    ['24:00', false],
    ['19.00', false],
    [1140, false], // a YAML 1.1 reader's unquoted 19:00
  ])('time %j → %s', (value, ok) => {
    expect(agree((start) => ({ schedule: [{ day: 'monday', start }] }), timeSchema, value)).toBe(ok);
  });

  it.each<[unknown, boolean]>([
    ['48912', true],
    ['08540', true],
    ['K1A 0B1', true],
    ['SW1A-1AA', true],
    ['4', false],
    ['#48912', false],
    [8540, false], // an unquoted 08540
  ])('postal code %j → %s', (value, ok) => {
    const postalCode = addressSchema.shape.postal_code;
    expect(agree((postal_code) => ({ address: { city: 'Lansing', postal_code } }), postalCode, value)).toBe(ok);
  });

  it.each<[unknown, boolean]>([
    ['2026-11-02', true], // what a YAML 1.2 editor reads an unquoted date as
    ['2024-02-29', true],
    ['2026-02-30', false],
    ['11/02/2026', false],
    ['2026-1-2', false],
  ])('date %j → %s', (value, ok) => {
    expect(agree((last_verified) => ({ last_verified }), isoDateSchema, value)).toBe(ok);
  });
});

describe('the schema comment', () => {
  it('points from a listing file to public/schema/listing.json, at any depth', () => {
    expect(schemaComment('data/listings/food/pantry.md')).toBe(
      '# yaml-language-server: $schema=../../../public/schema/listing.json',
    );
    expect(schemaComment('data/listings/mutual-aid-meeting/online/x.yaml')).toBe(
      '# yaml-language-server: $schema=../../../../public/schema/listing.json',
    );
    expect(schemaComment('data/site.yaml', SITE_SCHEMA_FILE)).toBe(
      '# yaml-language-server: $schema=../public/schema/site.json',
    );
  });

  it('is right in every sample listing that has one', () => {
    const wrong: string[] = [];
    for (const file of listingFiles(join(root, 'data/listings'))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const line = (file.endsWith('.md') ? lines[1] : lines[0]) ?? '';
      if (!isSchemaComment(line)) continue;
      const target = resolve(dirname(file), line.split('$schema=')[1]!.trim());
      if (target !== join(root, LISTING_SCHEMA_FILE)) wrong.push(relative(root, file));
    }
    expect(wrong, 'these files point to the wrong schema path; copy the line from schemaComment()').toEqual([]);
  });

  it('is written by the Meeting Guide importer when it knows the file', () => {
    const file = posix.join('data/listings/meetings', 'x.md');
    expect(listingFileText({ name: 'X' }, '', file)).toBe(
      '---\n# yaml-language-server: $schema=../../../public/schema/listing.json\nname: "X"\n---\n',
    );
  });
});
