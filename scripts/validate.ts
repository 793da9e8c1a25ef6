/**
 * npm run validate [-- --format github] [-- --root <dir>] [-- --today YYYY-MM-DD]
 * npm run validate -- --stale [--due-within <days>]
 *
 * Checks data/site.yaml and every listing; prints one line per problem
 * (`path:line: field: message`), then a summary. Exits 1 on any error, 0 with warnings only.
 *
 * --stale prints the re-verification queue instead of the stale warnings: published listings
 * not verified within site.yaml's stale_after_days, then those due within --due-within days
 * (default 30), oldest first, each with whom to call. It is a worklist, so it exits 0; errors in
 * the data still print as usual and exit 1.
 */
import { parseArgs } from 'node:util';
import {
  formatGithubAnnotation,
  formatProblem,
  sortProblems,
  summarize,
  validateProjectInParallel,
} from '#lib/validate/index.ts';
import { countPublished, DUE_WITHIN_DAYS, queueLines, reverificationQueue } from '#lib/validate/queue.ts';

const USAGE =
  'usage: npm run validate [-- --format github] [-- --root <dir>] [-- --today YYYY-MM-DD] [-- --stale [--due-within <days>]]';

function readOptions() {
  try {
    return parseArgs({
      options: {
        format: { type: 'string', default: 'text' },
        root: { type: 'string', default: '.' },
        today: { type: 'string' },
        stale: { type: 'boolean', default: false },
        'due-within': { type: 'string', default: String(DUE_WITHIN_DAYS) },
      },
    }).values;
  } catch (error) {
    // A mistyped option (`--stal`, a file name) gets one line and the usage, not a stack trace.
    console.error(`${(error as Error).message.split('\n')[0]}\n${USAGE}`);
    process.exit(2);
  }
}

const values = readOptions();

if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format must be "text" or "github", not "${values.format}"`);
  process.exit(2);
}
const dueWithin = Number(values['due-within']);
if (!/^\d+$/.test(values['due-within']) || dueWithin > 3650) {
  console.error(`--due-within must be a number of days, like 30, not "${values['due-within']}"`);
  process.exit(2);
}

const report = await validateProjectInParallel(values.root, { today: values.today });
const format = values.format === 'github' ? formatGithubAnnotation : formatProblem;
const failed = report.problems.some((p) => p.severity === 'error');
// The queue lists the stale listings itself, with more to act on than their warnings.
const shown = values.stale && !failed ? report.problems.filter((p) => p.field !== 'last_verified') : report.problems;
for (const problem of sortProblems(shown)) {
  (problem.severity === 'error' ? console.error : console.warn)(format(problem));
}

if (values.stale && !failed && report.site) {
  if (shown.length > 0) console.log('');
  const queue = reverificationQueue(report.listings, report.today, report.site.stale_after_days, dueWithin);
  const published = countPublished(report.listings);
  for (const line of queueLines(queue, published, report.site.stale_after_days, dueWithin)) console.log(line);
  process.exit(0);
}

const summary = summarize(report.problems, report.fileCount);
console.log(failed ? `✗ ${summary}` : `✓ ${summary}`);
if (values.stale && failed) {
  console.log('Fix the errors above, then run npm run validate -- --stale again for the re-verification queue.');
}
process.exit(failed ? 1 : 0);
