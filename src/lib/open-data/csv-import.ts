/**
 * Spreadsheet (CSV) or JSON lines → listing files: the mapping behind `npm run import:csv`
 * (scripts/import-csv.ts), pure so it is unit-tested without touching the disk. The mapping
 * file's format is documented in docs/csv-mapping.md.
 *
 * Like the Meeting Guide importer (src/lib/open-data/meeting-guide/import.ts), every row is either
 * imported, with each change to it said in the report, or skipped with the reason; no malformed
 * row stops the import, and every listing is checked with the project's own validator before it
 * is written.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { employerSchema, housingSchema, LISTING_FIELDS, listingFields } from '#schemas/listing.ts';
import { isoDateSchema } from '#schemas/common.ts';
import { addressSchema, geoSchema } from '#schemas/place.ts';
import type { SiteConfig } from '#schemas/site.ts';
import { inBounds } from '#lib/map/geo.ts';
import { listingFileText, slugify, uniqueSlug } from '#lib/authoring/listing-file.ts';
import { escapeMarkdown, removeEmails } from './meeting-guide/text.ts';
import {
  countsByKind,
  failsValidation,
  outcomeLines,
  outputFile,
  Skip,
  validationErrors,
  type Change,
} from './import-report.ts';
import { friendlyErrorMap } from '#lib/validate/messages.ts';

// ---------------------------------------------------------------------------------------------
// The mapping

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

const NESTED: Record<string, readonly string[]> = {
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
const LIST_FIELDS = new Set([
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
const NUMBER_FIELDS = new Set(['geo.lat', 'geo.lng', 'housing.narr_level', 'housing.beds']);
const BOOLEAN_FIELDS = new Set(['location_private', 'employer.fair_chance']);
/** Fields made of several values each: only constants (`set:`) can give them. */
const SET_ONLY_FIELDS = new Set(['hours', 'schedule']);
/** A listing cannot do without these; dropping them never makes a row valid. */
const REQUIRED = new Set(['name', 'category', 'support', 'last_verified', 'geo', 'attendance', 'housing']);

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

// ---------------------------------------------------------------------------------------------
// Reading the input

/** One row of the input, before mapping. */
export interface InputRow {
  /** Row as a spreadsheet shows it (header is row 1), or line of a JSON lines file. */
  at: number;
  /** Column name → value (CSV) or the parsed object (JSON lines). */
  record?: Record<string, unknown>;
  /** Why the row could not be read. */
  error?: string;
}

export interface ReadInput {
  rows: InputRow[];
  /** CSV header, for checking the mapping's column names. */
  header?: string[];
}

/** A CSV file's rows; malformed rows become rows with an error, never an exception. */
export function readCsv(text: string): ReadInput {
  const skipped: InputRow[] = [];
  const records = parseCsv(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      skipped.push({ at: (error?.lines ?? 0) as number, error: `could not be read (${error?.message ?? 'error'})` });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number; index: number; records: number } }[];
  if (records.length === 0) return { rows: skipped, header: [] };
  const header = records[0]!.record.map((name) => name.trim());
  const rows: InputRow[] = records.slice(1).map(({ record }, i) => {
    const object: Record<string, unknown> = {};
    header.forEach((name, column) => {
      if (name !== '' && !(name in object)) object[name] = record[column] ?? '';
    });
    return { at: i + 2, record: object };
  });
  return { rows: [...rows, ...skipped].sort((a, b) => a.at - b.at), header };
}

/** A JSON lines file's rows: one object per line; a bad line is a row with an error. */
export function readJsonLines(text: string): ReadInput {
  const rows: InputRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        rows.push({ at: i + 1, error: `is not valid JSON (${(error as Error).message})` });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        rows.push({ at: i + 1, error: 'is not a JSON object' });
        return;
      }
      rows.push({ at: i + 1, record: value as Record<string, unknown> });
    });
  return { rows };
}

/** `a.b[0]` → the value at that path of a JSON record; a CSV column name is looked up as is. */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let current: unknown = record;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[index ?? key!];
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// Importing

export interface ImportOptions {
  site: SiteConfig;
  /** YYYY-MM-DD: later dates are set to it. */
  today: string;
  /** The folder the files go to, relative to the project root. */
  outDir: string;
  /** Slugs other listings of the project already use. */
  takenSlugs?: Iterable<string> | undefined;
}

