/**
 * npm run validate [-- --format github] [-- --root <dir>]
 *
 * Checks data/site.yaml and every listing; prints one line per problem
 * (`path:line: field: message`), then a summary. Exits 1 on any error, 0 with warnings only.
 */
import { parseArgs } from 'node:util';
import {
  formatGithubAnnotation,
  formatProblem,
  sortProblems,
  summarize,
  validateProjectInParallel,
} from '../src/lib/validate/index.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: '.' },
    today: { type: 'string' },
  },
});

if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format must be "text" or "github", not "${values.format}"`);
  process.exit(2);
}

const report = await validateProjectInParallel(values.root, { today: values.today });
const format = values.format === 'github' ? formatGithubAnnotation : formatProblem;
for (const problem of sortProblems(report.problems)) {
  (problem.severity === 'error' ? console.error : console.warn)(format(problem));
}
const summary = summarize(report.problems, report.fileCount);
const failed = report.problems.some((p) => p.severity === 'error');
console.log(failed ? `✗ ${summary}` : `✓ ${summary}`);
process.exit(failed ? 1 : 0);
