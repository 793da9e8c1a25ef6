/**
 * Writes, beside a Pagefind run's index, the table from its result ids to listings
 * (src/lib/finder/result-ids.ts says what the finder does with it).
 *
 * Pagefind's Node API does not say which fragment it wrote for which page, so the fragments are
 * read back, in a worker thread (result-ids-worker.ts) while the build goes on: each is gzipped JSON behind Pagefind's signature, with the page's URL. A fragment
 * that does not read that way means Pagefind's output has changed shape, and the build stops with
 * the file's name rather than ship a finder that matches words to the wrong listings.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resultIdFile, resultIdTable, slugOfUrl, splitResultId } from '#lib/finder/result-ids.ts';

/** What Pagefind writes before the JSON of every fragment, once decompressed. */
const SIGNATURE = 'pagefind_dcd';

/** The listing slug a fragment file is for. */
function fragmentSlug(path: string): string {
  let text: string;
  try {
    text = gunzipSync(readFileSync(path)).toString('utf8');
  } catch {
    throw new Error(`search index: ${path} is not gzipped as Pagefind's fragments were`);
  }
  if (!text.startsWith(SIGNATURE)) throw new Error(`search index: ${path} lacks Pagefind's fragment signature`);
  const url = (JSON.parse(text.slice(SIGNATURE.length)) as { url?: unknown }).url;
  const slug = typeof url === 'string' ? slugOfUrl(url) : undefined;
  if (!slug) throw new Error(`search index: ${path} is for ${JSON.stringify(url)}, not a listing page`);
  return slug;
}

/**
 * Writes `result-ids.<prefix>.json` in `folder` (one Pagefind run's output) for each language
 * prefix its fragments have; returns how many listings each table holds.
 */
export function writeResultIds(folder: string): Map<string, number> {
  const byPrefix = new Map<string, Map<string, string>>();
  const fragments = join(folder, 'fragment');
  // A site with no listings yet has no fragments, and no table to write.
  const files = existsSync(fragments) ? readdirSync(fragments) : [];
  for (const file of files) {
    if (!file.endsWith('.pf_fragment')) continue;
    const { prefix, hash } = splitResultId(file.slice(0, -'.pf_fragment'.length));
    const hashes = byPrefix.get(prefix) ?? new Map<string, string>();
    byPrefix.set(prefix, hashes);
    const slug = fragmentSlug(join(fragments, file));
    if (hashes.has(slug)) throw new Error(`search index: two Pagefind fragments are for the listing "${slug}"`);
    hashes.set(slug, hash);
  }
  const counts = new Map<string, number>();
  for (const [prefix, hashes] of byPrefix) {
    writeFileSync(join(folder, resultIdFile(prefix)), JSON.stringify(resultIdTable(hashes)));
    counts.set(prefix, hashes.size);
  }
  return counts;
}