export interface RowOutcome {
  at: number;
  /** The row's name, for the report. */
  label: string;
  listing?: { slug: string; file: string; text: string };
  skipped?: Change;
  changes: Change[];
}

export interface ImportResult {
  outcomes: RowOutcome[];
  /** Rows with a point that looked swapped, of those with a point. */
  swapped: number;
  withPoint: number;
}

const SWAPPED = 'latitude and longitude were swapped';

/** Maps every row; rows are handled in file order so slugs are stable between runs. */
export function importRows(rows: readonly InputRow[], mapping: Mapping, options: ImportOptions): ImportResult {
  const taken = new Set(options.takenSlugs ?? []);
  const seen = new Map<string, number>();
  let swapped = 0;
  let withPoint = 0;
  const outcomes = rows.map((row): RowOutcome => {
    const changes: Change[] = [];
    let label = 'no name';
    try {
      if (!row.record) throw new Skip('could not be read', row.error ?? 'could not be read');
      const fields = mapRow(row.record, mapping, options.today, changes);
      if (typeof fields.name === 'string') label = fields.name;
      const point = placePoint(fields, options.site, changes);
      if (point.had) withPoint++;
      if (point.swapLike) swapped++;
      if (point.skip) throw point.skip;
      const key = JSON.stringify([fields.name, fields.address, fields.geo]).toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new Skip('duplicate', `same name, address and point as row ${earlier}; not written twice`);
      }
      seen.set(key, row.at);
      const { body, ...front } = fields;
      const listing = validListing(front, typeof body === 'string' ? body : '', options, taken, changes);
      taken.add(listing.slug);
      return { at: row.at, label, listing, changes };
    } catch (error) {
      const skipped =
        error instanceof Skip
          ? { kind: error.kind, message: error.message }
          : { kind: 'could not be read', message: `could not be read (${(error as Error)?.message ?? error})` };
      return { at: row.at, label, skipped, changes };
    }
  });
  return { outcomes, swapped, withPoint };
}

/** The values a source gives: trimmed, missing values left out, through its value map. */
function sourceValues(
  record: Record<string, unknown>,
  source: ColumnSource,
  mapping: Mapping,
  field: string,
  changes: Change[],
) {
  const raw = valueAt(record, source.column);
  const flat = (Array.isArray(raw) ? raw.flat(3) : [raw]).flatMap((value): string[] => {
    if (value === undefined || value === null) return [];
    if (typeof value === 'object') {
      const date = (value as Record<string, unknown>).$date;
      return typeof date === 'number' || typeof date === 'string' ? [new Date(date).toISOString().slice(0, 10)] : [];
    }
    const text = String(value).trim();
    if (!LIST_FIELDS.has(field) || source.map) return [text];
    return text.split(/\s*[;,|]\s*/);
  });
  const values = flat.filter((value) => !mapping.missing.has(value.trim().toLowerCase()));
  if (!source.map) return values;
  return values.flatMap((value) => {
    const key = value.trim().toLowerCase();
    if (!(key in source.map!)) {
      changes.push({
        kind: 'value not in the map',
        message: `${source.column} "${value}" is not in the mapping's map; left out`,
      });
      return [];
    }
    const mapped = source.map![key];
    return mapped === null || mapped === undefined ? [] : Array.isArray(mapped) ? mapped.map(String) : [String(mapped)];
  });
}

/** Reads a date written YYYY-MM-DD…, M/D/YYYY or as a number of milliseconds. */
function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : undefined;
  if (!parts) return undefined;
  const date = `${parts[0]}-${parts[1]!.padStart(2, '0')}-${parts[2]!.padStart(2, '0')}`;
  // The same check as the validator's: 2026-02-30 has the shape of a date but is none.
  return isoDateSchema.safeParse(date).success ? date : undefined;
}

function setPath(target: Record<string, unknown>, field: string, value: unknown) {
  const [head, sub] = field.split('.') as [string, string | undefined];
  if (sub === undefined) target[head] = value;
  else target[head] = { ...((target[head] as object | undefined) ?? {}), [sub]: value };
}

