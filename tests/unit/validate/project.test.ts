/**
 * Whole-project validation: cross-file rules (duplicate slugs), files that are not listings, a
 * missing or broken site.yaml, and warnings that must not fail. Each test builds its own small
 * project in the system's temp folder; the command line is in tests/integration/validate-command.test.ts.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateProject } from '#lib/validate/index.ts';
import { errorLines, tempProjects } from '../../helpers/temp-project.ts';
import { BROKEN_SITE, listing, TODAY } from '../../helpers/validate-projects.ts';

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
      'data/listings/food/twin.md:1: file name: "twin" is already used by data/listings/clothing/twin.md; every file name must be unique across all folders, so rename one of them',
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
        /^data\/listings\/food\/twin\.yaml:1: file name: "twin" is already used by data\/listings\/food\/twin\.md/,
      ),
    ]);
  });

  it('refuses files the build would not read, naming the new name, and skips README and _ files', () => {
    const root = project({
      'data/listings/food/pantry.md': listing('Pantry'),
      'data/listings/food/notes.txt': 'to do',
      'data/listings/food/holt-pantry.md.txt': listing('Holt Pantry'),
      'data/listings/food/mason-pantry': listing('Mason Pantry'),
      'data/listings/README.md': '# Listings',
      'data/listings/food/_draft.md': 'not yet',
      'data/listings/food/_ideas.txt': 'not yet',
    });
    const report = validateProject(root, { today: TODAY });
    expect(report.problems.map(formatProblem)).toEqual([
      'data/listings/food/holt-pantry.md.txt: file: ends in .txt after .md, so it is never read as a listing; rename it to holt-pantry.md',
      'data/listings/food/mason-pantry: file: has no extension, so it is never read as a listing; rename it to mason-pantry.md (or .yaml)',
      'data/listings/food/notes.txt: file: ends in .txt, so it is never read as a listing; listing files end in .md, .yaml or .yml: rename it to notes.md, or move it out of data/listings',
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
