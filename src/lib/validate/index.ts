/**
 * `npm run validate` and the build's first step: every listing file and data/site.yaml checked
 * against the data contract, with problems a volunteer can act on.
 *
 * The validator's public entry, for the commands, the build and the importers. Its parts:
 * checking one listing (listing.ts), the site file (site.ts), walking the project (project.ts)
 * and the same run on two threads (parallel.ts); reading the YAML is source.ts.
 */
export { formatGithubAnnotation, formatProblem, sortProblems, summarize, type Problem } from './problem.ts';
export { checkListing, daysBetween, type CheckedListing, type ListingCheckContext } from './listing.ts';
export { checkSite, SITE_FILE } from './site.ts';
export {
  checkListingFiles,
  isListingFile,
  LISTING_EXTENSIONS,
  LISTINGS_DIR,
  validateProject,
  walkFolder,
  type FilesReport,
  type ProjectReport,
  type ValidateOptions,
} from './project.ts';
export { validateProjectInParallel } from './parallel.ts';
export { todayIn } from '#lib/time/freshness.ts';
