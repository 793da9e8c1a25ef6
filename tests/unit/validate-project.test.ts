/**
 * Whole-project validation and the CLI: cross-file rules (duplicate slugs), files that are not
 * listings, a missing or broken site.yaml, warnings that must not fail, exit codes, and both
 * output formats. Each test builds its own small project in the system's temp folder.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateProject, validateProjectInParallel } from '../../src/lib/validate/index.ts';
import { errorLines, tempProjects } from './temp-project.ts';

const cli = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
const TODAY = '2026-11-24';

/** A valid online listing; `extra` goes before last_verified (line 6). */
const listing = (name: string, extra = '', verified = '2026-11-01') =>
  `---\nname: ${name}\ncategory: food\nsupport: [instrumental]\nattendance: online\n${extra}last_verified: ${verified}\n---\nA description.\n`;

const BROKEN_SITE = [
  'name: Broken Site',
  'region:',
  '  name: Somewhere',
  '  center: [42.7, -84.5]',
  '  zoom: 12',
  '  bounds: [[42.9, -84.25], [42.55, -84.85]]',
  'timezone: Eastern Time',
  'repository:',
  '  url: https://github.com/example/x',
  'colour: blue',
  '',
].join('\n');

const project = tempProjects('asset-map-');
const errors = (root: string) => errorLines(root, { today: TODAY });

describe('rules across files', () => {
  it('rejects the same slug in two folders, naming both files', () => {
    const root = project({
      'data/listings/food/twin.md': listing('Twin One'),
      'data/listings/clothing/twin.md': listing('Twin Two'),
      'data/listings/food/single.md': listing('Single'),
    });
    expect(errors(root)).toEqual([
      'data/listings/food/twin.md:1: slug: "twin" is already used by data/listings/clothing/twin.md; every file name must be unique across all folders, so rename one of them',
    ]);
  });

  it('treats twin.md and twin.yaml as the same slug', () => {
    const root = project({
      'data/listings/food/twin.md': listing('Twin One'),
      'data/listings/food/twin.yaml':
        'name: Twin Two\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n',
    });
    expect(errors(root)).toEqual([
      expect.stringMatching(
        /^data\/listings\/food\/twin\.yaml:1: slug: "twin" is already used by data\/listings\/food\/twin\.md/,
      ),
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
    expect(report.problems.map(formatProblem)).toEqual([
      'data/listings/food/notes.txt: file: warning: is not read as a listing; listing files end in .md, .yaml or .yml',
    ]);
    expect(report.listings.map((l) => l.slug)).toEqual(['pantry']);
  });

  it('warns, and does not fail, when a listing is stale', () => {
    const root = project({ 'data/listings/food/old.md': listing('Old Pantry', '', '2026-01-01') });
    const { problems } = validateProject(root, { today: TODAY });
    expect(problems.map(formatProblem)).toEqual([
      'data/listings/food/old.md:6: last_verified: warning: was 327 days ago (stale after 180); confirm the details by phone or visit, then update the date',
    ]);
  });

  it('warns, and does not fail, when every event date has passed', () => {
    const root = project({
      'data/listings/sober-social/picnic.md': listing('Old Picnic', 'event_dates: [2026-06-01, 2026-07-04]\n'),
    });
    const { problems } = validateProject(root, { today: TODAY });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'event_dates',
        line: 6,
        file: 'data/listings/sober-social/picnic.md',
      }),
    ]);
  });

  it('fails clearly without site.yaml', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry') }, false);
    expect(errors(root)).toEqual([
      'data/site.yaml: file: is missing; copy the example in README.md and fill in your community',
    ]);
  });

  it('reports a broken site.yaml field by field, and still checks the listings', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry', 'cost: cheap\n') }, BROKEN_SITE);
    expect(errors(root)).toEqual([
      expect.stringMatching(
        /^data\/site\.yaml:6: region\.bounds: must be \[\[south, west\], \[north, east\]\]: the first corner is the south-west one$/,
      ),
      expect.stringMatching(
        /^data\/site\.yaml:7: timezone: is not an IANA time zone; write it like "America\/Detroit"$/,
      ),
      expect.stringMatching(/^data\/site\.yaml:10: colour: is not a known field; /),
      expect.stringMatching(/^data\/listings\/food\/pantry\.md:6: cost: "cheap" is not allowed here/),
    ]);
  });

  it('fails on an empty listings folder', () => {
    expect(errors(project({}))).toEqual([
      'data/listings: folder: has no listings; add at least one .md file (see CONTRIBUTING.md)',
    ]);
  });

  it('reports a link to a missing file instead of crashing', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry') });
    symlinkSync('nowhere.md', join(root, 'data/listings/food/dangling.md'));
    expect(errors(root)).toEqual([
      'data/listings/food/dangling.md: file: cannot be read (ENOENT); if it is a link, replace it with the listing file itself',
    ]);
  });

  it('takes "today" in the site time zone when none is given', () => {
    // 03:00 UTC on the 25th is still the evening of the 24th in Lansing, so the 25th is the future.
    const root = project({ 'data/listings/food/early.md': listing('Early Bird', '', '2026-11-25') });
    const evening = validateProject(root, { now: new Date('2026-11-25T03:00:00Z') });
    expect(evening.problems.map(formatProblem)).toEqual([
      'data/listings/food/early.md:6: last_verified: 2026-11-25 is in the future; write the date you actually confirmed the details (today is 2026-11-24)',
    ]);
    expect(validateProject(root, { now: new Date('2026-11-25T06:00:00Z') }).problems).toEqual([]);
  });

  it('rejects a "today" that is not a date instead of skipping every date check', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry') });
    expect(validateProject(root, { today: '11/24/2026' }).problems.map(formatProblem)).toEqual([
      '--today: today: "11/24/2026" is not a date; write it YYYY-MM-DD, like 2026-11-24',
    ]);
  });

  it('counts site.yaml and every listing as files', () => {
    const root = project({
      'data/listings/a/one.md': listing('One'),
      'data/listings/b/c/two.yml':
        'name: Two\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n',
    });
    const report = validateProject(root, { today: TODAY });
    expect(report.problems).toEqual([]);
    expect(report.fileCount).toBe(3);
    expect(report.listings.map((l) => [l.file, l.slug])).toEqual([
      ['data/listings/a/one.md', 'one'],
      ['data/listings/b/c/two.yml', 'two'],
    ]);
  });
});

