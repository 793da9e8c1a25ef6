/**
 * Builds the Pagefind search index with Pagefind's Node API, so word search works on any static
 * host with no server and no third-party service.
 *
 * The index is made from the validated listing data (src/lib/finder/search-record.ts), not from the
 * rendered pages, so Pagefind's own process works on it while Astro renders the pages. Indexing
 * the finished pages afterwards made large builds much longer; this way it overlaps with
 * rendering (BENCHMARKS.md, "Figures behind design choices"). Every listing gets one record per
 * language the site is built in, and each language's records go to a Pagefind process of their own,
 * one language after another (merge.ts joins their folders); the browser loads the index of the
 * page's language. Beside each language's index goes the table from its result ids to listings
 * (result-ids.ts). The result is written to a staging folder, because Astro
 * empties dist/ before rendering, and moved into dist/pagefind/ when the build is done.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecord } from '#lib/finder/search-record.ts';
import { getSite } from '#lib/content/site.ts';
import type { Lang } from '#i18n/languages.ts';
import { moveInto } from '#integrations/output/staging.ts';
import { runInWorker } from '#integrations/output/worker.ts';
import { mergeIndexInto } from './merge.ts';
import type { ValidListing } from '#integrations/validate/index.ts';

/**
 * How many records are made and handed to Pagefind at a time: the records of a large site are
 * hundreds of megabytes of text, and only a batch of them needs to exist at once.
 */
const BATCH = 500;

/** One language's index, by a Pagefind process of its own that ends when the index is written. */
async function writeLanguage(
  published: readonly ValidListing[],
  lang: Lang,
  sourceLang: Lang,
  outputPath: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (let start = 0; start < published.length; start += BATCH) {
      const records = published
        .slice(start, start + BATCH)
        .map((l) => searchRecord(l.slug, l.data, l.body, lang, sourceLang));
      const added = await Promise.all(records.map(({ url, content }) => index.addHTMLFile({ url, content })));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
    }
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    // Ending the process is what gives its memory back; the next language starts a new one.
    await pagefind.close();
  }
}

/**
 * The index of every language, one language after another, joined in `outputPath`. Pagefind
 * holds every record it is given until it has written the index, and writing takes several
 * times that memory again: with all languages in one process, the index of a large site took
 * more memory than the rest of the build (BENCHMARKS.md, "Figures behind design choices").
 */
async function writeIndex(
  listings: readonly ValidListing[],
  languages: readonly Lang[],
  outputPath: string,
): Promise<number> {
  const published = listings.filter((l) => l.data.status !== 'closed');
  const [sourceLang = 'en'] = languages;
  const tables: Promise<unknown>[] = [];
  for (const [i, lang] of languages.entries()) {
    const folder = i === 0 ? outputPath : `${outputPath.replace(/\/$/, '')}-${lang}`;
    await writeLanguage(published, lang, sourceLang, folder);
    // Read back while the next language is indexed; a folder is merged once its table is in it.
    const table = runInWorker<unknown>(new URL('./result-ids-worker.ts', import.meta.url), { folder }, 'result-ids');
    table.catch(() => {});
    tables.push(table);
    if (i > 0) {
      await table;
      mergeIndexInto(outputPath, folder);
    }
  }
  await Promise.all(tables);
  return published.length;
}

/** `listings` returns the validated listings once the validate integration has run. */
export function searchIndex(listings: () => readonly ValidListing[]): AstroIntegration {
  let pending: Promise<number> | undefined;
  let staging = '';
  return {
    name: 'recovery-map:search-index',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        staging = fileURLToPath(new URL('pagefind-staging/', config.cacheDir));
      },
      // After Astro has synced content (which keeps one core busy) and before it bundles and
      // renders pages (which mostly wait on file writes), so Pagefind has a core to itself.
      'astro:build:start': () => {
        // The schema accepts only languages with a dictionary.
        pending = writeIndex(listings(), getSite().languages as Lang[], staging);
        // Failures are reported when the build awaits the index, not as an unhandled rejection.
        pending.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) return;
        const count = await pending;
        moveInto(staging, fileURLToPath(new URL('pagefind/', dir)));
        logger.info(`search index: ${count} listings in ${getSite().languages.join(', ')}`);
      },
    },
  };
}
