/**
 * The validator's small parts: "did you mean", how a problem is printed (for people and for
 * GitHub), dates in the community's time zone, the region box, and which files are listings.
 */
import { describe, expect, it } from 'vitest';
import { inBounds } from '#lib/map/geo.ts';
import {
  daysBetween,
  formatGithubAnnotation,
  formatProblem,
  isListingFile,
  sortProblems,
  summarize,
  todayIn,
  type Problem,
} from '#lib/validate/index.ts';
import { normalizeNewlines, splitFrontMatter } from '#lib/validate/source.ts';
import { closestMatch, editDistance } from '#lib/validate/suggest.ts';

describe('suggestions', () => {
  it.each([
    ['nmae', ['name', 'summary'], 'name'],
    ['phnoe', ['name', 'phone', 'website'], 'phone'],
    ['childcare', ['childcare-family', 'clothing'], 'childcare-family'],
    ['Sliding Scale', ['free', 'sliding-scale'], 'sliding-scale'],
    ['last verified', ['last_verified', 'verified_how'], 'last_verified'],
    ['naa', ['aa', 'na', 'ca'], 'na'],
    ['veteran', ['women', 'veterans'], 'veterans'],
  ])('%s → %s', (input, candidates, expected) => {
    expect(closestMatch(input, candidates)).toBe(expected);
  });

  it.each([
    ['xylophone', ['name', 'phone', 'summary']],
    ['banana', ['emotional', 'informational', 'instrumental', 'affiliational']],
    ['zz', ['aa', 'na', 'ca']],
  ])('suggests nothing for an unrelated word: %s', (input, candidates) => {
    expect(closestMatch(input, candidates)).toBeUndefined();
  });

  it('measures edit distance exactly', () => {
    expect(editDistance('nmae', 'name')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('printing problems', () => {
  const problem: Problem = {
    file: 'data/listings/food/pantry.md',
    line: 7,
    field: 'schedule.start (1st meeting time)',
    message: 'must be a 24-hour time "HH:MM", like "19:00"',
    severity: 'error',
  };

  it('prints path:line: field: message', () => {
    expect(formatProblem(problem)).toBe(
      'data/listings/food/pantry.md:7: schedule.start (1st meeting time): must be a 24-hour time "HH:MM", like "19:00"',
    );
  });

  it('marks warnings and leaves out an unknown line', () => {
    expect(formatProblem({ ...problem, line: undefined, severity: 'warning' })).toBe(
      'data/listings/food/pantry.md: schedule.start (1st meeting time): warning: must be a 24-hour time "HH:MM", like "19:00"',
    );
  });

  it('prints a GitHub annotation', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=data/listings/food/pantry.md,line=7,title=schedule.start (1st meeting time)::schedule.start (1st meeting time): must be a 24-hour time "HH:MM", like "19:00"',
    );
    expect(formatGithubAnnotation({ ...problem, line: undefined, severity: 'warning' })).toMatch(
      /^::warning file=data\/listings\/food\/pantry\.md,title=schedule\.start \(1st meeting time\)::/,
    );
  });

  it('escapes ":" "," "%" and line breaks as GitHub requires', () => {
    const tricky: Problem = {
      file: 'a,b:c.md',
      line: 3,
      field: 'x:y,z',
      message: '50% off\nnext\rend',
      severity: 'error',
    };
    expect(formatGithubAnnotation(tricky)).toBe(
      '::error file=a%2Cb%3Ac.md,line=3,title=x%3Ay%2Cz::x:y,z: 50%25 off%0Anext%0Dend',
    );
  });

  it('sorts by file, then line, then field', () => {
    const at = (file: string, line: number | undefined, field: string): Problem => ({
      file,
      line,
      field,
      message: 'm',
      severity: 'error',
    });
    const sorted = sortProblems([
      at('b.md', 2, 'x'),
      at('a.md', 9, 'x'),
      at('a.md', 2, 'z'),
      at('a.md', 2, 'y'),
      at('a.md', undefined, 'file'),
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line ?? '-'}:${p.field}`)).toEqual([
      'a.md:-:file',
      'a.md:2:y',
      'a.md:2:z',
      'a.md:9:x',
      'b.md:2:x',
    ]);
  });

  it('summarizes with plurals', () => {
    const error: Problem = { ...problem };
    const warning: Problem = { ...problem, severity: 'warning' };
    expect(summarize([], 1)).toBe('0 errors, 0 warnings in 1 file');
    expect(summarize([error, warning], 2)).toBe('1 error, 1 warning in 2 files');
    expect(summarize([error, error, warning, warning, warning], 124)).toBe('2 errors, 3 warnings in 124 files');
  });
});

describe('dates in the community time zone', () => {
  it('is still the 24th in Detroit at 03:00 UTC on the 25th', () => {
    expect(todayIn('America/Detroit', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-25');
    expect(todayIn('America/Detroit', new Date('2026-11-25T05:00:00Z'))).toBe('2026-11-25');
  });

  it('counts whole days, across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2026-11-01', '2026-11-24')).toBe(23);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
    expect(daysBetween('2025-11-24', '2026-11-24')).toBe(365);
  });
});

describe('the region box', () => {
  const lansing: [[number, number], [number, number]] = [
    [42.55, -84.85],
    [42.9, -84.25],
  ];
  it.each([
    [42.7325, -84.5555, true],
    [42.55, -84.85, true],
    [42.9, -84.25, true],
    [42.549, -84.5, false],
    [42.7, -84.851, false],
    [-84.55, 42.73, false],
    [40.71, -74.0, false],
  ])('(%f, %f) inside: %s', (lat, lng, inside) => {
    expect(inBounds(lat, lng, lansing)).toBe(inside);
  });
});

describe('which files are listings', () => {
  it.each([
    ['data/listings/food/pantry.md', true],
    ['data/listings/food/pantry.yaml', true],
    ['data/listings/food/pantry.yml', true],
    ['data/listings/a/b/c/deep.md', true],
    ['data/listings/README.md', false],
    ['data/listings/food/readme.md', false],
    ['data/listings/food/_draft.md', false],
    ['data/listings/food/notes.txt', false],
    ['data/listings/food/pantry.json', false],
    ['data/listings/food/pantry.md.bak', false],
  ])('%s → %s', (path, expected) => {
    expect(isListingFile(path)).toBe(expected);
  });
});

describe('reading a listing file', () => {
  it('removes a byte-order mark and turns CRLF and CR into LF without changing line count', () => {
    expect(normalizeNewlines('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('splits front matter from the body and knows where each starts', () => {
    expect(splitFrontMatter('---\nname: A\n---\nBody\n')).toEqual({
      yaml: 'name: A',
      yamlLine: 2,
      body: 'Body\n',
      bodyLine: 4,
    });
    expect(splitFrontMatter('\n---\nname: A\n---\n')).toMatchObject({ yamlLine: 3, bodyLine: 5 });
  });

  it('says where front matter is missing or unclosed', () => {
    expect(splitFrontMatter('name: A\n')).toMatchObject({ line: 1, error: expect.stringMatching(/^is missing/) });
    expect(splitFrontMatter('---\nname: A\n')).toMatchObject({
      line: 1,
      error: expect.stringMatching(/^is not closed/),
    });
  });
});
