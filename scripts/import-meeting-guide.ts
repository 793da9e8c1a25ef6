/**
 * npm run import:meeting-guide -- <feed.json> --out <dir> [--sync] [--feed <name>]
 *   [--root <project>] [--timezone <IANA zone>] [--fellowship <id>] [--today YYYY-MM-DD]
 *
 * Turns a Meeting Guide feed (the JSON file behind the Meeting Guide app and TSML UI) into
 * listing files, one `.md` per meeting in --out, each recording its source (feed and slug).
 * Importing the same feed into the same folder again updates those files, lists the ones whose
 * meeting has left the feed (--sync removes them), and never touches files added by hand or
 * from another feed (src/lib/open-data/meeting-guide/sync.ts). Prints one line per record it
 * changed or skipped and per file it updated, added or found gone (`<feed>: record <index>
 * (<slug>): …`, index counted from 0 as in `jq '.[12]'`), then a summary. Exits 0 when it
 * imported something, 1 when the input could not be used.
 *
 * --feed names the feed in each file's source (default: the host of the meetings' `url`, else
 * the file's name). --root is the project whose data/site.yaml gives the region, time zone and
 * country (default: the current folder). --fellowship names the fellowship of every meeting
 * (default aa: Meeting Guide feeds are AA feeds). The rules are in
 * src/lib/open-data/meeting-guide/ (import.ts, sync.ts and the modules they use).
 */
import {
  checkToday,
  listingFilesIn,
  readArgs,
  readInputText,
  readSite,
  runCommand,
  slugOf,
  Unusable,
} from './lib/cli.ts';
import { countsByKind } from '#lib/open-data/import-report.ts';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { isStale } from '#lib/time/freshness.ts';
import { isTimeZone } from '#schemas/common.ts';
import { FELLOWSHIP_IDS, FELLOWSHIPS, type FellowshipId } from '#taxonomy';
import { feedNameOf } from '#lib/open-data/meeting-guide/read-source.ts';
import {
  earlierFile,
  otherFeedsOnly,
  syncFeed,
  type EarlierFile,
  type SyncCounts,
} from '#lib/open-data/meeting-guide/sync.ts';
import { importSourceSchema } from '#schemas/listing.ts';
import { LISTINGS_DIR, todayIn } from '#lib/validate/index.ts';
import { escapeLineBreaks } from '#lib/validate/problem.ts';

const USAGE =
  'usage: npm run import:meeting-guide -- <feed.json> --out <dir> [--sync] [--feed <name>] [--root <dir>] [--timezone <zone>] [--fellowship <id>] [--today YYYY-MM-DD]';

interface Options {
  feed: string;
  out: string;
  root: string;
  timezone?: string | undefined;
  fellowship: FellowshipId;
  today?: string | undefined;
  sync: boolean;
  feedName?: string | undefined;
}

/** The command line, checked. */
function readOptions(): Options {
  const { values, positionals } = readArgs(
    {
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        root: { type: 'string', default: '.' },
        timezone: { type: 'string' },
        fellowship: { type: 'string', default: 'aa' },
        today: { type: 'string' },
        sync: { type: 'boolean', default: false },
        feed: { type: 'string' },
      },
    },
    USAGE,
  );
  if (positionals.length !== 1 || !values.out) throw new Unusable(USAGE);
  if (!(FELLOWSHIP_IDS as readonly string[]).includes(values.fellowship)) {
    throw new Unusable(
      `--fellowship "${values.fellowship}" is not a fellowship; use one of ${FELLOWSHIP_IDS.join(', ')}`,
    );
  }
  if (values.timezone !== undefined && !isTimeZone(values.timezone)) {
    throw new Unusable(`--timezone "${values.timezone}" is not an IANA time zone; write it like America/New_York`);
  }
  checkToday(values.today);
  if (values.feed !== undefined && !importSourceSchema.shape.feed.safeParse(values.feed).success) {
    throw new Unusable(`--feed "${values.feed}" is not a feed name; give a short name such as aa-example.org`);
  }
  return {
    feed: positionals[0]!,
    out: values.out,
    root: values.root,
    timezone: values.timezone,
    fellowship: values.fellowship as FellowshipId,
    today: values.today,
    sync: values.sync,
    feedName: values.feed?.trim(),
  };
}

