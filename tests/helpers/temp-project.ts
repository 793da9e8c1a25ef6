/**
 * Throwaway projects for the tests that run a command or validate a whole project: an empty
 * data/listings, the fixture site.yaml (or another, or none) and any files given, in the system's
 * temp folder and removed after each test.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { checkSite, formatProblem, validateProject, type ValidateOptions } from '#lib/validate/index.ts';

/** The test community: the sample site's region and zone, stale after 180 days. */
export const SITE_FIXTURE = fileURLToPath(new URL('../fixtures/project/data/site.yaml', import.meta.url));

/** SITE_FIXTURE, validated. */
export const fixtureSite = checkSite('data/site.yaml', readFileSync(SITE_FIXTURE, 'utf8')).site!;

/**
 * A maker of temporary projects named `<prefix>…`, all removed after each test of the file that
 * calls it. `files` maps paths in the project to their text; `site` replaces the fixture
 * site.yaml with this text, or leaves it out when false.
 */
export function tempProjects(prefix: string) {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return (files: Record<string, string> = {}, site?: string | false): string => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    mkdirSync(join(root, 'data/listings'), { recursive: true });
    if (typeof site === 'string') writeFileSync(join(root, 'data/site.yaml'), site);
    else if (site === undefined) cpSync(SITE_FIXTURE, join(root, 'data/site.yaml'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
}

/** The errors (not warnings) the validator finds in the project at `root`, one line each. */
export const errorLines = (root: string, options?: ValidateOptions) =>
  validateProject(root, options)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);
