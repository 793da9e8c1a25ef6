/**
 * Turns zod issues into the one-line, how-to-fix messages volunteers read. Schemas give their
 * own message where a field needs specific advice; this map covers everything else.
 */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import type { ParsedSource, PathSegment } from './source.ts';
import { formatPath } from './field-names.ts';
import { WEEKDAY_IDS } from '#taxonomy';
import { daysInRange } from './day-ranges.ts';
import { closestMatch, suggestValue } from './suggest.ts';

type RawIssue = Parameters<Extract<z.core.$ZodErrorMap, (...args: never[]) => unknown>>[0];

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
  date: 'a date',
};

function describeInput(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a set of fields';
  if (typeof input === 'string') return `the text "${input}"`;
  return `${typeof input === 'number' ? 'the number' : ''} ${String(input)}`.trim();
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map(String);
  return shown.length > 20 ? `${shown.slice(0, 20).join(', ')}, …` : shown.join(', ');
}

/** "monday-friday", "Mon to Fri": written as a range, not as a word for a group ("weekdays"). */
const isRangeWritten = (text: string) => /[-–—]|\b(?:to|through|thru)\b/i.test(text);

const isWeekdays = (values: readonly string[]) =>
  values.length === WEEKDAY_IDS.length && WEEKDAY_IDS.every((day) => values.includes(day));

/** The field a list belongs to: `days` for hours[0].days[2]. */
function keyOf(path: readonly PropertyKey[] | undefined): string {
  return String(path?.findLast((segment) => typeof segment === 'string') ?? 'field');
}

/** The ids a list of vocabulary values allows (`support: [..]`), or undefined for other lists. */
function listIds(issue: RawIssue): string[] | undefined {
  const def = (issue.inst as { _zod?: { def?: { element?: { _zod?: { def?: { entries?: object } } } } } } | undefined)
    ?._zod?.def;
  const entries = def?.element?._zod?.def?.entries;
  return entries ? Object.values(entries).map(String) : undefined;
}

/**
 * A single value where a list belongs, like `support: practical`: say to write it as a list,
 * with the values it should hold (a near miss swapped for its id, a range of days spelled out),
 * so the example is itself a valid line.
 */
function listMessage(issue: RawIssue): string {
  const key = keyOf(issue.path);
  if (typeof issue.input !== 'string' || issue.input.trim() === '') {
    return `must be a list, like ${key}: [first, second]; got ${describeInput(issue.input)}`;
  }
  const ids = listIds(issue);
  const written = issue.input.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
  if (!ids) return `must be a list in square brackets, even with one value; write it ${key}: [${written.join(', ')}]`;
  const range = isWeekdays(ids) && written.length === 1 ? daysInRange(written[0]!) : undefined;
  if (range) {
    return `"${issue.input}" ${isRangeWritten(issue.input) ? 'is a range, and ranges are not allowed' : 'stands for several days'}; write each day in a list: ${key}: [${range.join(', ')}]`;
  }
  const values = written.map((word) => (ids.includes(word) ? word : suggestValue(word, ids)));
  if (values.some((value) => value === undefined)) {
    return `must be a list in square brackets, like ${key}: [${ids[0]}], of these values: ${listValues(ids)}`;
  }
  const renamed = written.filter((word, i) => word !== values[i]);
  const also = renamed.length
    ? `, and the files write ${renamed.map((word) => `"${word}" as ${values[written.indexOf(word)]}`).join(', ')}`
    : '';
  const even = values.length === 1 ? ', even with one value' : '';
  return `must be a list in square brackets${even}${also}; write it ${key}: [${values.join(', ')}]`;
}

