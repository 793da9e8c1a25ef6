/**
 * `npm run validate` and the build's first step: every listing file and data/site.yaml checked
 * against the data contract, with problems a volunteer can act on.
 */
import { z } from 'astro/zod';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { basename, extname, join, relative, sep } from 'node:path';
import { listingFields, listingSchema, SLUG_RE, type ListingData } from '#schemas/listing.ts';
import { geoSchema, type Geo } from '#schemas/place.ts';
import { siteSchema, type SiteConfig } from '#schemas/site.ts';
import { daysSince, todayIn } from '#lib/time/freshness.ts';
import { inBounds } from '#lib/map/geo.ts';
import { slugify } from '#lib/authoring/listing-file.ts';
import { checkMarkdownBody, checkPlaceholders } from './markdown.ts';
import { allowedKeysAt, formatPath, friendlyErrorMap, unknownFieldMessage } from './messages.ts';
import type { Problem } from './problem.ts';
import {
  normalizeNewlines,
  parseYamlSource,
  readListingSource,
  type ParsedSource,
  type PathSegment,
} from './source.ts';

export { formatGithubAnnotation, formatProblem, sortProblems, summarize, type Problem } from './problem.ts';

/** Where listings live, relative to the project root. */
export const LISTINGS_DIR = 'data/listings';
export const SITE_FILE = 'data/site.yaml';
export const LISTING_EXTENSIONS = ['.md', '.yaml', '.yml'];

/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
export const daysBetween = daysSince;
export { todayIn };

/** Turns zod issues into problems with lines; unknown keys become one problem each. */
function issuesToProblems(
  file: string,
  source: ParsedSource,
  issues: readonly { code: string; path: PropertyKey[]; message: string; keys?: string[] }[],
  schema: Parameters<typeof allowedKeysAt>[0],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const allowed = allowedKeysAt(schema, path);
      for (const key of issue.keys) {
        problems.push({
          file,
          line: source.lineOf([...path, key], 'key'),
          field: formatPath([...path, key]),
          message: unknownFieldMessage(key, allowed),
          severity: 'error',
        });
      }
      continue;
    }
    const problem: Problem = {
      file,
      line: source.lineOf(path) ?? 1,
      field: formatPath(path) || 'front matter',
      message: issue.message,
      severity: 'error',
    };
    // A URL that fails two checks (scheme and host, e.g. "javascript:…") gives two identical
    // issues; print the line once.
    const repeat = problems.some(
      (p) => p.field === problem.field && p.line === problem.line && p.message === problem.message,
    );
    if (!repeat) problems.push(problem);
  }
  return problems;
}

export interface ListingCheckContext {
  site?: SiteConfig;
  /** YYYY-MM-DD; defaults to today in the site's time zone. */
  today: string;
}

export interface CheckedListing {
  file: string;
  slug: string;
  data?: ListingData;
  /** The Markdown description below the front matter of a `.md` file ('' for YAML files). */
  body: string;
  /** Line of `last_verified`, so the re-verification queue can point at the date to update. */
  lastVerifiedLine?: number;
  problems: Problem[];
}

/** Every rule that needs only this one file (and site.yaml): schema, YAML, body, dates, bounds. */
export function checkListing(file: string, text: string, context: ListingCheckContext): CheckedListing {
  const extension = extname(file);
  const slug = basename(file, extension);
  const source = readListingSource(file, text);
  const problems = [...source.problems];
  // A file saved in another encoding (e.g. Windows-1252 "Café") is read with U+FFFD in place of
  // its accented letters, which would then be published; say how to save it instead.
  const badByte = normalizeNewlines(text).indexOf('\uFFFD');
  if (badByte !== -1) {
    problems.push({
      file,
      line: normalizeNewlines(text).slice(0, badByte).split('\n').length,
      field: 'encoding',
      message: 'has characters that are not UTF-8 (shown as �); save the file with UTF-8 encoding and retype them',
      severity: 'error',
    });
  }
  // The build reads only lowercase .md/.yaml/.yml, so "Pantry.MD" would pass here yet vanish.
  if (!SLUG_RE.test(slug) || extension !== extension.toLowerCase()) {
    // No length cut: the suggestion keeps the whole name, only its characters change.
    const suggestion = slugify(slug, Infinity);
    problems.push({
      file,
      line: 1,
      field: 'slug',
      message: `the file name "${slug}${extension}" becomes the page address, so it may use only lowercase letters, digits and single hyphens; rename it to "${suggestion || 'a-name'}${extension.toLowerCase()}"`,
      severity: 'error',
    });
  }
  if (source.data === undefined) return { file, slug, body: source.body, problems };

  const result = listingSchema.safeParse(source.data, { error: friendlyErrorMap });
  if (!result.success) {
    problems.push(...issuesToProblems(file, source, result.error.issues, listingSchema));
  }
  const raw = source.data as Record<string, unknown>;
  if (source.body.trim() !== '') {
    problems.push(...checkMarkdownBody(file, source.body, source.bodyLine));
    problems.push(...checkPlaceholders(file, source.body, source.bodyLine));
  }
  if (typeof raw.description === 'string') {
    if (extension === '.md' && source.body.trim() !== '') {
      problems.push({
        file,
        line: source.lineOf(['description'], 'key'),
        field: 'description',
        message: 'is given twice: in a .md file the text below the front matter is the description; remove this field',
        severity: 'error',
      });
    }
    // A multi-line description is a block scalar (description: |) whose text starts a line below.
    const line = (source.lineOf(['description']) ?? 1) + (raw.description.includes('\n') ? 1 : 0);
    problems.push(...checkMarkdownBody(file, raw.description, line, 'description'));
    problems.push(...checkPlaceholders(file, raw.description, line, 'description'));
  }
  // Dates and bounds are checked on the fields that parsed, even when others did not, so a
  // volunteer sees every problem in one round.
  const dates = datesSchema.safeParse(raw);
  if (dates.success) problems.push(...checkDates(file, source, dates.data, context));
  const geo = geoSchema.safeParse(raw.geo);
  if (context.site && geo.success) problems.push(...checkBounds(file, source, geo.data, context.site));
  if (!result.success) return { file, slug, body: source.body, problems };
  return {
    file,
    slug,
    data: result.data,
    body: source.body,
    lastVerifiedLine: source.lineOf(['last_verified']),
    problems,
  };
}

