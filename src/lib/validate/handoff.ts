/**
 * Passes the build's validation report from the validate-data integration to the listings
 * loader, so a build reads and parses every listing file once, not twice.
 *
 * The two run in the same process but in different module graphs (Astro loads integrations with
 * the config and content.config.ts through its own module runner), so a module-level variable
 * would not be shared; a registered symbol on globalThis is.
 */
import type { ProjectReport } from './project.ts';

const KEY = Symbol.for('recovery-map.validated-project');

interface Handoff {
  root: string;
  report: ProjectReport;
}

type WithHandoff = typeof globalThis & { [KEY]?: Handoff };

/** Leaves a project's report for the loader. */
export function handOverReport(root: string, report: ProjectReport): void {
  (globalThis as WithHandoff)[KEY] = { root, report };
}

/** The report left for the project at `root`, once; undefined when none was (dev, astro check). */
export function takeReport(root: string): ProjectReport | undefined {
  const handoff = (globalThis as WithHandoff)[KEY];
  if (handoff?.root !== root) return undefined;
  delete (globalThis as WithHandoff)[KEY];
  return handoff.report;
}
