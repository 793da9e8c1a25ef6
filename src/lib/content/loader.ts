/**
 * The content loader for data/listings: the validator's own results become the collection.
 *
 * Astro's glob() loader would read and parse every file a second time (after `npm run build`
 * has validated them) and render Markdown bodies the pages never use, a large part of every build
 * at scale. In a build this loader takes the report the validate
 * integration left (src/lib/validate/handoff.ts); in dev it validates by itself, prints the
 * problems a volunteer needs to fix, and reloads when a listing or site.yaml changes.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, sortProblems, validateProjectInParallel, type ProjectReport } from '#lib/validate/index.ts';
import { takeReport } from '#lib/validate/handoff.ts';

function fill({ store, generateDigest }: LoaderContext, report: ProjectReport): void {
  store.clear();
  for (const listing of report.listings) {
    // A file with errors is left out (the build has already stopped on it; dev says why).
    if (!listing.data || listing.problems.some((p) => p.severity === 'error')) continue;
    const body = listing.body.trim() === '' ? undefined : listing.body;
    store.set({
      id: listing.slug,
      data: listing.data,
      body,
      filePath: listing.file,
      digest: generateDigest({ data: listing.data, body: body ?? '' }),
    });
  }
}

export function listingsLoader(): Loader {
  return {
    name: 'recovery-map:listings',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const handed = takeReport(root);
      if (handed) return fill(context, handed);

      const reload = async () => {
        const report = await validateProjectInParallel(root);
        for (const problem of sortProblems(report.problems.filter((p) => p.severity === 'error'))) {
          context.logger.error(formatProblem(problem));
        }
        fill(context, report);
      };
      await reload();
      // Dev server: a saved listing shows up (or says what is wrong) without a restart.
      let timer: ReturnType<typeof setTimeout> | undefined;
      context.watcher?.on('all', (_event, path) => {
        const file = relative(root, path).split(sep).join('/');
        if (!file.startsWith('data/listings/') && file !== 'data/site.yaml') return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), 100);
      });
    },
  };
}
