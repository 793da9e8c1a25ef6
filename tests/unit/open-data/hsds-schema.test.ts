/**
 * Validates the HSDS export of the fixture listings against the official HSDS 3.0 compiled
 * `service` schema, which lives outside the project (../shared/schemas/hsds-3.0/). When that
 * folder is absent, the validation is skipped and a test says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { hsdsServices } from '#lib/open-data/hsds.ts';
import { fixtureListings, SITE } from '../../helpers/export-fixtures.ts';

const schemaUrl = new URL('../../../../shared/schemas/hsds-3.0/service.json', import.meta.url);
const schemaPath = fileURLToPath(schemaUrl);
const present = existsSync(schemaPath);

describe('HSDS 3.0 export', () => {
  const name = present
    ? `is valid against the official service schema at ${schemaPath}`
    : `official HSDS schema not found at ${schemaPath}; skipped`;
  it.skipIf(!present)(name, () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const services = hsdsServices(fixtureListings(), SITE);
    expect(services.length).toBe(4);
    const errors = services.flatMap((service) =>
      validate(service as unknown)
        ? []
        : (validate.errors ?? []).map((e) => `${service.name}: ${e.instancePath} ${e.message}`),
    );
    expect(errors).toEqual([]);
  });

  it.skipIf(!present)('is valid for a meeting by appointment: a schedule with no times', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const [meeting] = fixtureListings();
    const [service] = hsdsServices(
      [
        {
          ...meeting!,
          data: { ...meeting!.data, category: 'mutual-aid-meeting', hours: undefined, by_appointment: true },
        },
      ],
      SITE,
    );
    expect(service!.schedules).toEqual([
      expect.objectContaining({ description: expect.stringMatching(/^By appointment/) }),
    ]);
    expect(validate(service as unknown) ? [] : validate.errors).toEqual([]);
  });

  it.runIf(!present)(`official HSDS schema not found at ${schemaPath}; schema validation skipped`, () => {
    console.warn(`HSDS schema validation skipped: the official schema is not at ${schemaPath} (../shared is absent).`);
    expect(present).toBe(false);
  });
});
