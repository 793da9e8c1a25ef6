/**
 * What the listing-writing commands share: a one-line failure, the command line and input file
 * read with the same messages, the project's site.yaml, and the slugs its listings already use.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkSite, isListingFile, SITE_FILE, walkFolder } from '#lib/validate/index.ts';
import { escapeLineBreaks } from '#lib/validate/problem.ts';
import type { SiteConfig } from '#schemas/site.ts';

/** A problem with the command's input: printed as its message alone, never as a stack trace. */
export class Unusable extends Error {}

/**
 * Runs the command and sets its exit code: 1, with one line on stderr, when it fails. An
 * Unusable is the person's to fix and prints alone; anything else is named after the command.
 */
export function runCommand(name: string, main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Unusable ? error.message : `${name}: ${(error as Error)?.message ?? String(error)}`);
    process.exitCode = 1;
  }
}

/** The command line, parsed; a mistyped option is answered with the reason and the usage. */
export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new Unusable(`${(error as Error).message}\n${usage}`);
  }
}

/** Checks --today's shape (the importer checks nothing more before using it). */
export function checkToday(today: string | undefined): void {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new Unusable(`--today "${today}" is not a date; write it YYYY-MM-DD`);
  }
}

/** An input file's text; a file that cannot be read stops the command with the reason's code. */
export function readInputText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Unusable(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The project's site.yaml, which must be valid: its bounds and time zone decide the import. */
export function readSite(root: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(join(root, SITE_FILE), 'utf8');
  } catch {
    throw new Unusable(`${join(root, SITE_FILE)}: cannot be read; run the import in the project folder or pass --root`);
  }
  const { site, problems } = checkSite(SITE_FILE, text);
  if (!site) {
    const first = problems[0];
    throw new Unusable(
      `${SITE_FILE}: ${first ? `${first.field}: ${first.message}` : 'is not valid'}; run npm run validate`,
    );
  }
  return site;
}

/**
 * The listing files under `dir`, at any depth, as paths relative to it with forward slashes.
 * None when the folder does not exist yet (a new project, or a new output folder). A link to a
 * folder is not walked (it may lead out of the project, or back into itself); one line on stderr
 * names it. `npm run validate` refuses links that leave data/.
 */
export function listingFilesIn(dir: string): string[] {
  const files: string[] = [];
  walkFolder(dir, (path, entry) => {
    if (entry.isSymbolicLink() && isFolder(join(dir, path))) {
      console.error(
        escapeLineBreaks(
          `${join(dir, path)}: is a link to a folder and is not read; move the listings into the folder itself`,
        ),
      );
    } else if (isListingFile(path)) files.push(path);
  });
  return files;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A listing file's slug: its name without the extension. */
export const slugOf = (file: string): string => basename(file, extname(file));
