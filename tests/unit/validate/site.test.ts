/**
 * data/site.yaml strings that reach a page as anything but text. The hostile values are fixtures
 * (tests/fixtures/hostile-site/), each the `map:` block of an otherwise valid site.yaml.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSite, formatProblem } from '#lib/validate/index.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const good = readFileSync(`${fixtures}project/data/site.yaml`, 'utf8');
const goodLines = good.trimEnd().split('\n').length;

/** The project's valid site.yaml with the fixture's `map:` block appended. */
function withMapBlock(name: string): string {
  return `${good.trimEnd()}\n${readFileSync(`${fixtures}hostile-site/${name}`, 'utf8')}`;
}

/** The line of `field:` in the fixture, counted in the combined file. */
function lineOf(name: string, field: string): number {
  const lines = readFileSync(`${fixtures}hostile-site/${name}`, 'utf8').split('\n');
  return goodLines + 1 + lines.findIndex((line) => line.trimStart().startsWith(`${field}:`));
}

describe('site.yaml: the map credit is text, its link https', () => {
  it.each([
    ['attribution-onerror.yaml', 'attribution'],
    ['attribution-javascript-link.yaml', 'attribution'],
    ['attribution-entity.yaml', 'attribution'],
  ])('%s is one line naming map.attribution and how to write it', (fixture, field) => {
    const started = performance.now();
    const problems = checkSite('data/site.yaml', withMapBlock(fixture)).problems.map(formatProblem);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([
      `data/site.yaml:${lineOf(fixture, field)}: map.attribution: is shown as plain text, so it cannot hold HTML; write only the words (type © itself, not &copy;) and put the link in map.attribution_url`,
    ]);
  });

  it.each([['attribution-url-javascript.yaml'], ['attribution-url-http.yaml']])(
    '%s is refused: the link must be https',
    (fixture) => {
      const problems = checkSite('data/site.yaml', withMapBlock(fixture)).problems.map(formatProblem);
      expect(problems).toEqual([
        `data/site.yaml:${lineOf(fixture, 'attribution_url')}: map.attribution_url: is not a secure web address; write the full address starting with https://`,
      ]);
    },
  );

  it('accepts a plain credit with an https link, and credits OpenStreetMap with its link by default', () => {
    const text = `${good.trimEnd()}\nmap:\n  attribution: © Stadia Maps © OpenStreetMap\n  attribution_url: https://stadiamaps.com/attribution\n`;
    expect(checkSite('data/site.yaml', text)).toMatchObject({
      problems: [],
      site: {
        map: { attribution: '© Stadia Maps © OpenStreetMap', attribution_url: 'https://stadiamaps.com/attribution' },
      },
    });
    expect(checkSite('data/site.yaml', good).site?.map).toEqual({
      tile_url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      attribution_url: 'https://www.openstreetmap.org/copyright',
    });
  });

  it('keeps an ampersand that is not an entity, such as "Maps & Data"', () => {
    const text = `${good.trimEnd()}\nmap:\n  attribution: Maps & Data © Example\n`;
    expect(checkSite('data/site.yaml', text).problems).toEqual([]);
  });
});

describe('site.yaml: translations of the site’s own words', () => {
  const bilingual = `${good.trimEnd()}\nlanguages: [en, es]\nhelp_lines:\n  - label: Suicide & Crisis Lifeline\n    phone: "988"\n`;
  const lines = bilingual.split('\n').length;
  const problems = (extra: string, text = bilingual) => checkSite('data/site.yaml', `${text}${extra}`).problems;

  it('accepts a Spanish tagline and a Spanish help line label, and keeps them', () => {
    const extra =
      '    translations:\n      es:\n        label: Línea 988 de Prevención del Suicidio y Crisis\ntranslations:\n  es:\n    tagline: Recursos para la recuperación\n';
    const checked = checkSite('data/site.yaml', `${bilingual}${extra}`);
    expect(checked.problems).toEqual([]);
    expect(checked.site?.translations).toEqual({ es: { tagline: 'Recursos para la recuperación' } });
    expect(checked.site?.help_lines[0]?.translations).toEqual({
      es: { label: 'Línea 988 de Prevención del Suicidio y Crisis' },
    });
  });

  it('refuses a language the site is not built in, on the line of its code', () => {
    expect(problems('translations:\n  fr:\n    tagline: Ressources\n').map(formatProblem)).toEqual([
      `data/site.yaml:${lines + 1}: translations.fr: the site is not built in fr; it is built in en, es: translate into es, or add fr to languages in data/site.yaml (CONTRIBUTING.md, "Adding a language")`,
    ]);
  });

  it('refuses a help line translated into the first language, with the other problems of the same round', () => {
    const extra =
      '    translations:\n      en:\n        label: Crisis line\n      es:\n        labl: Línea de crisis\n';
    expect(problems(extra).map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      `${lines + 4} help_lines.translations.es.labl (1st help line): is not a known field; did you mean "label"? Fix the spelling or remove it`,
      `${lines + 1} help_lines.translations.en (1st help line): en is the site's first language, the one the fields themselves are written in; put the text in those fields and remove this translation`,
    ]);
  });

  it('says a blank translated value is empty', () => {
    expect(problems('translations:\n  es:\n    tagline:\n').map(formatProblem)).toEqual([
      `data/site.yaml:${lines + 2}: translations.es.tagline: is empty; write the tagline in this language, or remove the field to show the original`,
    ]);
  });

  it('refuses every translation when the site is built in English only', () => {
    const english = `${good.trimEnd()}\n`;
    expect(problems('translations:\n  es:\n    tagline: Recursos\n', english).map((p) => p.message)).toEqual([
      'the site is not built in es; it is built in en: add es to languages in data/site.yaml (CONTRIBUTING.md, "Adding a language")',
    ]);
  });
});

describe('site.yaml: the quick exit and the installed app', () => {
  it.each([['quick-exit-javascript.yaml'], ['quick-exit-http.yaml']])(
    '%s is refused: the way out must be a secure web address',
    (fixture) => {
      const problems = checkSite('data/site.yaml', withMapBlock(fixture)).problems.map(formatProblem);
      expect(problems).toEqual([
        `data/site.yaml:${lineOf(fixture, 'url')}: quick_exit.url: must be a full https:// address (a secure link), like "https://example.org/join"`,
      ]);
    },
  );

  it('refuses a theme colour that is not "#rrggbb", which could carry more into the page', () => {
    const fixture = 'theme-color-css.yaml';
    const problems = checkSite('data/site.yaml', withMapBlock(fixture)).problems.map(formatProblem);
    expect(problems).toEqual([
      `data/site.yaml:${lineOf(fixture, 'theme_color')}: theme_color: is not a colour; write it as # and six hex digits, e.g. "#0b5a55"`,
    ]);
  });

  it('turns the quick exit on with a neutral page by default, and off when asked', () => {
    expect(checkSite('data/site.yaml', good).site?.quick_exit).toEqual({
      enabled: true,
      url: 'https://www.weather.gov/',
    });
    const off = `${good.trimEnd()}\nquick_exit:\n  enabled: false\n`;
    expect(checkSite('data/site.yaml', off).site?.quick_exit.enabled).toBe(false);
  });
});
