/**
 * The validator reads plain YAML with js-yaml and everything else with `yaml` (see
 * src/lib/validate/source.ts). A volunteer must get the same values, the same problems and the
 * same line numbers either way; these tests compare the two readers on every fixture and sample
 * listing, on tricky scalars, and on generated documents.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListingSource, type PathSegment } from '#lib/validate/source.ts';

const ROOT = join(import.meta.dirname, '../../..');

function listingFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|ya?ml)$/i.test(file))
    .map((file) => join(dir, file));
}

/** Every path into `value` (maps and lists), plus a few that do not exist. */
function pathsOf(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const paths: PathSegment[][] = [[...prefix, 'not_a_field']];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
    paths.push([...prefix, value.length]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push([...prefix, key], ...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

/** Both readers' view of one file: values, problems and the line of every path. */
function compareReaders(file: string, text: string): void {
  const fast = readListingSource(file, text);
  const full = readListingSource(file, text, { fullReader: true });
  expect(fast.data, file).toEqual(full.data);
  expect(fast.problems, file).toEqual(full.problems);
  expect(fast.body).toBe(full.body);
  expect(fast.bodyLine).toBe(full.bodyLine);
  for (const path of pathsOf(full.data)) {
    for (const what of ['key', 'value'] as const) {
      expect(fast.lineOf(path, what), `${file} ${path.join('.')} (${what})`).toBe(full.lineOf(path, what));
    }
  }
}

describe('the fast YAML path gives what the full reader gives', () => {
  it('on every fixture, valid and malformed, and every sample listing', () => {
    const files = [...listingFiles(join(ROOT, 'tests/fixtures')), ...listingFiles(join(ROOT, 'data/listings'))];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) compareReaders(relative(ROOT, file), readFileSync(file, 'utf8'));
  });

  // Spellings where YAML readers are known to disagree (YAML 1.1 habits, number forms, keys).
  const SCALARS = [
    '01234',
    '017',
    '0o17',
    '0x1F',
    '0b101',
    '+0x10',
    '-0o7',
    '1_000',
    '+12',
    '-3',
    '1e3',
    '1.5e3',
    '.5',
    '+.5',
    '-.5',
    '1.',
    '.inf',
    '-.Inf',
    '.nan',
    '19:00',
    '1:30:00',
    'yes',
    'no',
    'on',
    'off',
    'True',
    'TRUE',
    'tRue',
    'null',
    'Null',
    '~',
    '',
    '2026-08-19',
    '2026-08-19T10:00:00Z',
    '3.14',
    '-0',
    '00',
    '9007199254740993',
    '"x"',
    "'it''s'",
    '"\\u00e9 \\t"',
    '[1, 2]',
    '[a, b]',
    '{a: 1}',
    '*alias',
    '&anchor x',
    '!!str 1',
    '@home',
    '`cmd`',
    '%x',
    '? x',
    '<< : x',
    '=',
    'a # note',
    '"a" # note',
    'x:y',
    'x :y',
    'a: b',
    '|',
    '>-',
    '-',
    '- x',
  ];

  it('on tricky values, in a field and in a list', () => {
    for (const scalar of SCALARS) {
      compareReaders('tricky.yaml', `name: ${scalar}\nlanguages:\n  - ${scalar}\nlist: [${scalar}]\n`);
      compareReaders('tricky.md', `---\n${scalar}: 1\nsupport: [a, ${scalar}]\n---\nBody\n`);
    }
  });

  it('on generated documents', () => {
    const key = fc.constantFrom('name', 'category', 'geo', 'lat', 'hours', 'null', '~', 'a-b', '"quoted"', 'x y');
    const scalar = fc.oneof(fc.constantFrom(...SCALARS), fc.string({ maxLength: 12 }), fc.integer().map(String));
    const indent = fc.constantFrom('  ', '    ');
    const value = fc.oneof(
      scalar.map((s) => ` ${s}`),
      fc.array(scalar, { maxLength: 3 }).map((items) => ` [${items.join(', ')}]`),
      fc
        .tuple(indent, fc.array(scalar, { minLength: 1, maxLength: 3 }))
        .map(([pad, items]) => `\n${items.map((item) => `${pad}- ${item}`).join('\n')}`),
      fc
        .tuple(indent, fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }))
        .map(([pad, pairs]) => `\n${pairs.map(([k, v]) => `${pad}${k}: ${v}`).join('\n')}`),
      fc
        .tuple(fc.constantFrom('|', '>', '|-'), fc.array(scalar, { minLength: 1, maxLength: 3 }))
        .map(([style, lines]) => ` ${style}\n${lines.map((line) => `  ${line}`).join('\n')}`),
    );
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}:${v}`) },
      { weight: 1, arbitrary: fc.constantFrom('# a comment', '', '# yaml-language-server: $schema=x') },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, markdown) => {
        const yaml = lines.join('\n');
        if (markdown) compareReaders('generated.md', `---\n${yaml}\n---\nBody text\n`);
        else compareReaders('generated.yaml', `${yaml}\n`);
      }),
      // FAST_PATH_RUNS=60000 searches harder (and takes longer); it passed when this was written.
      { numRuns: Number(process.env.FAST_PATH_RUNS ?? 3000) },
    );
  }, 60_000);
});
