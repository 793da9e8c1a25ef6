/**
 * npm run schema
 *
 * Writes the JSON Schemas editors use to check listing files as they are typed
 * (public/schema/listing.json and site.json, served at /schema/…), generated from the zod
 * schemas in src/schemas/. Run it after changing a schema or the taxonomy; a unit test fails
 * while the committed files differ from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import {
  LISTING_SCHEMA_FILE,
  listingJsonSchema,
  schemaText,
  SITE_SCHEMA_FILE,
  siteJsonSchema,
} from '#lib/authoring/json-schema.ts';

for (const [file, schema] of [
  [LISTING_SCHEMA_FILE, listingJsonSchema()],
  [SITE_SCHEMA_FILE, siteJsonSchema()],
] as const) {
  writeFileSync(file, schemaText(schema));
  console.log(`Wrote ${file}`);
}