/** The error map passed to `safeParse`: used only where a schema gives no message of its own. */
export const friendlyErrorMap = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is missing; this field is required';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === 'array') return listMessage(issue);
      return `must be ${expected}; got ${describeInput(issue.input)}`;
    }
    case 'invalid_value': {
      // A missing field is an invalid_value for an enum; "undefined" is not allowed would confuse.
      if (issue.input === undefined) return `is missing; use one of: ${listValues(issue.values.map(String))}`;
      const input = typeof issue.input === 'string' ? issue.input : String(issue.input);
      const values = issue.values.map(String);
      const range = isWeekdays(values) ? daysInRange(input) : undefined;
      if (range) {
        const what = isRangeWritten(input) ? 'is a range' : 'stands for several days';
        return typeof issue.path?.at(-1) === 'number'
          ? `"${input}" ${what}, and ranges are not allowed here; list each day: ${keyOf(issue.path)}: [${range.join(', ')}]`
          : `"${input}" ${what}, and a meeting time has only one day; copy the meeting time once for each day: ${range.join(', ')}`;
      }
      const guess = suggestValue(input, values);
      const hint = guess ? `did you mean "${guess}"? ` : '';
      return `"${input}" is not allowed here; ${hint}use one of: ${listValues(values)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return issue.minimum === 1
          ? 'is an empty list; add at least one value or remove the field'
          : `needs at least ${issue.minimum} items`;
      }
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'is empty; fill it in or remove the field'
          : `is too short (at least ${issue.minimum} characters)`;
      return `is too small (at least ${issue.minimum})`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
      return `is too large (at most ${issue.maximum})`;
    case 'invalid_format':
      return issue.format === 'date'
        ? 'must be a date written YYYY-MM-DD, like 2026-03-14'
        : `is not in the expected format (${issue.format})`;
    case 'invalid_union':
      return 'is not in a form this field accepts';
    default:
      return undefined;
  }
};

/** Names volunteers reach for that mean a field with another name here. */
const FIELD_ALIASES: Record<string, string> = {
  lon: 'lng',
  long: 'lng',
  longitude: 'lng',
  latitude: 'lat',
  zip: 'postal_code',
  zipcode: 'postal_code',
  zip_code: 'postal_code',
  postcode: 'postal_code',
  state: 'region',
  url: 'website',
  web: 'website',
  telephone: 'phone',
  tel: 'phone',
  text: 'sms',
  mail: 'email',
  'e-mail': 'email',
  pathway: 'pathways',
  population: 'populations',
  language: 'languages',
  types: 'meeting_types',
  title: 'name',
};

/** Friendly text for a field that is not part of the schema (usually a typo). */
export function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const alias = FIELD_ALIASES[key.toLowerCase()];
  const guess = alias && allowed.includes(alias) ? alias : closestMatch(key, allowed);
  return guess
    ? `is not a known field; did you mean "${guess}"? Fix the spelling or remove it`
    : // Also used for site.yaml, so it names the fields allowed at this place rather than "a listing's".
      `is not a known field; remove it, or use one of the fields allowed here (${listValues(allowed)}; see CONTRIBUTING.md)`;
}

/**
 * The field names an object schema allows at `path`, found by walking the schema. Used to
 * suggest the right spelling of an unknown field at any depth.
 */
export function allowedKeysAt(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let node = s;
    for (let guard = 0; node && guard < 10; guard++) {
      const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
        node = def.innerType as z.core.$ZodType;
      } else if (def.type === 'pipe') {
        node = def.in as z.core.$ZodType;
      } else {
        break;
      }
    }
    return node;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (typeof segment === 'number' && def.type === 'array') current = def.element as z.core.$ZodType;
    else if (typeof segment === 'string' && def.type === 'object') {
      current = (def.shape as Record<string, z.core.$ZodType>)[segment];
    } else if (typeof segment === 'string' && def.type === 'record') {
      // translations.es: every key of a record has the same fields.
      current = def.valueType as z.core.$ZodType;
    } else return [];
  }
  current = unwrap(current);
  const def = current?._zod.def as unknown as (Record<string, unknown> & { type: string }) | undefined;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** Turns zod issues into problems with lines; unknown keys become one problem each. */
export function issuesToProblems(
  file: string,
  source: ParsedSource,
  issues: readonly {
    code: string;
    path: PropertyKey[];
    message: string;
    keys?: string[];
    params?: Record<string, unknown> | undefined;
  }[],
  schema: Parameters<typeof allowedKeysAt>[0],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const allowed = allowedKeysAt(schema, path);
      for (const key of issue.keys) {
        problems.push({
          file,
          line: source.lineOf([...path, key], 'key'),
          field: formatPath([...path, key]),
          path: [...path, key],
          message: unknownFieldMessage(key, allowed),
          severity: 'error',
        });
      }
      continue;
    }
    // A wrong key (a language code no translation may use) is reported on its own line, not on
    // the first line of the fields under it.
    const atKey = issue.code === 'invalid_key' || issue.params?.at === 'key';
    const problem: Problem = {
      file,
      line: (atKey ? source.lineOf(path, 'key') : source.lineOf(path)) ?? 1,
      field: formatPath(path) || 'front matter',
      path,
      message: issue.message,
      severity: 'error',
    };
    // A URL that fails two checks (scheme and host, e.g. "javascript:…") gives two identical
    // issues; print the line once.
    const repeat = problems.some(
      (p) => p.field === problem.field && p.line === problem.line && p.message === problem.message,
    );
    if (!repeat) problems.push(problem);
  }
  return problems;
}
