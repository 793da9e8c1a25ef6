/**
 * npm run import:meeting-guide -- <feed.json> --out <dir>
 *   [--root <project>] [--timezone <IANA zone>] [--fellowship <id>] [--today YYYY-MM-DD]
 *
 * Turns a Meeting Guide feed (the JSON file behind the Meeting Guide app and TSML UI) into
 * listing files, one `.md` per meeting in --out. Prints one line per record it changed or
 * skipped (`<feed>: record <index> (<slug>): …`, index counted from 0 as in `jq '.[12]'`), then a
 * summary. Exits 0 when it imported something, 1 when the input could not be used.
 *
 * --root is the project whose data/site.yaml gives the region, time zone and country (default:
 * the current folder). --fellowship names the fellowship of every meeting (default aa: Meeting
 * Guide feeds are AA feeds). The rules are in src/lib/open-data/meeting-guide/ (import.ts and the
 * modules it maps records with).
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
import { countsByKind, outcomeLines } from '#lib/open-data/import-report.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isStale } from '#lib/time/freshness.ts';
import { isTimeZone } from '#schemas/common.ts';
import { FELLOWSHIP_IDS, FELLOWSHIPS, type FellowshipId } from '#taxonomy';
import { importFeed, type RecordOutcome } from '#lib/open-data/meeting-guide/import.ts';
import { LISTINGS_DIR, todayIn } from '#lib/validate/index.ts';

const USAGE =
  'usage: npm run import:meeting-guide -- <feed.json> --out <dir> [--root <dir>] [--timezone <zone>] [--fellowship <id>] [--today YYYY-MM-DD]';

interface Options {
  feed: string;
  out: string;
  root: string;
  timezone?: string | undefined;
  fellowship: FellowshipId;
  today?: string | undefined;
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
  return {
    feed: positionals[0]!,
    out: values.out,
    root: values.root,
    timezone: values.timezone,
    fellowship: values.fellowship as FellowshipId,
    today: values.today,
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

/** `<feed>: record <index> (<slug>): …` for every record that was skipped or changed. */
function reportLines(feed: string, outcomes: readonly RecordOutcome[]): string[] {
  return outcomes.flatMap((outcome) => outcomeLines(`${feed}: record ${outcome.index} (${outcome.label}): `, outcome));
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

  const outcomes = importFeed(records, {
    site,
    today,
    fellowship: options.fellowship,
    timezone: options.timezone,
    outDir: outRelative,
    takenSlugs: takenSlugs(root, outRelative),
  });
  const imported = outcomes.flatMap((outcome) => (outcome.listing ? [outcome.listing] : []));
  mkdirSync(out, { recursive: true });
  for (const listing of [...imported].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    writeFileSync(join(out, `${listing.slug}.md`), listing.text);
  }

  for (const line of reportLines(options.feed, outcomes)) console.log(line);
  const skipped = outcomes.filter((outcome) => outcome.skipped);
  const changed = outcomes.filter((outcome) => outcome.listing && outcome.changes.length > 0);
  console.log('');
  console.log(
    `Fellowship: every meeting is listed as ${fellowship.label}${options.fellowship === 'aa' ? ' (assumed; pass --fellowship to change it)' : ''}.`,
  );
  console.log(
    `${options.feed}: ${records.length} records: ${imported.length} imported (${changed.length} with changes), ${skipped.length} skipped.`,
  );
  if (skipped.length > 0) console.log(`Skipped: ${countsByKind(skipped.map((outcome) => outcome.skipped!.kind))}.`);
  const changeKinds = outcomes.filter((outcome) => outcome.listing).flatMap((o) => o.changes.map((c) => c.kind));
  if (changeKinds.length > 0) console.log(`Changes: ${countsByKind(changeKinds)}.`);
  if (imported.length > 0) {
    console.log(`Wrote ${imported.length} listing files to ${relative(process.cwd(), out) || '.'}.`);
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
