/**
 * The edit round trip on every sample listing: the edit form opened on a listing's file and sent
 * unchanged gives a file the validator reads as the same data and description, with the same
 * problems (warnings) as the original, and the same text: a reviewer sees only what changed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkForm, stateFromFile } from '#lib/listing-form/check.ts';
import { checkListing, formatProblem, validateProject, type ProjectReport } from '#lib/validate/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const today = '2026-11-24';
let report: ProjectReport;

beforeAll(() => {
  report = validateProject(root, { today });
});

const files = () => report.listings.map((listing) => listing.file);

describe('the edit form, changing nothing', () => {
  it('covers every sample listing', () => {
    expect(files().length).toBeGreaterThan(100);
  });

  it('gives the same data for every listing file, and the same text but for quote marks', () => {
    const site = report.site!;
    const others = site.languages.slice(1);
    const different: string[] = [];
    for (const file of files()) {
      const text = readFileSync(`${root}/${file}`, 'utf8');
      const before = checkListing(file, text, { site, today });
      const read = stateFromFile(file, text, others);
      expect(read, file).toBeDefined();
      const result = checkForm(read!.state, { site, today, edited: read!.edited });
      expect(result.file).toBe(file);
      const after = checkListing(file, result.text, { site, today });
      expect(after.problems.map(formatProblem), file).toEqual(before.problems.map(formatProblem));
      expect(after.data, file).toEqual(before.data);
      expect(after.body.trimEnd(), file).toBe(before.body.trimEnd());
      // The writer quotes codes a YAML 1.1 reader would take for true or false (Y, N, NO).
      const unquoted = (lines: string) => lines.replace(/"/g, '');
      expect(unquoted(result.text), file).toBe(unquoted(text.replace(/\r\n?/g, '\n')));
      if (result.text !== text) different.push(file);
    }
    expect(different.length, different.join('\n')).toBeLessThan(files().length / 10);
  });
});
