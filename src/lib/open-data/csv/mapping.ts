/**
 * The mapping file of `npm run import:csv` (docs/csv-mapping.md): which column, or JSON path,
 * fills which listing field, the constants under `set:`, and the cell values that mean "no
 * value". Read and checked before any row is, so a mistyped field or a constant the schema would
 * reject stops the import with one line instead of failing every row.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { employerSchema, housingSchema, LISTING_FIELDS, listingFields } from '#schemas/listing.ts';
import { addressSchema, geoSchema } from '#schemas/place.ts';
import { friendlyErrorMap } from '#lib/validate/messages.ts';

/** One source of a value: a column (or JSON path), optionally through a value map. */
export interface ColumnSource {
  column: string;
  /** Source value (compared trimmed, ignoring case) → listing value; null leaves it out. */
  map?: Record<string, unknown> | undefined;
}

/** How one listing field is filled. */
export interface FieldRule {
  field: string;
  sources: ColumnSource[];
  /** Between the values of several columns. */
  join: string;
}

export interface Mapping {
  columns: FieldRule[];
  /** Constants, by listing field (dotted for nested fields); used when the columns give nothing. */
  set: Record<string, unknown>;
  /** Values that mean "no value" (compared trimmed, ignoring case). */
  missing: Set<string>;
}

/** A mapping file that cannot be used: one line for the command line. */
export class MappingError extends Error {}

/** The listing fields made of parts, and their parts (`address.city`). */
export const NESTED: Record<string, readonly string[]> = {
  address: Object.keys(addressSchema.shape),
  geo: Object.keys(geoSchema.shape),
  housing: Object.keys(housingSchema.shape),
  employer: Object.keys(employerSchema.shape),
};

/** Every field a mapping may name: listing fields, and `address.city`-style nested fields. */
const MAPPABLE_FIELDS: readonly string[] = LISTING_FIELDS.flatMap((field) =>
  NESTED[field] ? NESTED[field].map((sub) => `${field}.${sub}`) : [field],
);

/** Fields whose value is a list (a cell may hold several values separated by ; , or |). */
export const LIST_FIELDS = new Set([
  'support',
  'pathways',
  'meeting_types',
  'populations',
  'languages',
  'accessibility',
  'features',
  'event_dates',
  'employer.industries',
]);
/**
 * Fields written in words by whoever kept the spreadsheet: e-mail addresses and spreadsheet
 * formula characters are taken out of them (the other fields have formats the validator checks).
 */
export const FREE_TEXT_FIELDS = new Set([
  'name',
  'summary',
  'description',
  'conference_notes',
  'status_note',
  'address.street',
  'address.city',
  'address.region',
  'employer.industries',
]);
/** Fields whose value is a number. */
export const NUMBER_FIELDS = new Set(['geo.lat', 'geo.lng', 'housing.narr_level', 'housing.beds']);
/** Fields whose value is yes or no. */
export const BOOLEAN_FIELDS = new Set(['location_private', 'employer.fair_chance']);
/** Fields made of several values each: only constants (`set:`) can give them. */
const SET_ONLY_FIELDS = new Set(['hours', 'schedule']);

const DEFAULT_MISSING = ['', 'NA', 'N/A', 'null', 'none given', '-'];

function unknownField(field: string, where: string): MappingError {
  return new MappingError(`${where}: "${field}" is not a listing field; use one of ${MAPPABLE_FIELDS.join(', ')}`);
}

function readSource(value: unknown, where: string): ColumnSource {
  if (typeof value === 'string' && value.trim() !== '') return { column: value };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { column, map, ...rest } = value as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw new MappingError(`${where}: "${extra}" is not understood; use column and map`);
    if (typeof column !== 'string' || column.trim() === '') {
      throw new MappingError(`${where}: needs column: <the column's name>`);
    }
    if (map !== undefined && (typeof map !== 'object' || map === null || Array.isArray(map))) {
      throw new MappingError(`${where}: map must pair values with listing values, like { "Yes": childcare }`);
    }
    const lowered = map
      ? Object.fromEntries(Object.entries(map as Record<string, unknown>).map(([k, v]) => [k.trim().toLowerCase(), v]))
      : undefined;
    return { column, map: lowered };
  }
  throw new MappingError(`${where}: must be a column name, a list of column names, or { column: …, map: … }`);
}

