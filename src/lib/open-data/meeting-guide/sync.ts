/**
 * Importing a feed into a folder that already holds an earlier import of it: which file each
 * meeting updates, which meetings are new, which have left the feed, and which files are left
 * alone. Pure: the command (scripts/import-meeting-guide.ts) reads the folder and writes and
 * removes what this decides.
 *
 * The rules:
 * - A file belongs to this import when its `source.feed` is this feed's name. Files without a
 *   source were added (or taken over) by hand; files from another feed belong to that feed's
 *   imports. Neither is ever changed or removed.
 * - Each meeting finds its file by its id when the feed gives ids (TSML's WordPress feeds do; the
 *   id stays when a meeting is renamed and its slug changes), else by its slug. A meeting that
 *   finds its file updates it and keeps the file's name, so its page stays at the same address.
 * - A feed without ids cannot say that a slug was renamed: the old slug's file has left the
 *   feed, and the new slug is a new meeting. The report says so.
 * - A file whose meeting is no longer in the feed, or is now inactive, has left the feed: it is
 *   listed, and removed only with `--sync`. A meeting skipped for any other reason keeps its file
 *   as it was, so a feed's passing fault never deletes a listing.
 * - Every action is one line of the report.
 */
import { importSourceSchema, type ImportSource } from '#schemas/listing.ts';
import { checkFileLimits } from '#lib/validate/limits.ts';
import { readListingSource } from '#lib/validate/source.ts';
import { outcomeLines, Skip } from '../import-report.ts';
import { importFeed, type ImportOptions, type RecordOutcome } from './import.ts';
import type { FeedRecord } from './read-fields.ts';
import { readSource } from './read-source.ts';

/** A listing file found in the output folder before the import. */
export interface EarlierFile {
  /** Path relative to the project root. */
  file: string;
  /** Its name without the extension: its page's address. */
  slug: string;
  text: string;
  /** Its `source`, when it has one that can be read. */
  source?: ImportSource | undefined;
}

/**
 * A file of the output folder as the sync sees it: its text, and its source when it has one. A
 * file past the validator's size limits is not read (its YAML could take minutes): it counts as
 * the volunteer's, and the validator says what is wrong with it.
 */
export function earlierFile(file: string, slug: string, text: string): EarlierFile {
  if (checkFileLimits(file, text).length > 0) return { file, slug, text };
  const { data } = readListingSource(file, text);
  const raw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).source : undefined;
  const source = importSourceSchema.safeParse(raw);
  return { file, slug, text, ...(source.success && { source: source.data }) };
}

export interface SyncOptions extends Omit<ImportOptions, 'earlierFiles' | 'handFiles'> {
  /** Remove the files whose meeting has left the feed; without it they are only listed. */
  sync: boolean;
  /** How the report names the feed: the path given to the command. */
  feedLabel: string;
}

export interface SyncCounts {
  /** Meetings new to the folder. */
  added: number;
  updated: number;
  unchanged: number;
  /** Files whose meeting left the feed (or became inactive). */
  left: number;
  /** Files kept as they were because their meeting was skipped this time. */
  keptAfterSkip: number;
  /** Files of the folder without a source, left alone. */
  byHand: number;
  /** Files of the folder from other feeds, left alone, by feed. */
  otherFeeds: Map<string, number>;
}

export interface SyncResult {
  outcomes: RecordOutcome[];
  /** New and changed files, to write. */
  writes: { file: string; text: string }[];
  /** Files to remove (only with `sync`). */
  removals: string[];
  /** The report: one line per record changed or skipped and per file updated, added or left. */
  lines: string[];
  counts: SyncCounts;
  /** The folder held an earlier import of this feed. */
  reimport: boolean;
}

/**
 * The feeds whose files fill a folder that holds none of this feed's: a feed saved under another
 * file name, or whose site moved, would otherwise be imported a second time beside itself. The
 * command then asks for --feed instead of guessing. Empty when there is no doubt.
 */
export function otherFeedsOnly(earlier: readonly EarlierFile[], feed: string): string[] {
  if (earlier.some((f) => f.source?.feed === feed)) return [];
  return [...new Set(earlier.flatMap((f) => (f.source ? [f.source.feed] : [])))].sort();
}

/** A meeting's keys in the feed: its id and slug (undefined when it has neither, or is not a meeting). */
function keysOf(record: unknown, feed: string): ImportSource | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  try {
    return readSource(record as FeedRecord, feed, []);
  } catch (error) {
    if (error instanceof Skip) return undefined;
    throw error;
  }
}

/**
 * Which earlier file each record updates, by record index: first by id, where both the record
 * and the file have one, then by slug among the files left. A file is used once; among files with
 * the same slug (a feed that listed one slug twice), the first by name goes to the first record.
 */
