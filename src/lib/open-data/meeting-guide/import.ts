/**
 * Meeting Guide feed → listing files: the importer behind `npm run import:meeting-guide`
 * (scripts/import-meeting-guide.ts), pure so it is unit-tested without touching the disk.
 *
 * Real feeds do not follow the spec strictly (string coordinates, uppercase slugs, e-mail
 * addresses in notes, meetings whose building is closed), so every record is either imported,
 * with each change to it said in the report, or skipped with the reason. No record is dropped
 * silently and no malformed record stops the import. Every listing is checked with the
 * project's own validator before it is written.
 *
 * Never copied from a feed: e-mail addresses (fields or text), contact people's names and phone
 * numbers, payment handles (venmo, paypal, square), `author` and `edit_url`.
 *
 * This module is the last step: each record is mapped (map-record.ts, from the fields the
 * read-*.ts modules read and attendance.ts decides on), given a slug, written as a listing file
 * that records its source (read-source.ts), and checked with the validator. Against a folder of an
 * earlier import, sync.ts decides which file each record updates. The command writes the files.
 */
import { SLUG_RE } from '#schemas/listing.ts';
import type { SiteConfig } from '#schemas/site.ts';
import type { FellowshipId } from '#taxonomy';
import { listingFileText, SLUG_MAX, slugify } from '#lib/authoring/listing-file.ts';
import {
  failsValidation,
  longestField,
  outputFile,
  RECORD_MAX_CHARS,
  Skip,
  tooLong,
  validationErrors,
  type Change,
} from '../import-report.ts';
import { mapRecord, type Draft } from './map-record.ts';
import { describeValue, type FeedRecord } from './read-fields.ts';

/** What the import needs besides the feed. */
export interface ImportOptions {
  site: SiteConfig;
  /** YYYY-MM-DD: dates after it are clamped to it; missing dates become it. */
  today: string;
  /** The fellowship of every meeting (a feed does not say; Meeting Guide feeds are AA's). */
  fellowship: FellowshipId;
  /** Time zone of records that give none, when it is not site.yaml's. */
  timezone?: string | undefined;
  /** The folder the files go to, relative to the project root (for the validator's messages). */
  outDir: string;
  /** Slugs other listings of the project already use. */
  takenSlugs?: Iterable<string> | undefined;
  /** The feed's name, recorded in each listing's `source` (read-source.ts says how it is chosen). */
  feed: string;
  /**
   * Files an earlier import of this feed wrote, by the index of the record that now updates each
   * (sync.ts matches them): the record keeps that file's name and path, so its page stays put.
   */
  earlierFiles?: ReadonlyMap<number, { slug: string; file: string }> | undefined;
  /**
   * Files in the output folder without a source (added by hand, or kept by hand), by slug. A record
   * whose name for its file is one of these is not written: it is most likely the same meeting,
   * and a second file would list it twice.
   */
  handFiles?: ReadonlyMap<string, string> | undefined;
}

/** A listing ready to be written. */
interface ImportedListing {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  /** The whole file: front matter and Markdown body. */
  text: string;
}

/** What happened to one record of the feed. */
export interface RecordOutcome {
  /** Position in the feed's array, from 0 (as `jq '.[12]'` counts). */
  index: number;
  /** The record's own slug, for the report. */
  label: string;
  listing?: ImportedListing;
  skipped?: Change;
  changes: Change[];
}

/**
 * Imports every record of a feed. Records are handled in feed order, so which of two records
 * with the same slug keeps it is stable from one run to the next.
 */
export function importFeed(records: readonly unknown[], options: ImportOptions): RecordOutcome[] {
  const taken = new Set(options.takenSlugs ?? []);
  return records.map((record, index) => importRecord(record, index, options, taken));
}

/** One record → a listing, or the reason it was skipped. Adds the slug it used to `taken`. */
function importRecord(record: unknown, index: number, options: ImportOptions, taken: Set<string>): RecordOutcome {
  const label = recordLabel(record);
  const changes: Change[] = [];
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new Skip('not a meeting', `is ${describeValue(record)}, not a meeting (an object with a name and a slug)`);
    }
    // Measured before anything reads the record: its size bounds the work the text clean-ups do.
    const size = JSON.stringify(record).length;
    if (size > RECORD_MAX_CHARS) throw tooLong('record', size, longestField(record as FeedRecord));
    const draft = mapRecord(record as FeedRecord, options, changes);
    const earlier = options.earlierFiles?.get(index);
    const slug = earlier?.slug ?? chooseSlug((record as FeedRecord).slug, draft, taken, options, changes);
    const file = earlier?.file ?? outputFile(options.outDir, slug);
    const text = listingFileText(draft.fields, draft.body, file);
    const errors = validationErrors(file, text, options);
    if (errors.length > 0) throw failsValidation(errors);
    taken.add(slug);
    return { index, label, listing: { slug, file, text }, changes };
  } catch (error) {
    if (error instanceof Skip) return { index, label, skipped: { kind: error.kind, message: error.message }, changes };
    // A bug here must cost one record, not the whole import.
    const message = error instanceof Error ? error.message : String(error);
    return { index, label, skipped: { kind: 'could not be read', message: `could not be read (${message})` }, changes };
  }
}

/** The longest slug the report repeats: a slug is a file name, so a longer one is broken anyway. */
const LABEL_MAX = 80;

/** The record's slug as the report names it. */
function recordLabel(record: unknown): string {
  if (typeof record !== 'object' || record === null) return 'no slug';
  const slug = (record as FeedRecord).slug;
  const label =
    typeof slug === 'string' && slug.trim() !== '' ? slug.trim() : typeof slug === 'number' ? String(slug) : 'no slug';
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
}

/**
 * The record's own slug when it is a valid file name and free, so the listing keeps the address
 * other sites and bookmarks know; else its lowercase form; else one made from the name, day and
 * time, numbered when needed.
 */
function chooseSlug(
  value: unknown,
  draft: Draft,
  taken: ReadonlySet<string>,
  { handFiles, feed }: Pick<ImportOptions, 'handFiles' | 'feed'>,
  changes: Change[],
): string {
  const source = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  const wanted = SLUG_RE.test(source) && source.length <= SLUG_MAX ? source : slugify(source);
  const heldBy = handFiles?.get(wanted);
  if (heldBy !== undefined) {
    throw new Skip(
      'a file added by hand has its name',
      `${heldBy} has this meeting's file name but no source (it was added or kept by hand), so it is left alone and the meeting is not written twice; to have imports update that file, add source: { feed: ${JSON.stringify(feed)}, slug: ${JSON.stringify(source)} } to it; if it is another meeting, rename one of them`,
    );
  }
  const free = (slug: string) => slug !== '' && SLUG_RE.test(slug) && slug.length <= SLUG_MAX && !taken.has(slug);
  if (free(source)) return source;
  const why =
    source === ''
      ? 'the record has no slug'
      : SLUG_RE.test(source) && source.length <= SLUG_MAX
        ? `slug "${source}" is already used`
        : `slug "${source}" is not a valid file name (lowercase letters, digits and single hyphens, at most ${SLUG_MAX} characters)`;
  let slug = slugify(source);
  if (!free(slug)) {
    const base = slugify(`${draft.name} ${draft.when}`) || 'meeting';
    slug = base;
    for (let n = 2; !free(slug); n++) slug = `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
  }
  changes.push({ kind: 'slug changed', message: `${why}; written as "${slug}"` });
  return slug;
}
