/**
 * The listing form's file, written and checked as `npm run validate` would: the form's state
 * becomes the fields (./state.ts), the file writer of `npm run new` and the importers writes
 * them (authoring/listing-file.ts: the schema comment, the order, the quoting), and the
 * validator's own check of one file reads that text back (validate/listing.ts). So the text the
 * volunteer sends is exactly the text that was checked, and every message is the validator's.
 *
 * This module brings the schemas, both YAML readers, the Markdown parser and the phone
 * library: the form loads it lazily (islands/listing-form/use-checker.ts), and only that page
 * does.
 */
// First, before any schema is made (see ./jitless.ts).
import './jitless.ts';
import { listingFileText, slugify } from '#lib/authoring/listing-file.ts';
import { checkListing, takenSlugProblem, type ListingSite } from '#lib/validate/listing.ts';
import type { Problem } from '#lib/validate/problem.ts';
import { readListingSource } from '#lib/validate/source.ts';
import { fieldsFromState, stateFromFields, type FormState, type WrittenFields } from './state.ts';

/** The folder new listings go in: data/listings/<category>/. */
export const LISTINGS_FOLDER = 'data/listings';

/** A listing being edited: its file (relative to the repository), its text and the fields it holds. */
export interface EditedFile {
  file: string;
  text: string;
  fields: Record<string, unknown>;
}

export interface FormContext {
  site: ListingSite;
  /** YYYY-MM-DD in the site's time zone. */
  today: string;
  /** The file being edited; none for a new listing. */
  edited?: EditedFile | undefined;
  /** For a new listing: the file of another listing with this slug, if any (its name is taken). */
  takenBy?: string | undefined;
}

export interface FormResult {
  /** Where the file goes, relative to the repository: data/listings/<category>/<slug>.md. */
  file: string;
  /** The file's text, as it will be proposed. */
  text: string;
  problems: Problem[];
  /** True when no problem is an error: the file may be sent. */
  valid: boolean;
  /**
   * False while some field is itself wrong or missing: the rules between fields (a map point for
   * a place people visit, a join link for an online meeting, a housing policy) run only once
   * every field reads, so fixing these may bring new problems.
   */
  fitChecked: boolean;
  rows: WrittenFields['rows'];
}

/** The slug a new listing gets: the one typed, else one made from its name. */
export function slugOf(state: FormState): string {
  return state.slug.trim() || slugify(state.name);
}

/** The new listing's file: in its category's folder (a placeholder folder until one is chosen). */
export function newListingFile(state: FormState): string {
  const folder = state.category.trim() || 'category';
  return `${LISTINGS_FOLDER}/${folder}/${slugOf(state) || 'listing'}.md`;
}

/** Writes the form's listing and checks it with the validator. */
export function checkForm(state: FormState, context: FormContext): FormResult {
  const file = context.edited?.file ?? newListingFile(state);
  const written = fieldsFromState(state, {
    format: /\.ya?ml$/i.test(file) ? 'yaml' : 'md',
    original: context.edited?.fields,
    // `npm run new` always says how people take part; so does a new listing from the form.
    alwaysWritten: ['attendance'],
  });
  const text = listingFileText(written.fields, written.body, file);
  const checked = checkListing(file, text, { site: context.site, today: context.today });
  const problems = [...checked.problems];
  if (!context.edited && context.takenBy) problems.push(takenSlugProblem(file, slugOf(state), context.takenBy));
  return {
    file,
    text,
    problems,
    valid: !problems.some((problem) => problem.severity === 'error'),
    fitChecked: checked.rulesBetweenFieldsRan ?? true,
    rows: written.rows,
  };
}

/**
 * The form's state for a listing file's text (as the edit data holds it), read by the
 * validator's own reader; undefined when it cannot be read (the data is from a build that
 * validated it, so only a broken download gets here).
 */
export function stateFromFile(
  file: string,
  text: string,
  otherLanguages: readonly string[],
): { state: FormState; edited: EditedFile } | undefined {
  const source = readListingSource(file, text);
  if (source.data === undefined || source.data === null || typeof source.data !== 'object') return undefined;
  const fields = source.data as Record<string, unknown>;
  const slug = file.slice(file.lastIndexOf('/') + 1).replace(/\.(md|ya?ml)$/i, '');
  return { state: stateFromFields(fields, source.body, slug, otherLanguages), edited: { file, text, fields } };
}
