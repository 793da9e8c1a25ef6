/**
 * One input row → listing fields, as the mapping says (the map step of `npm run import:csv`):
 * values taken from their columns, split, mapped and typed, constants filled in, text cleaned of
 * e-mail addresses and escaped, and the point checked against site.yaml's region. Each change is
 * said in `changes`; a row that cannot become a listing throws Skip.
 */
import { isoDateSchema } from '#schemas/common.ts';
import type { SiteConfig } from '#schemas/site.ts';
import { inBounds } from '#lib/map/geo.ts';
import { Skip, type Change } from '../import-report.ts';
import { escapeMarkdown, removeEmails } from '../meeting-guide/text.ts';
import { withoutFormulaStart } from '#lib/csv/formula.ts';
import {
  BOOLEAN_FIELDS,
  FREE_TEXT_FIELDS,
  LIST_FIELDS,
  NESTED,
  NUMBER_FIELDS,
  type ColumnSource,
  type Mapping,
} from './mapping.ts';
import { valueAt } from './read.ts';

const SWAPPED = 'latitude and longitude were swapped';

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
    // Own keys only: a cell saying "constructor" is not in a map that does not name it.
    if (!Object.hasOwn(source.map!, key)) {
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

/**
 * Free text as a listing may keep it: e-mail addresses taken out (listing files are public) and
 * the characters a spreadsheet would run as a formula taken off its start. Each is reported.
 */
function cleanFreeText(text: string, field: string, changes: Change[]): string {
  const cleaned = removeEmails(text.replace(/\r\n?/g, '\n'));
  if (cleaned.removed > 0) {
    changes.push({
      kind: 'e-mail addresses taken out',
      message: `e-mail address taken out of the ${field} (listing files are public)`,
    });
  }
  const trimmed = cleaned.text.trim();
  const inert = withoutFormulaStart(trimmed);
  if (inert === undefined) return cleaned.text;
  const taken = trimmed.slice(0, trimmed.length - inert.length).trim();
  changes.push({
    kind: 'formula characters taken out',
    message: `${field} started with ${JSON.stringify(taken)}, which a spreadsheet runs as a formula; taken out`,
  });
  return inert;
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
export function mapRow(
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
    if (LIST_FIELDS.has(rule.field)) {
      const items = FREE_TEXT_FIELDS.has(rule.field)
        ? values.map((item) => cleanFreeText(item, rule.field, changes).trim())
        : values;
      value = [...new Set(items.filter((item) => item !== ''))];
    } else if (NUMBER_FIELDS.has(rule.field)) {
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
    } else if (FREE_TEXT_FIELDS.has(rule.field)) {
      const text = cleanFreeText(values.join(rule.join), rule.field, changes);
      // One line everywhere but the description, whose paragraphs stay.
      value = rule.field === 'description' ? text : text.replace(/\s+/g, ' ').trim();
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
export function placePoint(
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
