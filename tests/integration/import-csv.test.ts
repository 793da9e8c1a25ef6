/**
 * npm run import:csv as a volunteer runs it: the CLI in a child process, on the fixture files,
 * writing into a throwaway project.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateProject } from '#lib/validate/index.ts';
import { tempProjects } from '../helpers/temp-project.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/csv-import/${name}`, import.meta.url));
const cli = fileURLToPath(new URL('../../scripts/import-csv.ts', import.meta.url));
const read = (name: string) => readFileSync(fixture(name), 'utf8');

const TODAY = '2026-11-24';
const OUT = 'data/listings/imported';

const tempProject = tempProjects('csv-import-');

const errorsOf = (root: string) =>
  validateProject(root, { today: TODAY }).problems.filter((problem) => problem.severity === 'error');

/** Each test starts the CLI a few times; a busy machine needs more than the default 5 s. */
describe('the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('writes only valid listings, reports rows, and exits 0', () => {
    const root = tempProject();
    const out = join(root, OUT);
    const csv = fixture('providers.csv');
    const result = run(csv, '--map', fixture('providers.yaml'), '--out', out, '--root', root, '--today', TODAY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${csv}:7: no name: skipped: has no name`);
    expect(result.stdout).toContain(`${csv}: 7 rows read: 4 written, 3 skipped.`);
    expect(readdirSync(out)).toHaveLength(4);

    const ndjson = fixture('orgs.ndjson');
    const second = run(ndjson, '--map', fixture('orgs.yaml'), '--out', out, '--root', root, '--today', TODAY);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`${ndjson}:2: no name: skipped: is not valid JSON`);
    expect(errorsOf(root)).toEqual([]);
  }, 30_000);

  it('writes hostile cells as inert, valid listings and says what it took out, one line a row', () => {
    const root = tempProject();
    const out = join(root, OUT);
    const csv = fixture('hostile.csv');
    const result = run(csv, '--map', fixture('hostile.yaml'), '--out', out, '--root', root, '--today', TODAY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${csv}: 3 rows read: 3 written, 0 skipped.`);
    const rowLines = result.stdout.split('\n').filter((line) => line.startsWith(`${csv}:3: `));
    expect(rowLines).toHaveLength(1);
    expect(rowLines[0]).toContain('name started with "=", which a spreadsheet runs as a formula; taken out');
    for (const file of readdirSync(out)) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text).not.toMatch(/^\s*\w+: "?[=+\-@]/m);
      expect(text).not.toContain('@example.org');
    }
    expect(errorsOf(root)).toEqual([]);
  }, 30_000);

  it('never overwrites: a second run writes new slugs', () => {
    const root = tempProject();
    const out = join(root, OUT);
    const args = ['--map', fixture('providers.yaml'), '--out', out, '--root', root, '--today', TODAY];
    expect(run(fixture('providers.csv'), ...args).status).toBe(0);
    const first = readFileSync(join(out, 'capital-clinic.md'), 'utf8');
    expect(run(fixture('providers.csv'), ...args).status).toBe(0);
    expect(readFileSync(join(out, 'capital-clinic.md'), 'utf8')).toBe(first);
    expect(readdirSync(out)).toHaveLength(8);
    expect(errorsOf(root)).toEqual([]);
  }, 30_000);

  it('stops with one line and exit 1 on a bad mapping, an unreadable file or missing arguments', () => {
    const root = tempProject();
    const out = join(root, OUT);
    const bad = run(fixture('providers.csv'), '--map', fixture('unknown-field.yaml'), '--out', out, '--root', root);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown-field\.yaml: columns: "adress\.city" is not a listing field/);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);

    const missing = run(join(root, 'nope.csv'), '--map', fixture('providers.yaml'), '--out', out, '--root', root);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: cannot be read \(ENOENT\)/);

    const wrongColumns = join(root, 'other.csv');
    writeFileSync(wrongColumns, 'Title,Town\nA place,Lansing\n');
    const absent = run(wrongColumns, '--map', fixture('providers.yaml'), '--out', out, '--root', root);
    expect(absent.status).toBe(1);
    expect(absent.stderr).toMatch(/columns "Facility Name", .* not in .*other\.csv/);

    const usage = run(fixture('providers.csv'));
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^usage: npm run import:csv/);
  }, 30_000);

  it('exits 1 when nothing was written', () => {
    const root = tempProject();
    const csv = join(root, 'far.csv');
    writeFileSync(
      csv,
      read('providers.csv').split('\n').slice(0, 1).join('\n') +
        '\nFar,1 St,NA,Tulsa,OK,74128,NA,36.1,-95.8,NA,NA,2020-06-01\n',
    );
    const result = run(csv, '--map', fixture('providers.yaml'), '--out', join(root, OUT), '--root', root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1 rows read: 0 written, 1 skipped.');
  }, 30_000);
});