// Non-strict: the other fields are checked (and reported) by the full schema.
const datesSchema = z.object(listingFields.pick({ last_verified: true, event_dates: true, status: true }).shape);

function checkDates(
  file: string,
  source: ParsedSource,
  data: Pick<ListingData, 'last_verified' | 'event_dates' | 'status'>,
  context: ListingCheckContext,
): Problem[] {
  const problems: Problem[] = [];
  const age = daysBetween(data.last_verified, context.today);
  const line = source.lineOf(['last_verified']);
  if (age < 0) {
    problems.push({
      file,
      line,
      field: 'last_verified',
      message: `${data.last_verified} is in the future; write the date you actually confirmed the details (today is ${context.today})`,
      severity: 'error',
    });
  } else if (context.site && age > context.site.stale_after_days && data.status !== 'closed') {
    problems.push({
      file,
      line,
      field: 'last_verified',
      message: `was ${age} days ago (stale after ${context.site.stale_after_days}); confirm the details by phone or visit, then update the date`,
      severity: 'warning',
    });
  }
  if (data.event_dates && data.event_dates.every((date) => daysBetween(date, context.today) > 0)) {
    problems.push({
      file,
      line: source.lineOf(['event_dates']),
      field: 'event_dates',
      message: 'every date has passed; add the next dates, or set status: closed if the event is over',
      severity: 'warning',
    });
  }
  return problems;
}

function checkBounds(file: string, source: ParsedSource, geo: Geo, site: SiteConfig): Problem[] {
  const { lat, lng } = geo;
  if (inBounds(lat, lng, site.region.bounds)) return [];
  const swapped = inBounds(lng, lat, site.region.bounds);
  return [
    {
      file,
      line: source.lineOf(['geo']),
      field: 'geo',
      message: swapped
        ? `lat ${lat} and lng ${lng} look swapped; write lat: ${lng} and lng: ${lat}`
        : `(${lat}, ${lng}) is outside ${site.region.name} (site.yaml region.bounds); check the numbers, or widen the bounds if the community grew`,
      severity: 'error',
    },
  ];
}

/** Reads and checks data/site.yaml. */
export function checkSite(file: string, text: string): { site?: SiteConfig; problems: Problem[] } {
  const source = parseYamlSource(file, normalizeNewlines(text), 1);
  if (source.data === undefined) return { problems: source.problems };
  const result = siteSchema.safeParse(source.data, { error: friendlyErrorMap });
  if (!result.success) {
    const full: ParsedSource = { ...source, body: '', bodyLine: 1 };
    return { problems: [...source.problems, ...issuesToProblems(file, full, result.error.issues, siteSchema)] };
  }
  return { site: result.data, problems: source.problems };
}

/** Every file under `dir`, as paths relative to `root` with forward slashes; skips dot-files. */
function listFiles(root: string, dir: string): string[] {
  const absolute = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(absolute, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.split(sep).some((part) => part.startsWith('.')))
    .filter((entry) => {
      // A link to nothing is kept, so reading it reports the problem instead of crashing here.
      try {
        return statSync(join(absolute, entry)).isFile();
      } catch {
        return true;
      }
    })
    .map((entry) => relative(root, join(absolute, entry)).split(sep).join('/'))
    .sort();
}

/** True for the files the build reads as listings (README and `_draft` files are skipped). */
export function isListingFile(path: string): boolean {
  const name = basename(path);
  return (
    LISTING_EXTENSIONS.includes(extname(name).toLowerCase()) &&
    !name.startsWith('_') &&
    name.toLowerCase() !== 'readme.md'
  );
}

export interface ProjectReport {
  site?: SiteConfig;
  /** YYYY-MM-DD the dates were checked against. */
  today: string;
  listings: CheckedListing[];
  problems: Problem[];
  fileCount: number;
}

export interface ValidateOptions {
  /** YYYY-MM-DD to check dates against; defaults to today in the site's time zone. */
  today?: string;
  now?: Date;
}