/** A row's listing fields (and `body`, the description) from the mapping. */
function mapRow(
  record: Record<string, unknown>,
  mapping: Mapping,
  today: string,
  changes: Change[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const fromColumns = new Set<string>();
  for (const rule of mapping.columns) {
    const values = rule.sources.flatMap((source) => sourceValues(record, source, mapping, rule.field, changes));
    if (values.length === 0) continue;
    let value: unknown;
    if (LIST_FIELDS.has(rule.field)) value = [...new Set(values)];
    else if (NUMBER_FIELDS.has(rule.field)) {
      value = Number(values[0]);
      if (!Number.isFinite(value)) {
        changes.push({ kind: 'not a number', message: `${rule.field} "${values[0]}" is not a number; left out` });
        continue;
      }
    } else if (BOOLEAN_FIELDS.has(rule.field)) {
      value = /^(y|yes|true|1|x)$/i.test(values[0]!);
    } else if (rule.field === 'last_verified') {
      value = readDate(values[0]!);
      if (value === undefined) {
        changes.push({ kind: 'date not readable', message: `last_verified "${values[0]}" is not a date` });
        continue;
      }
    } else if (rule.field === 'description' || rule.field === 'name' || rule.field === 'summary') {
      const cleaned = removeEmails(values.join(rule.join).replace(/\r\n?/g, '\n'));
      if (cleaned.removed > 0) {
        changes.push({
          kind: 'e-mail addresses taken out',
          message: `e-mail address taken out of the ${rule.field} (listing files are public)`,
        });
      }
      value = rule.field === 'description' ? cleaned.text : cleaned.text.replace(/\s+/g, ' ').trim();
    } else value = values.join(rule.join);
    fromColumns.add(rule.field);
    setPath(fields, rule.field === 'description' ? 'body' : rule.field, value);
  }
  for (const [field, value] of Object.entries(mapping.set)) {
    if (fromColumns.has(field)) continue;
    const constant = field === 'last_verified' && value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (field === 'description') fields.body = String(constant);
    else if (NESTED[field] && typeof constant === 'object' && constant !== null) {
      for (const [sub, v] of Object.entries(constant)) {
        if (!fromColumns.has(`${field}.${sub}`)) setPath(fields, `${field}.${sub}`, v);
      }
    } else setPath(fields, field, constant);
  }
  if (typeof fields.name !== 'string' || fields.name.length < 2) {
    throw new Skip('no name', 'has no name (a listing needs one of at least 2 characters)');
  }
  if (typeof fields.body === 'string') fields.body = escapeMarkdown(fields.body.trim());
  if (typeof fields.last_verified !== 'string') {
    throw new Skip('no last verified date', 'has no last verified date, and the mapping sets none');
  }
  if (fields.last_verified > today) {
    changes.push({
      kind: 'last verified set to today',
      message: `last_verified ${fields.last_verified} is in the future; set to today (${today})`,
    });
    fields.last_verified = today;
  }
  if (fields.website && typeof fields.website === 'string' && !/^https?:\/\//i.test(fields.website)) {
    fields.website = `https://${fields.website}`;
  }
  return fields;
}

/**
 * Checks the row's point against the region: a swapped point is swapped back; a point outside
 * skips the row unless the listing can be online (then the point is left out).
 */
function placePoint(
  fields: Record<string, unknown>,
  site: SiteConfig,
  changes: Change[],
): { had: boolean; swapLike: boolean; skip?: Skip } {
  const geo = fields.geo as { lat?: number; lng?: number } | undefined;
  if (geo?.lat === undefined || geo.lng === undefined) {
    delete fields.geo;
    return { had: false, swapLike: false };
  }
  const { lat, lng } = geo;
  const bounds = site.region.bounds;
  const online = fields.attendance === 'online' || fields.attendance === 'phone';
  if (inBounds(lat, lng, bounds)) return { had: true, swapLike: false };
  // Outside either way, the point still looks swapped when swapping it brings it nearer the
  // region (a Texas point read as lat -97, lng 31 is nearer Michigan once swapped).
  const [centerLat, centerLng] = site.region.center;
  const distance = (a: number, b: number) => Math.hypot(a - centerLat, b - centerLng);
  const swapLike = distance(lng, lat) < distance(lat, lng);
  if (inBounds(lng, lat, bounds)) {
    fields.geo = { lat: lng, lng: lat };
    changes.push({ kind: SWAPPED, message: `${SWAPPED} (${lat}, ${lng}); written as lat ${lng}, lng ${lat}` });
    return { had: true, swapLike: true };
  }
  if (online) {
    delete fields.geo;
    changes.push({
      kind: 'point outside the region left out',
      message: `point (${lat}, ${lng}) is outside ${site.region.name}; left out (the listing is ${fields.attendance})`,
    });
    return { had: true, swapLike };
  }
  const skip = new Skip(
    'outside the region',
    `point (${lat}, ${lng}) is outside ${site.region.name} (site.yaml region.bounds), swapped or not`,
  );
  return { had: true, swapLike, skip };
}

/**
 * The listing file for the fields, checked with the project's validator. A field the validator
 * rejects and the listing can do without (a bad phone number, a summary too long) is left out
 * and reported; any other error skips the row.
 */
function validListing(
  fields: Record<string, unknown>,
  body: string,
  options: ImportOptions,
  taken: ReadonlySet<string>,
  changes: Change[],
) {
  const attendance = fields.attendance ?? 'in-person';
  if ((attendance === 'in-person' || attendance === 'hybrid') && !fields.geo) {
    throw new Skip('no map point', `has no map point (geo); ${attendance} listings need one`);
  }
  const slug = chooseSlug(fields, taken, changes);
  const file = outputFile(options.outDir, slug);
  for (let round = 0; ; round++) {
    const text = listingFileText(inSchemaOrder(fields), body, file);
    const errors = validationErrors(file, text, options);
    if (errors.length === 0) return { slug, file, text };
    const droppable = errors.every((problem) => dropField(fields, problem.field));
    if (!droppable || round > 3) throw failsValidation(errors);
    for (const problem of errors) {
      changes.push({
        kind: `${problem.field.split(/[.[]/)[0]} left out`,
        message: `${problem.field} ${problem.message}; left out`,
      });
    }
  }
}

/** The fields in the order the schema lists them, as hand-written listings have them. */
function inSchemaOrder(fields: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of LISTING_FIELDS) {
    const value = fields[key];
    if (value === undefined) continue;
    const subs = NESTED[key];
    ordered[key] =
      subs && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(
            subs.flatMap((sub) => (sub in value ? [[sub, (value as Record<string, unknown>)[sub]]] : [])),
          )
        : value;
  }
  return ordered;
}

