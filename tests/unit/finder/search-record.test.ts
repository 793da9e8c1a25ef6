import { describe, expect, it } from 'vitest';
import { indexedWords, listingWords, searchRecord } from '#lib/finder/search-record.ts';
import { listingSchema } from '#schemas/listing.ts';
import { dictionary } from '#i18n/index.ts';
import { escapeHtml } from '#lib/html/card.ts';

describe('the word-search record of a listing', () => {
  const data = listingSchema.parse({
    name: 'Harbor House & Friends',
    category: 'recovery-housing',
    support: ['instrumental'],
    pathways: ['medication-assisted'],
    summary: 'Peer-run home',
    address: { city: 'Holt', region: 'MI', postal_code: '48842' },
    geo: { lat: 42.64, lng: -84.51 },
    location_private: true,
    languages: ['en', 'es'],
    populations: ['women'],
    schedule: [{ day: 'friday', start: '19:00', end: '20:00' }],
    housing: { moud: 'welcome', gender: 'women' },
    last_verified: '2026-11-01',
  });
  const record = searchRecord('harbor-house', data, 'Residents <share> chores.');

  it('points at the listing page from the root (Pagefind adds the base path when searching)', () => {
    expect(record.url).toBe('/listings/harbor-house/');
  });
  it('has the name as its title and the words people search for', () => {
    expect(record.content).toContain('<h1>Harbor House &amp; Friends</h1>');
    for (const word of [
      'Recovery housing',
      'Holt',
      'Friday',
      'Spanish',
      'Women',
      'Medication',
      'Residents &lt;share&gt; chores',
    ])
      expect(record.content).toContain(word);
  });
  it('never holds the street of a private location, even if one slipped into the data', () => {
    const withStreet = { ...data, address: { ...data.address!, street: '12 Secret St' } };
    expect(searchRecord('harbor-house', withStreet, '').content).not.toContain('Secret');
    const open = { ...withStreet, location_private: false };
    expect(searchRecord('harbor-house', open, '').content).toContain('12 Secret St');
  });
  it('carries its terms as filters by id, the same in every language', () => {
    for (const [key, id] of [
      ['category', 'recovery-housing'],
      ['support', 'instrumental'],
      ['pathway', 'medication-assisted'],
      ['population', 'women'],
      ['attendance', 'in-person'],
    ])
      expect(record.content).toContain(`<span data-pagefind-filter="${key}">${id}</span>`);
    expect(searchRecord('harbor-house', data, '', 'es').content).toContain(
      '<span data-pagefind-filter="category">recovery-housing</span>',
    );
  });
  it('carries the everyday words of the terms the browser does not match, in English and Spanish', () => {
    for (const word of ['Suboxone', 'metadona', 'viernes', 'Fridays'])
      expect(record.content).toMatch(new RegExp(`[> ]${word}[< ]`));
    expect(record.content).toMatch(/<p data-pagefind-weight="0.5">[^<]*Suboxone/);
  });
  it('leaves out the words of the terms the browser matches (its kind, support, pathways, people, cost)', () => {
    // "sober living" and "vivienda" are the category's, "bupe" the pathway's, "ladies" the population's.
    const words = [...record.content.matchAll(/<p data-pagefind-weight="0\.5">([^<]*)<\/p>/g)].map((m) => m[1]!);
    expect(words).toHaveLength(1);
    for (const word of ['sober', 'living', 'vivienda', 'Sublocade', 'ladies', 'bupe'])
      expect(words[0]!.split(' ')).not.toContain(word);
    expect(record.content).not.toContain('data-pagefind-weight="0.8"');
  });
  it('gives Pagefind each everyday word once', () => {
    expect(indexedWords(['women only', 'Women’s house', 'women', 'coed'])).toEqual([
      'women',
      'only',
      'Women’s',
      'house',
      'coed',
    ]);
    const paragraph = /<p data-pagefind-weight="0\.5">([^<]*)<\/p>/.exec(record.content)![1]!;
    const indexed = paragraph.toLowerCase().split(' ');
    expect(new Set(indexed).size).toBe(indexed.length);
    // Every word of every phrase is still there.
    for (const word of listingWords(data).flatMap((phrase) => phrase.toLowerCase().split(/\s+/)))
      expect(indexed).toContain(escapeHtml(word));
  });
  it('gives houses without medication no medication words', () => {
    const without = listingSchema.parse({ ...data, pathways: ['twelve-step'], housing: { moud: 'not-accepted' } });
    expect(listingWords(without).join(' ')).not.toMatch(/Suboxone|methadone|MAT/);
    expect(new Set(listingWords(data)).size).toBe(listingWords(data).length);
  });
});

describe('the word-search records of a listing in another language', () => {
  const translated = listingSchema.parse({
    name: 'Tuesday Support Circle',
    category: 'food',
    support: ['instrumental'],
    summary: 'A weekly pantry',
    attendance: 'online',
    languages: ['en'],
    last_verified: '2026-11-01',
    translations: {
      es: { name: 'Círculo de los Martes', description: 'Regalamos semillas de girasoles.' },
    },
  });
  const es = searchRecord('tuesday', translated, 'We share <seeds>.', 'es', 'en');

  it('goes in the Spanish index and points at the Spanish page', () => {
    expect(es.language).toBe('es');
    expect(es.content).toMatch(/^<!doctype html><html lang="es">/);
    expect(es.url).toBe('/es/listings/tuesday/');
  });
  it('holds the translated name and description, and the original where there is none', () => {
    expect(es.content).toContain('<h1>Círculo de los Martes</h1>');
    expect(es.content).toContain('girasoles');
    expect(es.content).not.toContain('We share');
    // No Spanish summary: the English one is still searchable.
    expect(es.content).toContain('A weekly pantry');
  });
  it('says which shown text is untranslated, for the results to mark its language', () => {
    expect(es.content).not.toContain('data-pagefind-meta="titlelang"');
    expect(es.content).not.toContain('data-pagefind-meta="excerptlang"');
    const untranslated = searchRecord('plain', { ...translated, translations: undefined }, 'Plain words.', 'es', 'en');
    expect(untranslated.content).toContain('<span data-pagefind-meta="titlelang">en</span>');
    expect(untranslated.content).toContain('<span data-pagefind-meta="excerptlang">en</span>');
    expect(searchRecord('plain', translated, '', 'en', 'en').content).not.toContain('data-pagefind-meta');
  });
  it('labels the vocabulary in Spanish, and keeps the filters as ids', () => {
    const food = dictionary('es').vocabulary.categories.food.label;
    expect(es.content).toContain(`<p>${escapeHtml(food)}`);
    expect(es.content).toContain('data-pagefind-filter="category">food<');
    expect(es.content).toContain('Inglés');
  });
  it('leaves the English record as it was', () => {
    const en = searchRecord('tuesday', translated, 'We share <seeds>.', 'en', 'en');
    expect(en.url).toBe('/listings/tuesday/');
    expect(en.content).toContain('<h1>Tuesday Support Circle</h1>');
    expect(en.content).toContain('We share &lt;seeds&gt;');
    expect(en.content).not.toContain('girasoles');
  });
});