/** Reads and checks a mapping file's text; throws MappingError with one line. */
export function parseMapping(text: string): Mapping {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new MappingError(`is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MappingError('must be a YAML mapping with columns: and set: (see docs/csv-mapping.md)');
  }
  const { columns = {}, set = {}, missing, ...rest } = raw as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) {
    throw new MappingError(`"${extra}" is not understood; a mapping has columns:, set: and missing:`);
  }
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(columns)) throw new MappingError('columns: must pair listing fields with column names');
  if (!isObject(set)) throw new MappingError('set: must pair listing fields with values');
  const rules: FieldRule[] = [];
  for (const [field, spec] of Object.entries(columns as Record<string, unknown>)) {
    if (!MAPPABLE_FIELDS.includes(field)) throw unknownField(field, 'columns');
    if (SET_ONLY_FIELDS.has(field)) {
      throw new MappingError(`columns: ${field} cannot come from a column; give it under set:`);
    }
    let join = field === 'description' ? '\n\n' : field === 'address.street' ? ', ' : ' ';
    let parts: unknown[];
    if (isObject(spec) && 'columns' in (spec as object)) {
      const { columns: list, join: sep, ...others } = spec as Record<string, unknown>;
      if (Object.keys(others).length > 0 || !Array.isArray(list) || (sep !== undefined && typeof sep !== 'string')) {
        throw new MappingError(`columns: ${field}: write { columns: [A, B], join: " " }`);
      }
      parts = list;
      if (typeof sep === 'string') join = sep;
    } else parts = Array.isArray(spec) ? spec : [spec];
    if (parts.length === 0) throw new MappingError(`columns: ${field}: names no column`);
    rules.push({ field, sources: parts.map((part) => readSource(part, `columns: ${field}`)), join });
  }
  for (const [field, value] of Object.entries(set as Record<string, unknown>)) {
    if (!MAPPABLE_FIELDS.includes(field) && !NESTED[field]) throw unknownField(field, 'set');
    const schema = fieldSchema(field);
    const result = schema.safeParse(value instanceof Date ? value.toISOString().slice(0, 10) : value, {
      error: friendlyErrorMap,
    });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const at = [field, ...issue.path.map(String)].join('.');
      throw new MappingError(`set: ${at}: ${issue.message}`);
    }
  }
  if (missing !== undefined && (!Array.isArray(missing) || missing.some((m) => typeof m !== 'string'))) {
    throw new MappingError('missing: must be a list of texts that mean "no value", like [NA, "N/A"]');
  }
  const given = (field: string) => rules.some((rule) => rule.field === field) || field in (set as object);
  for (const field of ['name', 'category', 'support', 'last_verified']) {
    if (!given(field)) {
      throw new MappingError(
        field === 'last_verified'
          ? 'last_verified is not given; say when the data was last confirmed (set: { last_verified: 2020-06-01 }) or which column gives it'
          : `${field} is not given; name its column under columns: or give it under set:`,
      );
    }
  }
  return {
    columns: rules,
    set: set as Record<string, unknown>,
    missing: new Set(((missing as string[] | undefined) ?? DEFAULT_MISSING).map((m) => m.trim().toLowerCase())),
  };
}

/** The schema of one (possibly nested) listing field. */
function fieldSchema(field: string): z.ZodType {
  const [head, sub] = field.split('.') as [string, string | undefined];
  const shapes: Record<string, Record<string, z.ZodType>> = {
    address: addressSchema.shape,
    geo: geoSchema.shape,
    housing: housingSchema.shape,
    employer: employerSchema.shape,
  };
  const top = (listingFields.shape as Record<string, z.ZodType>)[head]!;
  return sub === undefined ? top : shapes[head]![sub]!;
}

/** Columns the mapping names that a CSV header lacks. */
export function missingColumns(mapping: Mapping, header: readonly string[]): string[] {
  const names = new Set(header);
  return [
    ...new Set(mapping.columns.flatMap((rule) => rule.sources.map((s) => s.column)).filter((c) => !names.has(c))),
  ];
}