/** Leaves out the field (or the nested field) a problem names; false when it cannot. */
function dropField(fields: Record<string, unknown>, path: string): boolean {
  const [head, sub] = path.split(/[.[]/) as [string, string | undefined];
  if (REQUIRED.has(head) || !(head in fields)) return false;
  const parent = fields[head];
  if (
    sub !== undefined &&
    head === 'address' &&
    sub !== 'city' &&
    typeof parent === 'object' &&
    parent &&
    sub in parent
  ) {
    delete (parent as Record<string, unknown>)[sub];
  } else delete fields[head];
  return true;
}

/** From the name; then name and city; then numbered. Never one already taken. */
function chooseSlug(fields: Record<string, unknown>, taken: ReadonlySet<string>, changes: Change[]): string {
  const name = slugify(String(fields.name)) || 'listing';
  if (!taken.has(name)) return name;
  const city = (fields.address as { city?: unknown } | undefined)?.city;
  const slug = uniqueSlug(typeof city === 'string' ? `${fields.name} ${city}` : String(fields.name), taken);
  changes.push({ kind: 'slug changed', message: `slug "${name}" is already used; written as ${slug}.md` });
  return slug;
}

// ---------------------------------------------------------------------------------------------
// Report

/** `<file>:<row>: <name>: …` for every row that was skipped or changed. */
export function reportLines(input: string, outcomes: readonly RowOutcome[]): string[] {
  return outcomes.flatMap((outcome) => outcomeLines(`${input}:${outcome.at}: ${outcome.label}: `, outcome));
}

/** The summary lines after the per-row lines. */
export function summaryLines(input: string, result: ImportResult): string[] {
  const { outcomes } = result;
  const written = outcomes.filter((outcome) => outcome.listing);
  const skipped = outcomes.filter((outcome) => outcome.skipped);
  const lines = [`${input}: ${outcomes.length} rows read: ${written.length} written, ${skipped.length} skipped.`];
  if (skipped.length > 0) lines.push(`Skipped: ${countsByKind(skipped.map((o) => o.skipped!.kind))}.`);
  const kinds = written.flatMap((outcome) => outcome.changes.map((change) => change.kind));
  if (kinds.length > 0) lines.push(`Altered: ${countsByKind(kinds)}.`);
  if (result.withPoint > 0 && result.swapped * 2 > result.withPoint) {
    lines.push(
      `${result.swapped} of ${result.withPoint} points had latitude and longitude the wrong way round: the mapping probably names the columns the wrong way round (swap geo.lat and geo.lng).`,
    );
  }
  return lines;
}
