/**
 * The listing form's pages (src/lib/listing-form/page.ts, src/i18n/listing-form.ts): their words
 * and the island's props in each language, the help under each box (the schema's own words unless
 * they speak of the file), and the choices in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { dictionary } from '#i18n/index.ts';
import { listingFormChoices } from '#i18n/listing-form.ts';
import { schemaDescriptions } from '#lib/listing-form/descriptions.ts';
import { FIELD_NAMES } from '#lib/listing-form/fields.ts';
import { listingFormPage } from '#lib/listing-form/page.ts';
import { CATEGORY_IDS, LANGUAGE_LABELS, WEEKDAY_IDS } from '#taxonomy';
import { fixtureSite } from '../../helpers/temp-project.ts';

const site = { ...fixtureSite, languages: ['en', 'es'] as ('en' | 'es')[], contact_email: 'hello@example.org' };

function page(mode: 'new' | 'edit', lang: 'en' | 'es') {
  return listingFormPage({
    mode,
    lang,
    locale: lang === 'en' ? 'en-US' : 'es-US',
    ui: dictionary(lang),
    choices: listingFormChoices(lang),
    site,
    languageNames: { en: 'English', es: 'Español' },
    host: 'GitHub',
    dataUrl: '/contribute/data/',
    dataFiles: 3,
    links: { contribute: '/contribute/', new: '/contribute/new/' },
  });
}

describe('the pages', () => {
  it('title the new and edit forms in the page’s language', () => {
    expect(page('new', 'en').heading).toBe('Suggest a new listing');
    expect(page('edit', 'en').title).toBe('Suggest an edit');
    expect(page('new', 'es').heading).toBe('Sugiera un recurso nuevo');
  });

  it('hand the island only what checking one listing needs of site.yaml, and a box per other language', () => {
    const { props } = page('new', 'es');
    expect(Object.keys(props.site).sort()).toEqual(['languages', 'region', 'stale_after_days', 'timezone']);
    expect(props.translations).toEqual([{ code: 'es', name: 'Español' }]);
    expect(props.repository).toEqual({ url: site.repository.url, branch: site.repository.branch });
    expect(props.contactEmail).toBe('hello@example.org');
    expect(props.words).not.toHaveProperty('page');
  });
});

describe('the help under each box', () => {
  const help = dictionary('en').form.help as Record<string, string>;
  const schema = schemaDescriptions() as Record<string, string>;

  it('is there for every box, in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const words = dictionary(lang).form.help as Record<string, string>;
      expect(FIELD_NAMES.filter((name) => !words[name]?.trim())).toEqual([]);
    }
  });

  it('is the schema’s description wherever that does not speak of the file', () => {
    const fromSchema = FIELD_NAMES.filter((name) => schema[name] && help[name] === schema[name].replace(/`/g, ''));
    expect(fromSchema.length).toBeGreaterThan(20);
    // No help tells a volunteer about quotes, brackets or codes in a file.
    const fileWords = Object.entries(help).filter(([, text]) =>
      /\[[a-z-]+\]|in quotes|site\.yaml|BCP 47|lowercase English/.test(text),
    );
    expect(fileWords).toEqual([]);
  });
});

describe('the choices', () => {
  it('offer every vocabulary term, labelled in the page’s language', () => {
    const en = listingFormChoices('en');
    const es = listingFormChoices('es');
    expect(en.category.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    expect(es.weekdays.map((c) => c.id)).toEqual([...WEEKDAY_IDS]);
    expect(es.weekdays[0]!.label).toBe(dictionary('es').vocabulary.weekdays.monday.label);
    expect(en.pathways.at(-1)).toEqual({ id: 'all-pathways', label: 'Welcomes every pathway' });
    expect(en.weeks.map((w) => w.id)).toEqual(['1', '2', '3', '4', '5', 'last']);
    expect(en.languages.map((l) => l.id)).toEqual(Object.keys(LANGUAGE_LABELS));
    expect(es.meeting_types.find((t) => t.id === 'O')?.label).toBe('Abierta');
  });
});