function runCli(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [cli, '--root', root, '--today', TODAY, ...args], { encoding: 'utf8' });
}
const LINE_FORMAT = /^data\/listings\/.+\.md:\d+: [a-z_.[\]0-9]+: /;

describe('validating on two threads', () => {
  it('gives the same report as one thread, in the same order, duplicates included', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      files[`data/listings/food/pantry-${String(i).padStart(2, '0')}.md`] = listing(`Pantry ${i}`);
    files['data/listings/food/pantry-07.md'] = listing('Pantry 7', 'colour: blue\n');
    files['data/listings/other/pantry-33.md'] = listing('Pantry 33 again');
    files['data/listings/zz/late.md'] = listing('Late', '', '2025-01-02');
    const root = project(files);
    const one = validateProject(root, { today: TODAY });
    const two = await validateProjectInParallel(root, { today: TODAY }, { parallelFrom: 1 });
    expect(two).toEqual(one);
    expect(one.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['colour', 'slug', 'last_verified']));
  });
});

describe('the validate command', () => {
  it('exits 1 and prints one "path:line: field: message" line per problem, without a stack trace', () => {
    const root = project({
      'data/listings/food/pantry.md': listing('Pantry', 'phnoe: "517-555-0100"\ncost: cheap\n'),
      'data/listings/meetings/night.md':
        '---\nname: Night Group\ncategory: mutual-aid-meeting\nsupport: [emotional]\nattendance: online\nconference_url: https://example.org/j\nschedule:\n  - day: friday\n    start: 1900\nlast_verified: 2026-11-01\n---\n',
    });
    const run = runCli(root);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'data/listings/food/pantry.md:6: phnoe: is not a known field; did you mean "phone"? Fix the spelling or remove it',
      expect.stringMatching(/^data\/listings\/food\/pantry\.md:7: cost: "cheap" is not allowed here; use one of: free/),
      expect.stringMatching(
        /^data\/listings\/meetings\/night\.md:9: schedule\[0\]\.start: write the time in quotes as 24-hour "HH:MM"/,
      ),
    ]);
    for (const line of lines) expect(line).toMatch(LINE_FORMAT);
    expect(run.stdout.trim()).toBe('✗ 3 errors, 0 warnings in 3 files');
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 0 with warnings only', () => {
    const root = project({
      'data/listings/food/old.md': listing('Old Pantry', '', '2026-01-01'),
      'data/listings/food/notes.txt': 'to do',
    });
    const run = runCli(root);
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      'data/listings/food/notes.txt: file: warning: is not read as a listing; listing files end in .md, .yaml or .yml',
      expect.stringMatching(/^data\/listings\/food\/old\.md:6: last_verified: warning: was 327 days ago/),
    ]);
    expect(run.stdout.trim()).toBe('✓ 0 errors, 2 warnings in 2 files');
  });

  it('exits 0 and prints only the summary for a clean project', () => {
    const run = runCli(project({ 'data/listings/food/pantry.md': listing('Pantry') }));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('✓ 0 errors, 0 warnings in 2 files');
  });

  it('prints GitHub annotations with --format github', () => {
    const root = project({
      'data/listings/food/pantry.md': listing('Pantry', 'cost: cheap\n'),
      'data/listings/food/old.md': listing('Old Pantry', '', '2026-01-01'),
    });
    const run = runCli(root, '--format', 'github');
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^::warning file=data\/listings\/food\/old\.md,line=6,title=last_verified::last_verified: was 327 days ago/,
      ),
      expect.stringMatching(
        /^::error file=data\/listings\/food\/pantry\.md,line=6,title=cost::cost: "cheap" is not allowed here/,
      ),
    ]);
    expect(run.stderr).not.toMatch(/^data\/listings/m);
  });

  it('reports a broken site.yaml and a missing folder without a stack trace', () => {
    const root = project({}, BROKEN_SITE);
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^data\/site\.yaml:7: timezone: is not an IANA time zone/m);
    expect(run.stderr).toMatch(/^data\/listings: folder: has no listings/m);
    expect(run.stderr).not.toContain('    at ');
  });

  it('reports an unreadable listing without a stack trace', () => {
    const root = project({ 'data/listings/food/pantry.md': listing('Pantry') });
    symlinkSync('nowhere.md', join(root, 'data/listings/food/dangling.md'));
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^data\/listings\/food\/dangling\.md: file: cannot be read/m);
    expect(run.stderr).not.toContain('    at ');
  });

  it('rejects an unknown format with exit code 2', () => {
    const run = runCli(project({}), '--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--format must be "text" or "github", not "xml"/);
  });
});