export function matchEarlier(
  records: readonly unknown[],
  ours: readonly EarlierFile[],
  feed: string,
): Map<number, EarlierFile> {
  const keys = records.map((record) => keysOf(record, feed));
  const free = [...ours].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const matched = new Map<number, EarlierFile>();
  const take = (index: number, found: EarlierFile | undefined) => {
    if (found === undefined) return;
    matched.set(index, found);
    free.splice(free.indexOf(found), 1);
  };
  keys.forEach((key, index) => {
    const id = key?.id;
    if (id !== undefined)
      take(
        index,
        free.find((f) => f.source!.id === id),
      );
  });
  keys.forEach((key, index) => {
    if (key === undefined || matched.has(index)) return;
    take(
      index,
      free.find((f) => f.source!.slug === key.slug),
    );
  });
  return matched;
}

/** Imports a feed into a folder holding `earlier` files (see the rules at the top). */
export function syncFeed(
  records: readonly unknown[],
  earlier: readonly EarlierFile[],
  options: SyncOptions,
): SyncResult {
  const { feed, sync, feedLabel } = options;
  // The importer writes .md files; one turned into .yaml by hand is the volunteer's now.
  const ours = earlier.filter((f) => f.source?.feed === feed && f.file.endsWith('.md'));
  const isOurs = new Set(ours);
  const byHand = earlier.filter((f) => f.source === undefined || (f.source.feed === feed && !isOurs.has(f)));
  const otherFeeds = new Map<string, number>();
  for (const f of earlier) {
    if (f.source && f.source.feed !== feed) otherFeeds.set(f.source.feed, (otherFeeds.get(f.source.feed) ?? 0) + 1);
  }
  const matched = matchEarlier(records, ours, feed);
  const outcomes = importFeed(records, {
    ...options,
    // Every file already in the folder keeps its name; only the meeting matched to it reuses it.
    takenSlugs: [...(options.takenSlugs ?? []), ...earlier.map((f) => f.slug)],
    earlierFiles: new Map([...matched].map(([index, f]) => [index, { slug: f.slug, file: f.file }])),
    handFiles: new Map(byHand.map((f) => [f.slug, f.file])),
  });

  const reimport = ours.length > 0;
  const counts: SyncCounts = {
    added: 0,
    updated: 0,
    unchanged: 0,
    left: 0,
    keptAfterSkip: 0,
    byHand: byHand.length,
    otherFeeds,
  };
  const writes: SyncResult['writes'] = [];
  const removals: string[] = [];
  const lines: string[] = [];
  const leaves = (f: EarlierFile) => {
    counts.left++;
    if (sync) removals.push(f.file);
    return sync ? 'removed' : 'kept for now; run with --sync to remove it';
  };

  for (const outcome of outcomes) {
    const head = `${feedLabel}: record ${outcome.index} (${outcome.label}): `;
    const before = matched.get(outcome.index);
    const changes = outcome.changes.map((change) => change.message);
    if (outcome.skipped && before) {
      if (outcome.skipped.kind === 'inactive') {
        lines.push(
          `${head}has left the feed: it ${outcome.skipped.message.replace(/^is /, 'is now ')}; ${before.file} ${leaves(before)}`,
        );
      } else {
        counts.keptAfterSkip++;
        lines.push(
          `${head}skipped: ${[outcome.skipped.message, ...changes].join('; ')}; ${before.file} from the earlier import is kept as it was`,
        );
      }
    } else if (!outcome.listing) {
      lines.push(...outcomeLines(head, outcome));
    } else if (before) {
      const { text, file } = outcome.listing;
      // A checkout may have turned the file's line ends into CRLF; that is no change.
      if (text === before.text.replace(/\r\n/g, '\n')) {
        counts.unchanged++;
        continue;
      }
      counts.updated++;
      writes.push({ file, text });
      const now = keysOf(records[outcome.index], feed);
      lines.push(`${head}updated ${[file, ...renamed(before.source!, now), ...changes].join('; ')}`);
    } else {
      counts.added++;
      writes.push({ file: outcome.listing.file, text: outcome.listing.text });
      if (reimport) lines.push(`${head}added as ${[outcome.listing.file, ...changes].join('; ')}`);
      else lines.push(...outcomeLines(head, outcome));
    }
  }

  const matchedFiles = new Set(matched.values());
  const gone = ours.filter((f) => !matchedFiles.has(f));
  for (const f of gone) {
    lines.push(`${f.file}: its meeting (slug "${f.source!.slug}") has left the feed; ${leaves(f)}`);
  }
  const feedHasIds = records.some((record) => keysOf(record, feed)?.id !== undefined);
  if (gone.length > 0 && counts.added > 0 && !feedHasIds) {
    lines.push(
      `${feedLabel}: the feed gives no meeting ids, so a meeting whose slug was renamed shows above as one that left and one that was added`,
    );
  }
  return { outcomes, writes, removals, lines, counts, reimport };
}

/** "its slug in the feed changed from …": a meeting found by its id under a new slug. */
function renamed(before: ImportSource, now: ImportSource | undefined): string[] {
  if (now === undefined || now.slug === before.slug) return [];
  return [
    `its slug in the feed changed from "${before.slug}" to "${now.slug}" (found by its id, ${before.id}); the file keeps its name`,
  ];
}
