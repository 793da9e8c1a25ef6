import { describe, expect, it } from 'vitest';
import { searchRecord } from '#lib/finder/search-record.ts';
import { listingSchema } from '#schemas/listing.ts';

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
  it('carries the category, support and pathway filters', () => {
    expect(record.content).toMatch(/data-pagefind-filter="category">Recovery housing</);
    expect(record.content).toMatch(/data-pagefind-filter="support">/);
    expect(record.content).toMatch(/data-pagefind-filter="pathway">/);
  });
});
