/**
 * JSON Schemas for editors, generated from the zod schemas (`npm run schema` writes them to
 * public/schema/). With the Red Hat YAML extension (or any YAML language server) a volunteer
 * sees a typo, a wrong category or a bad time underlined while typing, hover text for every
 * field, and completion of allowed values, before the validator ever runs.
 *
 * The zod schemas stay the source of truth: `npm run validate` and the build use them, and they
 * check more than JSON Schema can say (phone numbers, time zones, the rules that tie fields
 * together). These schemas accept everything the validator accepts and flag what they can.
 */
import { getTypesForLanguage } from '@code4recovery/spec';
import { z } from 'astro/zod';
import { listingFields } from '#schemas/listing.ts';
import { siteSchema } from '#schemas/site.ts';

export { LISTING_SCHEMA_FILE, SITE_SCHEMA_FILE } from './schema-comment.ts';

type JsonSchema = Record<string, unknown>;

/**
 * Dates (`last_verified`, `event_dates`) are zod unions of a YYYY-MM-DD string and a Date,
 * because Astro's YAML reader turns an unquoted date into a Date. A YAML language server reads
 * YAML 1.2, where `2026-11-02` is a string, so only the string branch matters; the Date branch
 * has no JSON form and is dropped (an empty schema in its place would accept anything).
 */
function dropDateBranch(ctx: { zodSchema: { _zod: { def: { type: string } } } }): JsonSchema | 'throw' {
  return ctx.zodSchema._zod.def.type === 'date' ? { [DROP]: true } : 'throw';
}
const DROP = '__drop__';

/**
 * `z.url({ protocol: /^https?$/ })` becomes `format: "uri"` alone, which would accept
 * `javascript:` and `ftp:` links; the protocol rule becomes a pattern, with the words an editor
 * shows when it fails (see PLAIN_WORDS).
 */
function urlProtocolPattern(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const def = (ctx.zodSchema as { _zod: { def: { format?: string; protocol?: unknown } } })._zod.def;
  if (def.format === 'url' && def.protocol instanceof RegExp) {
    const protocol = def.protocol.source.replace(/^\^/, '').replace(/\$$/, '');
    ctx.jsonSchema.pattern = `^(?:${protocol})://`;
    ctx.jsonSchema.patternErrorMessage =
      protocol === 'https'
        ? 'Write the full secure link, starting with https://, like "https://example.org/join".'
        : 'Write the full web address, starting with https://, like "https://example.org".';
  }
}

/**
 * PLAIN_WORDS: a regular expression's failure reads "String does not match the pattern of
 * ^([01]\d|2[0-3]):[0-5]\d$" in an editor. The JSON language services behind VS Code's JSON
 * support and the Red Hat YAML extension show a schema's `patternErrorMessage` instead (and
 * `errorMessage` for any failure); other tools ignore both keywords. Times, dates, postal and
 * country codes set theirs with `.meta()` beside the zod rule; web addresses get theirs above.
 */

/** Removes the dropped branches left in `anyOf` lists, unwrapping a list left with one member. */
function removeDropped(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(removeDropped);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = removeDropped(value);
  if (Array.isArray(out.anyOf)) {
    const kept = (out.anyOf as JsonSchema[]).filter((branch) => !(DROP in branch));
    if (kept.length === 1) {
      delete out.anyOf;
      return { ...out, ...kept[0] };
    }
    out.anyOf = kept;
  }
  return out;
}

/** zod → JSON Schema (draft-07) of what a file may contain, before defaults are applied. */
function toJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    // Draft-07, not zod's default 2020-12: the Red Hat YAML extension (the editor support
    // volunteers get) implements draft-07, warns that 2020-12 is "not yet fully supported", and
    // misreads 2020-12 tuples (`prefixItems` with `items: false`, as in region.bounds) as errors.
    target: 'draft-07',
    // The input side: fields with a default are optional in the file, as the validator treats them.
    io: 'input',
    unrepresentable: dropDateBranch,
    override: urlProtocolPattern,
  });
  return removeDropped(json) as JsonSchema;
}

/** The JSON Schema of one listing file (`.yaml` fields or `.md` front matter). */
export function listingJsonSchema(): JsonSchema {
  const json = toJsonSchema(listingFields);
  const properties = json.properties as Record<string, JsonSchema>;
  // Meeting Guide codes are checked with a function in zod; here they become a list, so an
  // editor can complete them and flag a mistyped one.
  const meetingTypes = properties.meeting_types!;
  meetingTypes.items = { type: 'string', enum: Object.keys(getTypesForLanguage('en')).sort() };
  const { $schema, ...rest } = json;
  return {
    $schema,
    title: 'Recovery asset listing',
    description:
      'One listing under data/listings/: the fields of a .yaml file, or the front matter of a .md file. Generated from src/schemas/listing.ts by `npm run schema`; do not edit by hand. It cannot express every rule: phone numbers, time zones, language codes, the region bounds, and the rules that tie fields together (in-person listings need geo, recovery housing needs housing.moud, a private location has no street, …) are checked by `npm run validate`, which has the last word.',
    ...rest,
  };
}

/** The JSON Schema of data/site.yaml. */
export function siteJsonSchema(): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(siteSchema);
  return {
    $schema,
    title: 'Site configuration (data/site.yaml)',
    ...rest,
    description:
      'The community’s site configuration. Generated from src/schemas/site.ts by `npm run schema`; do not edit by hand. `npm run validate` checks more (time zones, that the map center lies inside the bounds) and has the last word.',
  };
}

/** The schema text as committed: two-space JSON with a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
