/**
 * Runs the same checks as `npm run validate` before Astro builds anything, so a broken listing
 * stops the build with the volunteer-friendly lines instead of a stack trace, and nothing is
 * written to dist/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import {
  formatProblem,
  sortProblems,
  summarize,
  validateProjectInParallel,
  type CheckedListing,
} from '#lib/validate/index.ts';
import { handOverReport } from '#lib/validate/handoff.ts';
import type { ListingData } from '#schemas/listing.ts';

/** A listing that passed validation. */
export type ValidListing = CheckedListing & { data: ListingData };

export interface ValidateDataIntegration extends AstroIntegration {
  /** Every valid listing file, once the build's validation has run (empty before, and in dev). */
  listings: () => readonly ValidListing[];
}

export function validateData(): ValidateDataIntegration {
  let listings: ValidListing[] = [];
  return {
    name: 'recovery-map:validate-data',
    listings: () => listings,
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        const report = await validateProjectInParallel(fileURLToPath(config.root));
        const errors = report.problems.filter((p) => p.severity === 'error');
        // Warnings do not stop the build; a few are shown, `npm run validate` lists them all.
        const warnings = sortProblems(report.problems.filter((p) => p.severity === 'warning'));
        for (const problem of warnings.slice(0, 10)) logger.warn(formatProblem(problem));
        if (warnings.length > 10)
          logger.warn(`…and ${warnings.length - 10} more warnings; run npm run validate to see them all`);
        if (errors.length > 0) {
          for (const problem of sortProblems(errors)) console.error(formatProblem(problem));
          console.error(`✗ ${summarize(report.problems, report.fileCount)}: fix these, then build again.`);
          process.exit(1);
        }
        listings = report.listings.filter((l): l is ValidListing => l.data !== undefined);
        // The listings loader stores these results instead of parsing every file again.
        handOverReport(fileURLToPath(config.root), report);
        logger.info(`data ok: ${summarize(report.problems, report.fileCount)}`);
      },
    },
  };
}
