/**
 * The sample data in data/ as a community would publish it in two languages (issue 16): it
 * validates, at least 20 listings carry Spanish translations, every Spanish-language meeting and
 * service is translated in full, and the Spanish words are person-first.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, validateProject, type ProjectReport } from '#lib/validate/index.ts';
import { vocabulary } from '../../../src/i18n/dictionaries/es/vocabulary.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let report: ProjectReport;

beforeAll(() => {
  report = validateProject(root, { today: '2026-11-24' });
});

/** Words that label a person by a substance or call them dirty or clean; never used in Spanish here. */
const STIGMA = /\b(adict[oa]s?|drogadict[oa]s?|limpi[oa]s?|suci[oa]s?|alcohólic[oa]s? en recuperación)\b/iu;

describe('the sample data in Spanish', () => {
  const listings = () => report.listings.filter((l) => l.data);
  const spanishFirst = () =>
    listings().filter((l) => l.data!.languages.includes('es') || l.data!.populations?.includes('spanish-speaking'));

  it('validates with no error, in a site built in English and Spanish', () => {
    expect(report.site?.languages).toEqual(['en', 'es']);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('has at least 20 listings with Spanish translations', () => {
    expect(listings().filter((l) => l.data!.translations?.es).length).toBeGreaterThanOrEqual(20);
  });

  it('translates every Spanish-language meeting and service in full (summary and description)', () => {
    expect(spanishFirst().length).toBeGreaterThanOrEqual(10);
    const partial = spanishFirst().filter((l) => {
      const es = l.data!.translations?.es;
      return !es?.summary || !es.description;
    });
    expect(partial.map((l) => l.file)).toEqual([]);
  });

  it('translates the site’s tagline and every help line', () => {
    expect(report.site?.translations?.es?.tagline).toBeTruthy();
    expect(report.site?.help_lines.map((line) => line.translations?.es?.label)).toEqual([
      'Línea 988 de Prevención del Suicidio y Crisis',
      'Línea Nacional de Ayuda de SAMHSA (gratuita, confidencial, las 24 horas)',
    ]);
  });

  it('uses person-first words in every Spanish text of the listings and the vocabulary', () => {
    const texts = [
      ...listings().flatMap((l) => Object.values(l.data!.translations?.es ?? {})),
      ...Object.values(vocabulary).flatMap((terms) =>
        'label' in terms
          ? [terms.label, terms.description]
          : Object.values(terms).flatMap((t) => [t.label, t.description]),
      ),
    ];
    expect(texts.length).toBeGreaterThan(250);
    expect(['un adicto', 'Drogadictos', 'está limpia', 'orina sucia'].every((text) => STIGMA.test(text))).toBe(true);
    expect(texts.filter((text) => STIGMA.test(text))).toEqual([]);
  });

  it('keeps the original fields in English when a translation gives the Spanish', () => {
    for (const l of spanishFirst().filter((x) => x.data!.translations?.es?.summary)) {
      expect(l.data!.summary, l.file).not.toMatch(/\b(reunión|iglesia|centro de|para toda la familia)\b/i);
    }
  });
});
