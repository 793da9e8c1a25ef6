/**
 * The CSV / JSON lines importer (npm run import:csv) from input to report: rows read
 * (src/lib/open-data/csv/read.ts), mapped with swapped coordinates put right (map-row.ts),
 * checked by the project's validator (check-listing.ts) and reported (report.ts). Fixtures are
 * small files in tests/fixtures/csv-import/; the command line is in
 * tests/integration/import-csv.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importRows, type ImportOptions } from '#lib/open-data/csv/import.ts';
import { parseMapping } from '#lib/open-data/csv/mapping.ts';
import { readCsv, readJsonLines } from '#lib/open-data/csv/read.ts';
import { reportLines, summaryLines } from '#lib/open-data/csv/report.ts';
import { fixtureSite } from '../../../helpers/temp-project.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/csv-import/${name}`, import.meta.url));
const read = (name: string) => readFileSync(fixture(name), 'utf8');

const TODAY = '2026-11-24';
const site = fixtureSite;
const OUT = 'data/listings/imported';
const options: ImportOptions = { site, today: TODAY, outDir: OUT };

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
    expect(at(2).listing!.text).toContain('geo: { lat: 42.7325, lng: -84.5555 }');
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
    expect(text).toContain('geo: { lat: 42.73, lng: -84.55 }');
    expect(text).toContain('phone: "517 555-0199"');
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

describe('a CSV with hostile cells and columns named like built-in properties (hostile.csv)', () => {
  const input = readCsv(read('hostile.csv'));
  const result = importRows(input.rows, parseMapping(read('hostile.yaml')), options);
  const at = (row: number) => result.outcomes.find((outcome) => outcome.at === row)!;
  const lines = reportLines('hostile.csv', result.outcomes);

  it('reads columns named constructor, toString, __proto__ and hasOwnProperty like any other', () => {
    const text = at(2).listing!.text;
    expect(text).toContain('name: "Hope Pantry"');
    expect(text).toContain('summary: "Groceries every Friday"');
    expect(text).toContain('street: "1 Main St"');
    expect(text).toContain('city: "Lansing"');
    expect(at(2).changes).toEqual([]);
  });

  it('takes spreadsheet formula characters off free text, one report line for the row', () => {
    const text = at(3).listing!.text;
    expect(text).toContain('name: "HYPERLINK(\\"https://evil.example/');
    expect(text).toContain(`summary: "cmd|' /C calc'!A0"`);
    expect(text).toContain('street: "SUM(1+1)"');
    expect(text).toContain('city: "Lansing"');
    // No value, and not the description, starts with a formula character.
    expect(text).not.toMatch(/^\s*\w+: "?[=+\-@]/m);
    expect(text).toMatch(/---\n1\+1 and more\n$/);
    const line = lines.find((l) => l.startsWith('hostile.csv:3: '))!;
    expect(line).toContain('name started with "=", which a spreadsheet runs as a formula; taken out');
    expect(line).toContain('summary started with "+"');
    expect(line).toContain('address.street started with "@"');
    expect(line).toContain('address.city started with "-"');
    expect(line).toContain('description started with "="');
    expect(lines.filter((l) => l.startsWith('hostile.csv:3: '))).toHaveLength(1);
  });

  it('does not take a value map key from Object: "constructor" is not in the map', () => {
    expect(at(3).changes.map((change) => change.message)).toContain(
      'Childcare "constructor" is not in the mapping\'s map; left out',
    );
    expect(at(3).listing!.text).not.toContain('function');
  });

  it('takes e-mail addresses out of every free-text field, with a line', () => {
    for (const row of [3, 4]) expect(at(row).listing!.text).not.toContain('@example.org');
    expect(at(4).changes.map((change) => change.message)).toEqual([
      'e-mail address taken out of the summary (listing files are public)',
      'e-mail address taken out of the conference_notes (listing files are public)',
      'description started with "-", which a spreadsheet runs as a formula; taken out',
    ]);
  });
});

describe('a row longer than the importer reads (long-row.csv)', () => {
  it('is skipped with one line naming the limit and its longest cell, in well under a second', () => {
    const started = performance.now();
    const input = readCsv(read('long-row.csv'));
    const result = importRows(input.rows, parseMapping(read('long-row.yaml')), options);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expect(reportLines('long-row.csv', result.outcomes)).toEqual([
      'long-row.csv:2: no name: skipped: is 30,059 characters long, more than the 10,000 a row may have (its longest cell, "Notes", has 30,000); shorten it and import again',
    ]);
    expect(result.outcomes.find((outcome) => outcome.at === 3)!.listing).toBeDefined();
    expect(summaryLines('long-row.csv', result)[1]).toBe('Skipped: too long 1.');
  });

  it('in a JSON lines file too', () => {
    const line = JSON.stringify({ name: 'Long', notes: 'a'.repeat(20_000) });
    const [row] = readJsonLines(`${line}\n`).rows;
    expect(row!.skip!.message).toBe(
      'is 20,026 characters long, more than the 10,000 a line may have (its longest field, "notes", has 20,002); shorten it and import again',
    );
  });
});

describe('JSON lines keys named like built-in properties', () => {
  it("are read as the record's own values, never inherited ones", () => {
    const [row] = readJsonLines('{"toString": "Hope Pantry", "a": {"constructor": "Lansing"}}\n').rows;
    const mapping = parseMapping(
      [
        'columns: { name: toString, address.city: a.constructor, summary: hasOwnProperty }',
        'set: { category: food, support: [instrumental], attendance: online, conference_url: "https://x.example/", last_verified: 2026-10-01 }',
      ].join('\n'),
    );
    const [outcome] = importRows([row!], mapping, options).outcomes;
    expect(outcome!.listing!.text).toContain('name: "Hope Pantry"');
    expect(outcome!.listing!.text).toContain('city: "Lansing"');
    expect(outcome!.listing!.text).not.toContain('summary');
  });
});
