/**
 * The CSV / JSON lines importer (npm run import:csv): the mapping file, swapped coordinates,
 * the report, and the command line, with every written file checked by the project's validator
 * in a temporary project. Fixtures are small files in tests/fixtures/csv-import/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  importRows,
  MappingError,
  missingColumns,
  parseMapping,
  readCsv,
  readJsonLines,
  reportLines,
  summaryLines,
  valueAt,
  type ImportOptions,
} from '../../src/lib/csv-import.ts';
import { fixtureSite, tempProjects } from './temp-project.ts';
import { validateProject } from '../../src/lib/validate/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/csv-import/${name}`, import.meta.url));
const cli = fileURLToPath(new URL('../../scripts/import-csv.ts', import.meta.url));
const read = (name: string) => readFileSync(fixture(name), 'utf8');

const TODAY = '2026-11-24';
const site = fixtureSite;
const OUT = 'data/listings/imported';
const options: ImportOptions = { site, today: TODAY, outDir: OUT };

const tempProject = tempProjects('csv-import-');

const errorsOf = (root: string) =>
  validateProject(root, { today: TODAY }).problems.filter((problem) => problem.severity === 'error');

describe('the mapping file', () => {
  it('reads columns, joined columns, value maps and constants', () => {
    const mapping = parseMapping(read('providers.yaml'));
    expect(mapping.columns.find((rule) => rule.field === 'address.street')).toMatchObject({
      sources: [{ column: 'Street' }, { column: 'Suite' }],
      join: ', ',
    });
    expect(mapping.columns.find((rule) => rule.field === 'features')!.sources[0]!.map).toEqual({
      yes: 'childcare',
      no: null,
    });
    expect(mapping.set).toMatchObject({ category: 'treatment', last_verified: '2020-06-01' });
    expect(mapping.missing.has('na')).toBe(true);
  });

  it('names an unknown field, a bad constant, or a missing required field in one line', () => {
    expect(() => parseMapping(read('unknown-field.yaml'))).toThrow(/columns: "adress\.city" is not a listing field/);
    expect(() =>
      parseMapping('set: { category: nope, support: [emotional], last_verified: 2020-01-01 }\ncolumns: { name: A }'),
    ).toThrow(/set: category: .*nope/);
    expect(() => parseMapping('columns: { name: A }\nset: { category: food, support: [instrumental] }')).toThrow(
      /last_verified is not given/,
    );
    expect(() => parseMapping('columns: [')).toThrow(MappingError);
    expect(() => parseMapping('colums: {}')).toThrow(/"colums" is not understood/);
    expect(() => parseMapping('columns: { hours: Hours }\nset: {}')).toThrow(/hours cannot come from a column/);
  });

  it('lists columns the CSV lacks', () => {
    const mapping = parseMapping(read('providers.yaml'));
    expect(missingColumns(mapping, ['Facility Name'])).toContain('Street');
    expect(missingColumns(mapping, readCsv(read('providers.csv')).header!)).toEqual([]);
  });

  it('reads nested JSON paths', () => {
    const record = { coordinates: [-122.2, 37.4], phones: [[{ number: '650 555 0100' }]], a: { b: 'c' } };
    expect(valueAt(record, 'coordinates[1]')).toBe(37.4);
    expect(valueAt(record, 'phones[0][0].number')).toBe('650 555 0100');
    expect(valueAt(record, 'a.b')).toBe('c');
    expect(valueAt(record, 'a.x.y')).toBeUndefined();
  });
});

describe('a CSV with swapped coordinate columns', () => {
  const input = readCsv(read('providers.csv'));
  const result = importRows(input.rows, parseMapping(read('providers.yaml')), options);
  const at = (row: number) => result.outcomes.find((outcome) => outcome.at === row)!;

  it('reads quoted commas and newlines as one cell, and counts rows as a spreadsheet does', () => {
    expect(input.rows.map((row) => row.at)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(at(2).label).toBe('Capital Clinic, East');
    expect(at(2).listing!.text).toContain('Walk-ins welcome.\nCall first on Fridays.');
  });

  it('swaps points back into the region and says so', () => {
    expect(at(2).listing!.text).toContain('geo: {lat: 42.7325, lng: -84.5555}');
    expect(at(2).changes.map((change) => change.kind)).toContain('latitude and longitude were swapped');
    expect(summaryLines('p.csv', result).join('\n')).toMatch(
      /the mapping probably names the columns the wrong way round/,
    );
  });

  it('treats NA as empty, joins columns and applies the value map', () => {
    expect(at(3).listing!.text).toContain('street: "200 River Rd, Suite 4, Floor 2"');
    expect(at(3).listing!.text).not.toMatch(/NA|phone|features/);
    expect(at(3).listing!.text).toContain('last_verified: 2020-06-01');
    expect(at(2).listing!.text).toContain('features: [childcare]');
    expect(at(5).changes.map((change) => change.message)).toContain(
      'Childcare "Maybe" is not in the mapping\'s map; left out',
    );
  });

  it('leaves out a field the validator rejects, and skips rows outside the region or without a point or name', () => {
    expect(at(5).listing!.text).not.toContain('phone');
    expect(at(5).changes.some((change) => change.kind === 'phone left out')).toBe(true);
    expect(at(4).skipped!.kind).toBe('outside the region');
    expect(at(7).skipped!.kind).toBe('no name');
    expect(at(8).skipped!.kind).toBe('no map point');
  });

  it('gives a repeated name a slug with the city', () => {
    expect(at(5).listing!.slug).toBe('capital-clinic');
    expect(at(6).listing!.slug).toBe('capital-clinic-east-lansing');
  });

  it('reports each skipped or changed row and sums up by reason', () => {
    const lines = reportLines('p.csv', result.outcomes);
    expect(lines).toContain(
      'p.csv:4: Far Away Treatment: skipped: point (-95.84, 36.15) is outside Greater Lansing (site.yaml region.bounds), swapped or not',
    );
    expect(
      lines.some((line) =>
        line.startsWith(
          'p.csv:2: Capital Clinic, East: imported as capital-clinic-east.md; latitude and longitude were swapped',
        ),
      ),
    ).toBe(true);
    const summary = summaryLines('p.csv', result);
    expect(summary[0]).toBe('p.csv: 7 rows read: 4 written, 3 skipped.');
    expect(summary[1]).toBe('Skipped: no map point 1, no name 1, outside the region 1.');
    expect(summary[2]).toMatch(/^Altered: latitude and longitude were swapped 4, /);
  });

  it('never reuses a slug the project has, and skips an exact repeat', () => {
    const again = importRows([...input.rows, { ...input.rows[0]!, at: 9 }], parseMapping(read('providers.yaml')), {
      ...options,
      takenSlugs: ['riverside-recovery'],
    });
    expect(again.outcomes.find((o) => o.at === 3)!.listing!.slug).toBe('riverside-recovery-lansing');
    expect(again.outcomes.find((o) => o.at === 9)!.skipped!.message).toMatch(/same name, address and point as row 2/);
  });
});

describe('JSON lines', () => {
  const input = readJsonLines(read('orgs.ndjson'));
  const result = importRows(input.rows, parseMapping(read('orgs.yaml')), options);
  const at = (line: number) => result.outcomes.find((outcome) => outcome.at === line)!;

  it('maps coordinates [lng, lat], nested phones and dates, and skips malformed lines', () => {
    const text = at(1).listing!.text;
    expect(text).toContain('geo: {lat: 42.73, lng: -84.55}');
    expect(text).toContain('phone: 517 555-0199');
    expect(text).toContain('last_verified: 2013-07-04');
    expect(at(2).skipped!.message).toMatch(/^is not valid JSON/);
    expect(at(5).skipped!.message).toBe('is not a JSON object');
    expect(summaryLines('o.ndjson', result).join('\n')).not.toMatch(/wrong way round/);
  });

  it('keeps an online listing whose point is outside the region, without the point', () => {
    expect(at(3).listing!.text).toContain('attendance: online');
    expect(at(3).listing!.text).not.toContain('geo');
    expect(at(3).changes[0]!.kind).toBe('point outside the region left out');
  });
});

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