/** The feed: a JSON array of meetings. */
function readFeed(path: string): unknown[] {
  const text = readInputText(path);
  let feed: unknown;
  try {
    feed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Unusable(`${path}: is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(feed)) {
    throw new Unusable(`${path}: is not a Meeting Guide feed; expected a JSON array of meetings`);
  }
  return feed;
}

/** Slugs of the project's listings outside the output folder: new files must not reuse them. */
function takenSlugs(root: string, outRelative: string): string[] {
  return listingFilesIn(join(root, LISTINGS_DIR))
    .map((file) => `${LISTINGS_DIR}/${file}`)
    .filter((file) => !file.startsWith(`${outRelative}/`))
    .map(slugOf);
}

/** The listing files already in the output folder, with their sources. */
function earlierFiles(root: string, out: string): EarlierFile[] {
  return listingFilesIn(out).map((path) => {
    const file = relative(root, join(out, path)).split(sep).join('/');
    return earlierFile(file, basename(path, extname(path)), readFileSync(join(out, path), 'utf8'));
  });
}

/** Where the name recorded in each file's source comes from. */
function feedLine(feed: string, given: boolean, fromUrls: boolean): string {
  const why = given
    ? ''
    : fromUrls
      ? ' (the host of its meetings’ pages; pass --feed to name it otherwise)'
      : ' (the file’s name, as its meetings give no common web address; pass --feed with a name that stays the same from one download to the next)';
  return `Feed: every file records its source as "${feed}"${why}.`;
}

/** "3 updated, 1 added, …": what the import did to the folder's files. */
function syncSummary(counts: SyncCounts, sync: boolean): string {
  return [
    `${counts.updated} updated`,
    `${counts.unchanged} unchanged`,
    `${counts.added} added`,
    `${counts.left} left the feed (${sync ? 'removed' : 'kept; run with --sync to remove them'})`,
    ...(counts.keptAfterSkip > 0 ? [`${counts.keptAfterSkip} kept as they were after a skip`] : []),
  ].join(', ');
}

function main(): number {
  const options = readOptions();
  const root = resolve(options.root);
  const site = readSite(root);
  const records = readFeed(options.feed);
  const out = resolve(options.out);
  const outRelative = relative(root, out).split(sep).join('/');
  const today = options.today ?? todayIn(site.timezone);
  const fellowship = FELLOWSHIPS.find((f) => f.id === options.fellowship)!;

  const feedFromUrls = feedNameOf(records);
  const feed = options.feedName ?? feedFromUrls ?? basename(options.feed, extname(options.feed));
  const earlier = earlierFiles(root, out);
  const others = otherFeedsOnly(earlier, feed);
  if (others.length > 0 && options.feedName === undefined) {
    throw new Unusable(
      `${options.out} holds meetings imported from ${others.map((f) => `"${f}"`).join(', ')}, none from "${feed}" (this feed's name, from ${feedFromUrls ? 'its meetings’ pages' : 'its file name'}); if it is the same feed, pass --feed ${JSON.stringify(others[0])}; if it is another, pass --feed with its own name`,
    );
  }
  const result = syncFeed(records, earlier, {
    site,
    today,
    fellowship: options.fellowship,
    timezone: options.timezone,
    outDir: outRelative,
    takenSlugs: takenSlugs(root, outRelative),
    feed,
    sync: options.sync,
    feedLabel: options.feed,
  });
  const { outcomes, counts } = result;
  const imported = outcomes.flatMap((outcome) => (outcome.listing ? [outcome.listing] : []));
  mkdirSync(out, { recursive: true });
  for (const { file, text } of [...result.writes].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    writeFileSync(join(root, file), text);
  }
  for (const file of result.removals) rmSync(join(root, file));

  // Feed text reaches these lines; a line break in it must not start a line of its own.
  for (const line of result.lines) console.log(escapeLineBreaks(line));
  const skipped = outcomes.filter((outcome) => outcome.skipped);
  const changed = outcomes.filter((outcome) => outcome.listing && outcome.changes.length > 0);
  console.log('');
  console.log(escapeLineBreaks(feedLine(feed, options.feedName !== undefined, feedFromUrls !== undefined)));
  console.log(
    `Fellowship: every meeting is listed as ${fellowship.label}${options.fellowship === 'aa' ? ' (assumed; pass --fellowship to change it)' : ''}.`,
  );
  console.log(
    `${options.feed}: ${records.length} records: ${imported.length} imported (${changed.length} with changes), ${skipped.length} skipped.`,
  );
  if (skipped.length > 0) console.log(`Skipped: ${countsByKind(skipped.map((outcome) => outcome.skipped!.kind))}.`);
  const changeKinds = outcomes.filter((outcome) => outcome.listing).flatMap((o) => o.changes.map((c) => c.kind));
  if (changeKinds.length > 0) console.log(`Changes: ${countsByKind(changeKinds)}.`);
  if (result.reimport) console.log(`Earlier import of ${feed} in this folder: ${syncSummary(counts, options.sync)}.`);
  const alone = [
    ...(counts.byHand > 0 ? [`${counts.byHand} added by hand (no source)`] : []),
    ...[...counts.otherFeeds].map(([name, n]) => `${n} from ${name}`),
  ];
  if (alone.length > 0) console.log(escapeLineBreaks(`Files left alone in ${outRelative}: ${alone.join(', ')}.`));
  if (result.writes.length > 0 || result.removals.length > 0) {
    console.log(
      `Wrote ${result.writes.length} listing files to ${relative(process.cwd(), out) || '.'}${result.removals.length > 0 ? `; removed ${result.removals.length}` : ''}.`,
    );
  }
  if (imported.length > 0) {
    const stale = imported.filter((listing) => {
      const lastVerified = lastVerifiedOf(listing.text);
      return lastVerified !== undefined && isStale(lastVerified, today, site.stale_after_days);
    }).length;
    if (stale > 0) {
      console.log(
        `${stale} were last updated more than ${site.stale_after_days} days ago; npm run validate will list them to confirm.`,
      );
    }
    if (!outRelative.startsWith(`${LISTINGS_DIR}/`) && outRelative !== LISTINGS_DIR) {
      console.log(`Note: ${outRelative} is outside ${LISTINGS_DIR}; the site reads listings only from there.`);
    }
  }
  return imported.length > 0 ? 0 : 1;
}

/** The last_verified date of a file the importer wrote (it writes the date bare, on its own line). */
function lastVerifiedOf(text: string): string | undefined {
  return /^last_verified: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
}

runCommand('import-meeting-guide', main);
