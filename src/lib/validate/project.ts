/**
 * Validating a whole project: site.yaml read and today's date fixed, the listing files found
 * under data/listings and each one checked (listing.ts), then the rules across files (unique
 * slugs) and every problem in one report. parallel.ts runs the same steps on two threads.
 */
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import type { SiteConfig } from '#schemas/site.ts';
import { todayIn } from '#lib/time/freshness.ts';
import {
  checkListing,
  daysBetween,
  takenSlugProblem,
  type CheckedListing,
  type ListingCheckContext,
} from './listing.ts';
import { fileSizeProblem } from './limits.ts';
import { checkDuplicates } from './duplicates.ts';
import type { Problem } from './problem.ts';
import { checkSite, SITE_FILE } from './site.ts';

/** Where listings live, relative to the project root. */
export const LISTINGS_DIR = 'data/listings';
export const LISTING_EXTENSIONS = ['.md', '.yaml', '.yml'];

export interface FolderFiles {
  /** Files (and links to files inside data/), relative to the root, with forward slashes, sorted. */
  files: string[];
  /** One problem per link that leaves data/: such a link is never read. */
  problems: Problem[];
}

/** The project's data folder: links may point anywhere inside it, and nowhere else. */
export const DATA_DIR = 'data';

/**
 * Every file under `dir` (relative to `root`); skips dot-files. Links are not followed out of
 * data/: a link to a file or folder elsewhere is refused with a problem, because the build must
 * read only what the repository holds (a link to ~/.ssh or to another project would be read and
 * published). A link to a folder inside data/ is not walked either: its files are read where
 * they are.
 */
export function listFolderFiles(root: string, dir: string): FolderFiles {
  const files: string[] = [];
  const problems: Problem[] = [];
  let dataDir: string;
  try {
    dataDir = realpathSync(join(root, DATA_DIR));
  } catch {
    return { files, problems };
  }
  const base = dir.split(sep).join('/');
  walkFolder(
    join(root, dir),
    (name, entry) => {
      const path = `${base}/${name}`;
      if (entry.isFile()) files.push(path);
      else if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(join(root, path));
        } catch {
          // A link to nothing is kept, so reading it reports the problem instead of crashing here.
          files.push(path);
          return;
        }
        if (target !== dataDir && !target.startsWith(dataDir + sep)) {
          problems.push({
            file: path,
            field: 'file',
            message: `is a link to ${readlinkSync(join(root, path))}, outside data/, and is not read; replace the link with a copy of what it points to`,
            severity: 'error',
          });
        } else if (statSync(target).isFile()) files.push(path);
      }
    },
    { skipHidden: true },
  );
  return { files: files.sort(), problems };
}

/**
 * Calls `visit` for every entry under `folder` that is not a folder, with its path relative to
 * `folder` (forward slashes). Folders are walked; links, to folders too, are handed to `visit`
 * and never followed, so a walk cannot leave the project or loop. A folder that cannot be read
 * gives nothing.
 */
export function walkFolder(
  folder: string,
  visit: (path: string, entry: Dirent) => void,
  options: { skipHidden?: boolean } = {},
  relative = '',
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(folder, relative), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (options.skipHidden && entry.name.startsWith('.')) continue;
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walkFolder(folder, visit, options, path);
    else visit(path, entry);
  }
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

/**
 * An error for a file under data/listings that the build will not read, with the name to give it.
 * It was a warning, and a listing saved as "pantry.md.txt" (as some editors do) or with no
 * extension then passed the check and silently never appeared on the site. README files and
 * names starting with "_" (drafts) are skipped on purpose and pass.
 */
export function misnamedFileProblem(file: string): Problem | undefined {
  const name = basename(file);
  if (name.startsWith('_') || /^readme(?:\.|$)/i.test(name) || isListingFile(file)) return undefined;
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  const inner = extname(stem).toLowerCase();
  const message =
    extension === ''
      ? `has no extension, so it is never read as a listing; rename it to ${name}.md (or .yaml)`
      : LISTING_EXTENSIONS.includes(inner)
        ? `ends in ${extension} after ${inner}, so it is never read as a listing; rename it to ${stem}`
        : `ends in ${extension}, so it is never read as a listing; listing files end in .md, .yaml or .yml: rename it to ${stem}.md, or move it out of data/listings`;
  return { file, field: 'file', message, severity: 'error' };
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
export interface ProjectSetup {
  root: string;
  context: ListingCheckContext;
  listingFiles: string[];
  fileCount: number;
  problems: Problem[];
}

/** Reads site.yaml, fixes today's date and lists the listing files. */
export function prepareProject(root: string, options: ValidateOptions): ProjectSetup {
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
  const { files, problems: links } = listFolderFiles(root, LISTINGS_DIR);
  problems.push(...links);
  const listingFiles: string[] = [];
  for (const file of files) {
    if (isListingFile(file)) listingFiles.push(file);
    else {
      const misnamed = misnamedFileProblem(file);
      if (misnamed) problems.push(misnamed);
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
      // A file too large is never read: 50 MB of text would take minutes to check.
      const tooLarge = fileSizeProblem(file, statSync(join(root, file)).size);
      if (tooLarge) {
        problems.push(tooLarge);
        continue;
      }
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
export function finishProject(setup: ProjectSetup, reports: readonly FilesReport[]): ProjectReport {
  const problems = [...setup.problems];
  const listings: CheckedListing[] = [];
  const seen = new Map<string, string>();
  for (const report of reports) {
    problems.push(...report.problems);
    for (const checked of report.listings) {
      const earlier = seen.get(checked.slug);
      if (earlier) {
        checked.problems.push(takenSlugProblem(checked.file, checked.slug, earlier));
      } else {
        seen.set(checked.slug, checked.file);
      }
      listings.push(checked);
    }
  }
  checkDuplicates(listings);
  for (const checked of listings) problems.push(...checked.problems);
  return { site: setup.context.site, today: setup.context.today, listings, problems, fileCount: listings.length + 1 };
}

/** Checks site.yaml and every listing under data/listings of the project at `root`. */
export function validateProject(root: string, options: ValidateOptions = {}): ProjectReport {
  const setup = prepareProject(root, options);
  return finishProject(setup, [checkListingFiles(root, setup.listingFiles, setup.context)]);
}
