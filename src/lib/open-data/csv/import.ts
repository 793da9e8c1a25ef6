/**
 * Spreadsheet (CSV) or JSON lines → listing files: the importer behind `npm run import:csv`
 * (scripts/import-csv.ts), pure so it is unit-tested without touching the disk. The mapping
 * file's format is documented in docs/csv-mapping.md.
 *
 * Like the Meeting Guide importer (src/lib/open-data/meeting-guide/import.ts), every row is either
 * imported, with each change to it said in the report, or skipped with the reason; no malformed
 * row stops the import, and every listing is checked with the project's own validator before it
 * is written.
 *
 * The steps: the mapping (mapping.ts) and the input (read.ts) are read first; here each row is
 * mapped (map-row.ts), told apart from an earlier duplicate and checked (check-listing.ts);
 * report.ts says what happened. The command writes the files.
 */
import type { SiteConfig } from '#schemas/site.ts';
import { Skip, type Change } from '../import-report.ts';
import { validListing } from './check-listing.ts';
import { mapRow, placePoint } from './map-row.ts';
import type { Mapping } from './mapping.ts';
import type { InputRow } from './read.ts';

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
      if (row.skip) throw row.skip;
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
