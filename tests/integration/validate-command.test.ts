/**
 * The validate command as CI and volunteers run it (a child process: exit codes and both output
 * formats), and validation on two threads as the build runs it. Each test builds its own small
 * project in the system's temp folder.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateProject, validateProjectInParallel } from '#lib/validate/index.ts';
import { SITE_FIXTURE, tempProjects } from '../helpers/temp-project.ts';
import { BROKEN_SITE, listing, TODAY } from '../helpers/validate-projects.ts';

const cli = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
const project = tempProjects('asset-map-');

function runCli(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [cli, '--root', root, '--today', TODAY, ...args], { encoding: 'utf8' });
}

const LINE_FORMAT = /^data\/listings\/.+\.md:\d+: [a-z_. ]+(?: \((?:\d+(?:st|nd|rd|th) [a-z ]+(?:, )?)+\))?: /;

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
    expect(one.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['colour', 'file name', 'last_verified']));
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
      expect.stringMatching(
        /^data\/listings\/food\/pantry\.md:7: cost: "cheap" is not allowed here; did you mean "low-cost"\? use one of: free/,
      ),
      expect.stringMatching(
        /^data\/listings\/meetings\/night\.md:9: schedule\.start \(1st meeting time\): write the time in quotes as 24-hour "HH:MM"/,
      ),
    ]);
    for (const line of lines) expect(line).toMatch(LINE_FORMAT);
    expect(run.stdout.trim()).toBe('✗ 3 errors, 0 warnings in 3 files');
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 0 with warnings only', () => {
    const root = project({
      'data/listings/food/old.md': listing('Old Pantry', '', '2026-01-01'),
      'data/listings/food/_notes.txt': 'to do',
    });
    const run = runCli(root);
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^data\/listings\/food\/old\.md:6: last_verified: warning: was 327 days ago/),
    ]);
    expect(run.stdout.trim()).toBe('✓ 0 errors, 1 warning in 2 files');
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

describe('the validate command on translations', () => {
  const bilingual = `${readFileSync(SITE_FIXTURE, 'utf8')}languages: [en, es]\n`;
  const translated = (translations: string) =>
    listing('Pantry', `translations:\n  ${translations.replace(/\n/g, '\n  ')}\n`);

  it('accepts a Spanish translation in a site built in English and Spanish', () => {
    const root = project({ 'data/listings/food/pantry.md': translated('es:\n  summary: Comida gratis.') }, bilingual);
    const run = runCli(root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 1 with one line per problem of a translation, by file, line and field', () => {
    const root = project(
      {
        'data/listings/food/pantry.md': translated(
          'fr:\n  summary: Bonjour\nes:\n  summry: Comida\n  description: |\n    <b>Hola</b>',
        ),
      },
      bilingual,
    );
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^data\/listings\/food\/pantry\.md:7: translations\.fr: the site is not built in fr; it is built in en, es/,
      ),
      'data/listings/food/pantry.md:10: translations.es.summry: is not a known field; did you mean "summary"? Fix the spelling or remove it',
      'data/listings/food/pantry.md:12: translations.es.description: raw HTML (<b…) is not allowed; write plain Markdown instead',
    ]);
  });
});
