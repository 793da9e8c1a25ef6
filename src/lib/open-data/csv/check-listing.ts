/**
 * A mapped row → the listing file to write, checked with the project's validator (the check step
 * of `npm run import:csv`). A field the listing can do without that the validator rejects is
 * left out and reported, so one bad phone number does not cost the whole row; the slug never
 * clashes with the project's files or earlier rows.
 */
import { LISTING_FIELDS } from '#schemas/listing.ts';
import { listingFileText, slugify, uniqueSlug } from '#lib/authoring/listing-file.ts';
import { failsValidation, outputFile, Skip, validationErrors, type Change } from '../import-report.ts';
import type { ImportOptions } from './import.ts';
import { NESTED } from './mapping.ts';

/** A listing cannot do without these; dropping them never makes a row valid. */
const REQUIRED = new Set(['name', 'category', 'support', 'last_verified', 'geo', 'attendance', 'housing']);

/**
 * The listing file for the fields, checked with the project's validator. A field the validator
 * rejects and the listing can do without (a bad phone number, a summary too long) is left out
 * and reported; any other error skips the row.
 */
export function validListing(
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
