/**
 * What the two importers (src/lib/open-data/meeting-guide/ and src/lib/open-data/csv/) share: the
 * changes and skips they report, the validator's check before a file is written, and the lines
 * they print. One copy, so both say the same thing the same way.
 */
import type { SiteConfig } from '#schemas/site.ts';
import { checkListing, type Problem } from '#lib/validate/index.ts';

/** One change made to a record or row so it could be imported, with a key for the summary's counts. */
export interface Change {
  kind: string;
  message: string;
}

/** Raised inside a record's or row's mapping to skip it; caught per record, never escapes. */
export class Skip extends Error {
  readonly kind: string;
  constructor(kind: string, message: string) {
    super(message);
    this.kind = kind;
  }
}

/**
 * The most characters one feed record (as JSON) or one spreadsheet row may have. A real record is
 * a few hundred; this leaves room for long notes, and bounds the work one record can cause (the
 * text clean-ups are not all linear), so a broken or hostile file cannot stall an import.
 */
export const RECORD_MAX_CHARS = 10_000;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The skip for a feed record, a spreadsheet row or a JSON line over RECORD_MAX_CHARS, naming its
 * longest part so the volunteer knows what to shorten.
 */
export function tooLong(what: 'record' | 'row' | 'line', size: number, longest: { name: string; size: number }): Skip {
  const part = what === 'row' ? 'cell' : 'field';
  return new Skip(
    'too long',
    `is ${count(size)} characters long, more than the ${count(RECORD_MAX_CHARS)} a ${what} may have (its longest ${part}, "${longest.name.slice(0, 40)}", has ${count(longest.size)}); shorten it and import again`,
  );
}

/** A JSON record's longest top-level field, by the length of its JSON. */
export function longestField(record: Record<string, unknown>): { name: string; size: number } {
  let longest = { name: '', size: 0 };
  for (const [name, value] of Object.entries(record)) {
    const size = JSON.stringify(value)?.length ?? 0;
    if (size > longest.size) longest = { name, size };
  }
  return longest;
}

/** Where a listing is written: `<outDir>/<slug>.md`, relative to the project root. */
export function outputFile(outDir: string, slug: string): string {
  return `${outDir.replace(/\/+$/, '')}/${slug}.md`;
}

/** The validator's errors in a listing file about to be written; warnings do not stop it. */
export function validationErrors(
  file: string,
  text: string,
  { site, today }: { site: SiteConfig; today: string },
): Problem[] {
  return checkListing(file, text, { site, today }).problems.filter((problem) => problem.severity === 'error');
}

/** The skip for a listing the validator rejects, naming every error. */
export function failsValidation(errors: readonly Problem[]): Skip {
  const what = errors.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new Skip('does not pass validation', `does not pass validation (${what}); not written`);
}

/** What happened to one record or row, as the report reads it. */
interface Outcome {
  listing?: { slug: string } | undefined;
  skipped?: Change | undefined;
  changes: readonly Change[];
}

/**
 * The report's line for one record or row, after `head` (which names it): why it was skipped, or
 * what was changed to import it. None for a record imported as it was.
 */
export function outcomeLines(head: string, outcome: Outcome): string[] {
  const changes = outcome.changes.map((change) => change.message);
  if (outcome.skipped) return [`${head}skipped: ${[outcome.skipped.message, ...changes].join('; ')}`];
  if (changes.length === 0) return [];
  return [`${head}imported as ${outcome.listing!.slug}.md; ${changes.join('; ')}`];
}

/** "outside the region 2, no name 1": counts by kind, largest first. */
export function countsByKind(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
}
