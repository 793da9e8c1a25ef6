import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSite, formatProblem } from '#lib/validate/index.ts';
import { SITE_FIXTURE } from '../../helpers/temp-project.ts';

const site = readFileSync(SITE_FIXTURE, 'utf8');
const withLanguages = (line: string) =>
  checkSite('data/site.yaml', `${site.replace(/^languages:.*\n/m, '')}\n${line}\n`).problems.map(formatProblem);

describe('site.yaml languages', () => {
  it('accepts the languages the site has dictionaries for, in any order', () => {
    expect(withLanguages('languages: [en, es]')).toEqual([]);
    expect(withLanguages('languages: [es, en]')).toEqual([]);
    expect(withLanguages('languages: [en]')).toEqual([]);
  });

  it('names a language without a dictionary, and says how to add one', () => {
    const [line, ...rest] = withLanguages('languages: [en, fr]');
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^data\/site\.yaml:\d+: languages(\.1|\[1\])?.*has no dictionary yet.*en, es.*Adding a language/,
    );
  });

  it('refuses a language listed twice', () => {
    expect(withLanguages('languages: [en, es, en]').join('\n')).toContain('lists a language twice');
  });
});
