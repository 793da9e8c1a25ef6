/**
 * The listing schema's own descriptions of its fields (`.describe()` in src/schemas/), by the
 * name of the form's box: the English help under each box starts from them, so the form, the
 * JSON Schema editors show and the schema say the same thing. For the build (the English
 * dictionary); the browser gets the words from the page.
 */
import type { z } from 'astro/zod';
import { listingFields } from '#schemas/listing.ts';
import type { FieldName } from './fields.ts';

type Schema = z.core.$ZodType & { description?: string };
type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  valueType?: Schema;
  shape?: Record<string, Schema>;
};

const def = (schema: Schema) => schema._zod.def as unknown as Def;

/** The schema inside optional, default and pipe wrappers, and the first description met on the way. */
function unwrap(schema: Schema): { inner: Schema; description: string | undefined } {
  let inner = schema;
  let description = schema.description;
  for (let guard = 0; guard < 10; guard++) {
    const d = def(inner);
    const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!next) break;
    inner = next;
    description ??= inner.description;
  }
  return { inner, description };
}

/** The fields of an object schema (inside wrappers, array items and record values). */
function shapeOf(schema: Schema): Record<string, Schema> {
  let inner = unwrap(schema).inner;
  for (let guard = 0; guard < 5; guard++) {
    const d = def(inner);
    if (d.shape) return d.shape;
    const next = d.element ?? d.valueType;
    if (!next) break;
    inner = unwrap(next).inner;
  }
  return {};
}

/** Groups of boxes whose schema is an object, by where their fields are: 'address' → street … */
const NESTED: Record<string, string> = {
  address: '',
  geo: '',
  hours: '',
  schedule: '',
  housing: '',
  employer: '',
  translations: 'translated_',
};

/**
 * Every description the listing schema gives, by box name (and the groups' own: address, geo,
 * housing, employer). A name the schema does not describe is missing, never empty.
 */
export function schemaDescriptions(): Partial<Record<FieldName | 'address' | 'geo', string>> {
  const found: Record<string, string> = {};
  for (const [key, schema] of Object.entries(listingFields.shape as Record<string, Schema>)) {
    const own = unwrap(schema).description;
    if (own) found[key] = own;
    const prefix = NESTED[key];
    if (prefix === undefined) continue;
    for (const [inner, field] of Object.entries(shapeOf(schema))) {
      const description = unwrap(field).description;
      if (description) found[`${prefix}${inner}`] = description;
    }
  }
  return found;
}
