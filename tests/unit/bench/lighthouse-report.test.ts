import { describe, expect, it } from 'vitest';
import {
  LIGHTHOUSE_HEADING,
  isNoindex,
  lighthousePaths,
  lighthouseSection,
  lighthouseTable,
  replaceSection,
  sectionOf,
  tileBlockPattern,
} from '../../../scripts/bench/lighthouse-report.ts';

describe('lighthousePaths', () => {
  it('lists every page type, then the start page and finder of each other language', () => {
    const paths = lighthousePaths(['en', 'es'], 'hope-house', 'food');
    expect(paths).toContain('/listings/hope-house/');
    expect(paths).toContain('/categories/food/');
    expect(paths).toContain('/offline/');
    expect(paths).toContain('/contribute/new/');
    expect(paths.slice(-2)).toEqual(['/es/', '/es/find/']);
    expect(paths).toHaveLength(16);
  });

  it('has no other-language pages on a one-language site', () => {
    expect(lighthousePaths(['en'], 'a', 'b').some((path) => path.startsWith('/es/'))).toBe(false);
  });
});

describe('isNoindex', () => {
  it('reads the robots meta whatever its attribute order and quotes', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex("<meta content='noindex, nofollow' name='robots' />")).toBe(true);
    expect(isNoindex('<meta name="ROBOTS" content="none">')).toBe(true);
    expect(isNoindex('<meta name="googlebot" content="noindex">')).toBe(true);
  });

  it('is false for indexable pages and other metas saying noindex', () => {
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('<meta name="description" content="noindex is not here">')).toBe(false);
    expect(isNoindex('<p>noindex</p>')).toBe(false);
  });
});

describe('tileBlockPattern', () => {
  it('blocks everything on the tile server', () => {
    expect(tileBlockPattern('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org/*');
  });

  it('turns a subdomain placeholder into a wildcard', () => {
    expect(tileBlockPattern('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.org/*');
  });
});

describe('lighthouseTable', () => {
  it('rounds scores, gives CLS three decimals and says which pages are noindex', () => {
    const table = lighthouseTable([
      {
        build: '1,000',
        path: '/offline/',
        noindex: true,
        performance: 99.6,
        accessibility: 100,
        bestPractices: 96,
        seo: 66,
        cls: 0.0123,
        tbt: 12.4,
      },
    ]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| 1,000 | `/offline/` | noindex by design | 100 | 100 | 96 | 66 | 0.012 | 12 ms |');
  });

  it('says which runs did not finish, and why', () => {
    const table = lighthouseTable([{ build: '100,000', path: '/find/', noindex: false, error: 'over 360 s' }]);
    expect(table).toContain('| 100,000 | `/find/` |  | did not finish (over 360 s) |');
  });

  it('shows a dash for a figure Lighthouse did not give', () => {
    expect(lighthouseTable([{ build: '1', path: '/', noindex: false, performance: 90 }])).toContain(
      '| 90 | – | – | – | – | – |',
    );
  });
});

describe('sections of BENCHMARKS.md', () => {
  const doc = '# Benchmarks\n\nintro\n\n## Build\n\nold build\n\n## Figures behind design choices\n\nkept\n';
  const section = lighthouseSection([], 'https://tiles/*', 'Measured today.');

  it('puts a new section before the kept one', () => {
    const out = replaceSection(doc, LIGHTHOUSE_HEADING, section, '## Figures behind design choices');
    expect(out).toBe(
      `# Benchmarks\n\nintro\n\n## Build\n\nold build\n\n${section}\n## Figures behind design choices\n\nkept\n`,
    );
    expect(sectionOf(out, LIGHTHOUSE_HEADING)).toBe(section);
  });

  it('replaces the section it had, and leaves the rest as it was', () => {
    const once = replaceSection(doc, LIGHTHOUSE_HEADING, section, '## Figures behind design choices');
    const newer = lighthouseSection([], 'https://tiles/*', 'Measured tomorrow.');
    const twice = replaceSection(once, LIGHTHOUSE_HEADING, newer, '## Figures behind design choices');
    expect(twice).toBe(once.replace(section, newer));
    expect(sectionOf(twice, '## Build')).toBe('## Build\n\nold build\n');
  });

  it('appends the section to a file without the other one, and finds a section on the first line', () => {
    expect(replaceSection('# B\n', '## L', '## L\n\nx\n', '## F')).toBe('# B\n\n## L\n\nx\n');
    expect(replaceSection('', '## L', '## L\n\nx\n', '## F')).toBe('## L\n\nx\n');
    expect(sectionOf('## L\n\nx\n\n## M\n', '## L')).toBe('## L\n\nx\n');
    expect(sectionOf('# B\n', '## L')).toBeUndefined();
  });

  it('says when it was measured and notes the blocked tiles', () => {
    expect(section).toContain('Measured today.');
    expect(section).toContain('`https://tiles/*`');
  });
});