/** What every listing check needs: site.yaml, today, and the listing files to read. */
interface ProjectSetup {
  root: string;
  context: ListingCheckContext;
  listingFiles: string[];
  fileCount: number;
  problems: Problem[];
}

/** Reads site.yaml, fixes today's date and lists the listing files. */
function prepareProject(root: string, options: ValidateOptions): ProjectSetup {
  const problems: Problem[] = [];
  let site: SiteConfig | undefined;
  try {
    const checked = checkSite(SITE_FILE, readFileSync(join(root, SITE_FILE), 'utf8'));
    site = checked.site;
    problems.push(...checked.problems);
  } catch {
    problems.push({
      file: SITE_FILE,
      field: 'file',
      message: 'is missing; copy the example in README.md and fill in your community',
      severity: 'error',
    });
  }
  const today = options.today ?? todayIn(site?.timezone ?? 'UTC', options.now);
  // A mistyped --today would make every date comparison NaN, so no date would be checked at all.
  if (Number.isNaN(daysBetween(today, today)) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    problems.push({
      file: '--today',
      field: 'today',
      message: `"${today}" is not a date; write it YYYY-MM-DD, like 2026-11-24`,
      severity: 'error',
    });
  }
  const files = listFiles(root, LISTINGS_DIR);
  const listingFiles: string[] = [];
  for (const file of files) {
    if (isListingFile(file)) listingFiles.push(file);
    // README and `_draft` files are skipped on purpose; anything else is probably misnamed.
    else if (!LISTING_EXTENSIONS.includes(extname(file).toLowerCase())) {
      problems.push({
        file,
        field: 'file',
        message: 'is not read as a listing; listing files end in .md, .yaml or .yml',
        severity: 'warning',
      });
    }
  }
  if (files.length === 0) {
    problems.push({
      file: LISTINGS_DIR,
      field: 'folder',
      message: 'has no listings; add at least one .md file (see CONTRIBUTING.md)',
      severity: 'error',
    });
  }
  return { root, context: { site, today }, listingFiles, fileCount: files.length, problems };
}

export interface FilesReport {
  listings: CheckedListing[];
  /** Files that could not be read. */
  problems: Problem[];
}

/** Reads and checks listing files (paths relative to `root`), each on its own. */
export function checkListingFiles(root: string, files: readonly string[], context: ListingCheckContext): FilesReport {
  const listings: CheckedListing[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch (error) {
      // A dangling link or an unreadable file must be a problem line, not a stack trace.
      problems.push({
        file,
        field: 'file',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); if it is a link, replace it with the listing file itself`,
        severity: 'error',
      });
      continue;
    }
    listings.push(checkListing(file, text, context));
  }
  return { listings, problems };
}

/** The rules across files (unique slugs), and every problem in one list. */
function finishProject(setup: ProjectSetup, reports: readonly FilesReport[]): ProjectReport {
  const problems = [...setup.problems];
  const listings: CheckedListing[] = [];
  const seen = new Map<string, string>();
  for (const report of reports) {
    problems.push(...report.problems);
    for (const checked of report.listings) {
      const earlier = seen.get(checked.slug);
      if (earlier) {
        checked.problems.push({
          file: checked.file,
          line: 1,
          field: 'slug',
          message: `"${checked.slug}" is already used by ${earlier}; every file name must be unique across all folders, so rename one of them`,
          severity: 'error',
        });
      } else {
        seen.set(checked.slug, checked.file);
      }
      listings.push(checked);
      problems.push(...checked.problems);
    }
  }
  return { site: setup.context.site, today: setup.context.today, listings, problems, fileCount: listings.length + 1 };
}

/** Checks site.yaml and every listing under data/listings of the project at `root`. */
export function validateProject(root: string, options: ValidateOptions = {}): ProjectReport {
  const setup = prepareProject(root, options);
  return finishProject(setup, [checkListingFiles(root, setup.listingFiles, setup.context)]);
}

/**
 * Below this many files a second thread costs more to start (it loads the schemas afresh) than
 * it saves.
 */
const PARALLEL_FROM = 2000;

/**
 * `validateProject` on two cores: a worker thread checks the second half of the files while this
 * thread checks the first. Parsing YAML with positions is most of a build's validation time (about
 * 4 s at 10,000 listings); the report is the same, in the same order.
 */
export async function validateProjectInParallel(
  root: string,
  options: ValidateOptions = {},
  { parallelFrom = PARALLEL_FROM } = {},
): Promise<ProjectReport> {
  const setup = prepareProject(root, options);
  const files = setup.listingFiles;
  if (files.length < parallelFrom || availableParallelism() < 2) {
    return finishProject(setup, [checkListingFiles(root, files, setup.context)]);
  }
  const middle = Math.ceil(files.length / 2);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: { root, files: files.slice(middle), context: setup.context },
  });
  const second = new Promise<FilesReport>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the validation worker stopped (exit code ${code})`)));
  });
  const first = checkListingFiles(root, files.slice(0, middle), setup.context);
  try {
    return finishProject(setup, [first, await second]);
  } finally {
    void worker.terminate();
  }
}
