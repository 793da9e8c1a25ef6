/**
 * Whole-project validation and the CLI: cross-file rules (duplicate slugs), files that are not
 * listings, a missing site.yaml, exit codes, and both output formats.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatGithubAnnotation, formatProblem, summarize, validateProject } from '../../src/lib/validate/index.ts';

const siteFixture = fileURLToPath(new URL('../fixtures/project/data/site.yaml', import.meta.url));
const cli = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
const TODAY = '2026-11-24';

const listing = (name: string, extra = '') =>
  `---\nname: ${name}\ncategory: food\nsupport: [instrumental]\nattendance: online\n${extra}last_verified: 2026-11-01\n---\nA description.\n`;

const roots: string[] = [];
function project(files: Record<string, string>, withSite = true): string {
  const root = mkdtempSync(join(tmpdir(), 'asset-map-'));
  roots.push(root);
  mkdirSync(join(root, 'data/listings'), { recursive: true });
  if (withSite) cpSync(siteFixture, join(root, 'data/site.yaml'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function runCli(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [cli, '--root', root, '--today', TODAY, ...args], { encoding: 'utf8' });
}

describe('rules across files', () => {
  it('rejects the same slug in two folders, naming both files', () => {
    const root = project({
      'data/listings/food/twin.md': listing('Twin One'),
      'data/listings/clothing/twin.md': listing('Twin Two'),
    });
    const report = validateProject(root, { today: TODAY });
    const lines = report.problems.map(formatProblem);
    expect(lines).toEqual([
      'data/listings/food/twin.md:1: slug: "twin" is already used by data/listings/clothing/twin.md; every file name must be unique across all folders, so rename one of them',
    ]);
  });

  it('warns about files that are not listings, and skips README and _draft files', () => {
    const root = project({
      'data/listings/food/pantry.md': listing('Pantry'),
      'data/listings/food/notes.txt': 'to do',
      'data/listings/README.md': '# Listings',
      'data/listings/food/_draft.md': 'not yet',
    });
    const report = validateProject(root, { today: TODAY });
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'data/listings/food/notes.txt', severity: 'warning' }),
    ]);
    expect(report.listings.map((l) => l.slug)).toEqual(['pantry']);
  });

  it('fails clearly without site.yaml', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry') }, false);
    const report = validateProject(root, { today: TODAY });
    expect(report.problems.map(formatProblem)).toContain(
      'data/site.yaml: file: is missing; copy the example in README.md and fill in your community',
    );
  });

  it('fails on an empty listings folder', () => {
    const report = validateProject(project({}), { today: TODAY });
    expect(report.problems[0]).toMatchObject({ file: 'data/listings', severity: 'error' });
  });
});

describe('output formats', () => {
  it('escapes GitHub annotation properties and data', () => {
    const problem = { file: 'a,b.md', line: 3, field: 'x:y', message: '50% off\nnext', severity: 'error' as const };
    expect(formatGithubAnnotation(problem)).toBe('::error file=a%2Cb.md,line=3,title=x%3Ay::x:y: 50%25 off%0Anext');
    expect(formatProblem({ ...problem, severity: 'warning' })).toBe('a,b.md:3: x:y: warning: 50% off\nnext');
  });
  it('summarizes with plurals', () => {
    expect(summarize([], 1)).toBe('0 errors, 0 warnings in 1 file');
  });
});

describe('the validate command', () => {
  it('exits 1 and prints one line per problem, without a stack trace', () => {
    const root = project({
      'data/listings/food/pantry.md': listing('Pantry', 'phnoe: "517-555-0100"\ncost: cheap\n'),
    });
    const run = runCli(root);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^data\/listings\/food\/pantry\.md:6: phnoe: is not a known field; did you mean "phone"\?/),
      expect.stringMatching(/^data\/listings\/food\/pantry\.md:7: cost: "cheap" is not allowed here/),
    ]);
    expect(run.stdout).toMatch(/✗ 2 errors, 0 warnings in 2 files/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 with warnings only', () => {
    const root = project({ 'data/listings/food/old.md': listing('Old Pantry').replace('2026-11-01', '2026-01-01') });
    const run = runCli(root);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/old\.md:6: last_verified: warning: was 327 days ago/);
    expect(run.stdout).toMatch(/✓ 0 errors, 1 warning in 2 files/);
  });

  it('prints GitHub annotations with --format github', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry', 'cost: cheap\n') });
    const run = runCli(root, '--format', 'github');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^::error file=data\/listings\/food\/pantry\.md,line=6,title=cost::cost: "cheap"/,
    );
  });

  it('rejects an unknown format', () => {
    expect(runCli(project({}), '--format', 'xml').status).toBe(2);
  });
});
