/**
 * Fields that belong under another one but were written at the start of the line:
 *
 *     address:
 *     street: "1400 Example Ave"
 *     city: Lansing
 *
 * YAML reads `address` as empty and `street` and `city` as fields of their own, so the schema
 * alone would say "street is not a known field; remove it" (the opposite of the fix) and
 * "address must be a set of fields". One problem per group says to indent them instead, and the
 * schema's problems about the same fields are dropped.
 */
import type { z } from 'astro/zod';
import { listingFields } from '#schemas/listing.ts';
import { allowedKeysAt } from './messages.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource, PathSegment } from './source.ts';

/** The type of a field's schema with optional/default wrappers taken off. */
function kindOf(schema: z.core.$ZodType): { type: string; element?: z.core.$ZodType } {
  let def = schema._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType };
  while (def.innerType) def = def.innerType._zod.def as unknown as typeof def;
  return def;
}

interface Parent {
  key: string;
  /** A list of sets of fields (schedule, hours), whose fields go under a "- " item. */
  list: boolean;
}

/** For each field that only exists under another (street, lat, moud, day, opens …): that other. */
const PARENT_OF: ReadonlyMap<string, Parent> = (() => {
  const top = new Set(Object.keys(listingFields.shape));
  const parents = new Map<string, Parent | null>();
  for (const [key, schema] of Object.entries(listingFields.shape)) {
    const kind = kindOf(schema as z.core.$ZodType);
    const list = kind.type === 'array' && kind.element !== undefined && kindOf(kind.element).type === 'object';
    if (kind.type !== 'object' && !list) continue;
    for (const child of allowedKeysAt(listingFields, list ? [key, 0] : [key])) {
      if (top.has(child)) continue;
      // A field two parents share says nothing about where it goes.
      parents.set(child, parents.has(child) ? null : { key, list });
    }
  }
  return new Map([...parents].filter((entry): entry is [string, Parent] => entry[1] !== null));
})();

const listWords = (keys: readonly string[]) =>
  keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}`;

export interface MisplacedFields {
  problems: Problem[];
  /** True for a schema problem about the same fields, which the problems above replace. */
  covers: (path: readonly PathSegment[] | undefined) => boolean;
}

/** The problems for fields written at the top level that belong under another field. */
export function checkMisplacedFields(file: string, source: ParsedSource): MisplacedFields {
  const data = source.data as Record<string, unknown>;
  const groups = new Map<string, { parent: Parent; keys: string[] }>();
  for (const key of Object.keys(data)) {
    const parent = PARENT_OF.get(key);
    if (!parent) continue;
    const group = groups.get(parent.key) ?? { parent, keys: [] };
    group.keys.push(key);
    groups.set(parent.key, group);
  }
  const problems: Problem[] = [];
  const covered = new Set<string>();
  for (const { parent, keys } of groups.values()) {
    const value = data[parent.key];
    const children = listWords(keys);
    const they = keys.length === 1 ? 'it' : 'them';
    const indent = parent.list
      ? `write ${they} as an item of ${parent.key}: put "  - " before ${keys[0]} and four spaces before each line after it`
      : `put two spaces before ${keys.length === 1 ? 'it' : 'each of them'}`;
    let problem: Problem;
    if (value === null) {
      problem = {
        file,
        line: source.lineOf([parent.key], 'key'),
        field: parent.key,
        message: `has nothing under it: ${children} below it start${keys.length === 1 ? 's' : ''} at the beginning of the line, so ${keys.length === 1 ? 'it is read as a field' : 'they are read as fields'} of ${keys.length === 1 ? 'its' : 'their'} own; to put ${they} under ${parent.key}, ${indent}`,
        severity: 'error',
      };
    } else if (value === undefined) {
      problem = {
        file,
        line: source.lineOf([keys[0]!], 'key'),
        field: keys[0]!,
        message: `belongs under ${parent.key}:; add a line "${parent.key}:" above ${children}, then ${indent}`,
        severity: 'error',
      };
    } else {
      problem = {
        file,
        line: source.lineOf([keys[0]!], 'key'),
        field: keys[0]!,
        message: `belongs under ${parent.key}: with the lines above it, but starts at the beginning of the line; indent ${children} like the other lines of ${parent.key}`,
        severity: 'error',
      };
    }
    problems.push({ ...problem, path: [problem.field] });
    covered.add(parent.key);
    for (const key of keys) covered.add(key);
  }
  return {
    problems,
    covers: (path) => path !== undefined && typeof path[0] === 'string' && covered.has(path[0]),
  };
}
