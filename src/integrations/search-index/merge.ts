/**
 * Joins the search indexes of several Pagefind runs into one folder.
 *
 * The build runs Pagefind once per language, each run in a Pagefind process of its own, so the
 * process holds one language's records at a time (index.ts says why). Each run writes a whole
 * Pagefind folder: its language's files (`fragment/es_…`, `index/es_…`, `filter/es_…`,
 * `pagefind.es_….pf_meta`, `wasm.es.pagefind`), the same shared scripts as every other run,
 * and `pagefind-entry.json`, which lists the languages the browser can load. Joining them is
 * moving each language's files in and listing every language in the entry file.
 *
 * Anything else would mean Pagefind's output has changed shape, so it stops the build with the
 * file's name rather than ship a search that finds nothing in one language.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moveInto } from '#integrations/output/staging.ts';

/** The file that tells Pagefind's script which languages the site has, and where their files are. */
export const ENTRY_FILE = 'pagefind-entry.json';

/** What `pagefind-entry.json` holds that the join needs; everything else must match between runs. */
interface Entry {
  version?: string;
  languages?: Record<string, unknown>;
  [key: string]: unknown;
}

function readEntry(folder: string): Entry {
  const path = join(folder, ENTRY_FILE);
  if (!existsSync(path)) throw new Error(`search index: Pagefind wrote no ${ENTRY_FILE} in ${folder}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Entry;
}

/** The entry file of both runs as one: the same apart from `languages`, which gains `from`'s. */
export function joinEntries(into: Entry, from: Entry): Entry {
  const { languages: ours = {}, ...restInto } = into;
  const { languages: theirs = {}, ...restFrom } = from;
  if (JSON.stringify(restInto) !== JSON.stringify(restFrom)) {
    throw new Error(
      `search index: two Pagefind runs wrote different ${ENTRY_FILE} settings (${JSON.stringify(restInto)} and ${JSON.stringify(restFrom)})`,
    );
  }
  for (const lang of Object.keys(theirs)) {
    if (lang in ours) throw new Error(`search index: two Pagefind runs both indexed the language "${lang}"`);
  }
  return { ...restInto, languages: { ...ours, ...theirs } };
}

/**
 * Moves the search index Pagefind wrote in `from` into the one in `into`, then removes `from`.
 * A file both have must be byte for byte the same (Pagefind's scripts and styles are).
 */
export function mergeIndexInto(into: string, from: string): void {
  const entry = joinEntries(readEntry(into), readEntry(from));
  for (const file of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    const source = join(from, file);
    if (file === ENTRY_FILE || !statSync(source).isFile()) continue;
    const target = join(into, file);
    if (existsSync(target)) {
      if (!readFileSync(target).equals(readFileSync(source))) {
        throw new Error(`search index: Pagefind wrote two different versions of ${file}, one per language run`);
      }
      continue;
    }
    moveInto(source, target);
  }
  writeFileSync(join(into, ENTRY_FILE), JSON.stringify(entry));
  rmSync(from, { recursive: true, force: true });
}
