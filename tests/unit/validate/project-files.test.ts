/**
 * What the validator reads from the project's folders: no file outside data/ through a link, no
 * linked folder walked, no file too large read at all, and every problem printed on one line
 * whatever its file is named.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, validateProject } from '#lib/validate/index.ts';
import { listingFilesIn } from '../../../scripts/lib/cli.ts';
import { errorLines, tempProjects } from '../../helpers/temp-project.ts';

const project = tempProjects('limits-files-');
const outside: string[] = [];
afterEach(() => {
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const listing = readFileSync(new URL('../../fixtures/valid/cafe-esperanza.md', import.meta.url), 'utf8');

/** A folder outside the project, holding a secret and a folder of listings. */
function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'limits-outside-'));
  outside.push(dir);
  writeFileSync(join(dir, 'secret.md'), 'id_rsa: PRIVATE KEY\n');
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, 'many', `listing-${i}.md`), listing);
  return dir;
}

describe('links out of data/', () => {
  it('refuses a link to a file and a linked folder outside, one line each, and reads neither', () => {
    const dir = outsideFolder();
    const root = project({ 'data/listings/real.md': listing });
    symlinkSync(join(dir, 'secret.md'), join(root, 'data/listings/secret.md'));
    symlinkSync(join(dir, 'many'), join(root, 'data/listings/many'));
    const report = validateProject(root, { today: '2026-11-24' });
    expect(report.listings.map((l) => l.file)).toEqual(['data/listings/real.md']);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `data/listings/many: file: is a link to ${join(dir, 'many')}, outside data/, and is not read; replace the link with a copy of what it points to`,
      `data/listings/secret.md: file: is a link to ${join(dir, 'secret.md')}, outside data/, and is not read; replace the link with a copy of what it points to`,
    ]);
  });

  it('reads a link to a file inside data/', () => {
    const root = project({ 'data/shared/place.md': listing });
    symlinkSync(join(root, 'data/shared/place.md'), join(root, 'data/listings/place.md'));
    const report = validateProject(root, { today: '2026-11-24' });
    expect(report.listings.map((l) => l.file)).toEqual(['data/listings/place.md']);
  });

  it('the commands do not walk a linked folder', () => {
    const dir = outsideFolder();
    const root = project({ 'data/listings/real.md': listing });
    symlinkSync(join(dir, 'many'), join(root, 'data/listings/many'));
    expect(listingFilesIn(join(root, 'data/listings'))).toEqual(['real.md']);
  });
});

describe('a file too large', () => {
  it('is refused from its size, without reading it', () => {
    const root = project({ 'data/listings/huge.md': '' });
    // 50 MB of nothing: a sparse file, so the test writes nothing to disk.
    truncateSync(join(root, 'data/listings/huge.md'), 50 * 1024 * 1024);
    const start = performance.now();
    expect(errorLines(root, { today: '2026-11-24' })).toEqual([
      'data/listings/huge.md: file: is 52,428,800 bytes; the limit is 65,536 (64 KB): a listing is one place or program, so shorten the description or split the file',
    ]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('file names with line breaks', () => {
  it('print as one line, so no fake CI annotation can appear', () => {
    const root = project({ 'data/listings/a\n::error file=x::fake.md': listing });
    const lines = errorLines(root, { today: '2026-11-24' });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(line.startsWith('data/listings/a%0A::error file=x::fake.md')).toBe(true);
    }
  });
});
