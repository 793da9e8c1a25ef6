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
 * Guide feeds are AA feeds). The rules are in src/lib/meeting-guide/import.ts.
 */
import { readSite, Unusable } from './lib/cli.ts';
import { countsByKind } from '../src/lib/report.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isTimeZone } from '../src/schemas/common.ts';
import { FELLOWSHIP_IDS, FELLOWSHIPS } from '../src/taxonomy.ts';
import { importFeed, type FellowshipId, type RecordOutcome } from '../src/lib/meeting-guide/import.ts';
import { daysBetween, isListingFile, LISTINGS_DIR, todayIn } from '../src/lib/validate/index.ts';

/** A problem that stops the import: printed as one line, never as a stack trace. */

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
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        root: { type: 'string', default: '.' },
        timezone: { type: 'string' },
        fellowship: { type: 'string', default: 'aa' },
        today: { type: 'string' },
      },
    });
  } catch (error) {
    throw new Unusable(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.out) throw new Unusable(USAGE);
  if (!(FELLOWSHIP_IDS as readonly string[]).includes(values.fellowship)) {
    throw new Unusable(
      `--fellowship "${values.fellowship}" is not a fellowship; use one of ${FELLOWSHIP_IDS.join(', ')}`,
    );
  }
  if (values.timezone !== undefined && !isTimeZone(values.timezone)) {
    throw new Unusable(`--timezone "${values.timezone}" is not an IANA time zone; write it like America/New_York`);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new Unusable(`--today "${values.today}" is not a date; write it YYYY-MM-DD`);
  }
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Unusable(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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
  let entries: string[];
  try {
    entries = readdirSync(join(root, LISTINGS_DIR), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((entry) => `${LISTINGS_DIR}/${entry.split(sep).join('/')}`)
    .filter((file) => isListingFile(file) && !file.startsWith(`${outRelative}/`))
    .map((file) => basename(file, extname(file)));
}

/** `<feed>: record <index> (<slug>): …` for every record that was skipped or changed. */
function reportLines(feed: string, outcomes: readonly RecordOutcome[]): string[] {
  return outcomes.flatMap((outcome) => {
    const changes = outcome.changes.map((change) => change.message);
    const head = `${feed}: record ${outcome.index} (${outcome.label}): `;
    if (outcome.skipped) return [`${head}skipped: ${[outcome.skipped.message, ...changes].join('; ')}`];
    if (changes.length === 0) return [];
    return [`${head}imported as ${outcome.listing!.slug}.md; ${changes.join('; ')}`];
  });
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
    const stale = imported.filter((listing) => isStale(listing.text, today, site.stale_after_days)).length;
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

/** True when the file's last_verified is older than the site's stale limit. */
function isStale(text: string, today: string, staleAfterDays: number): boolean {
  const date = /^last_verified: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
  if (!date) return false;
  return daysBetween(date, today) > staleAfterDays;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    error instanceof Unusable ? error.message : `import-meeting-guide: ${(error as Error)?.message ?? String(error)}`,
  );
  process.exitCode = 1;
}
