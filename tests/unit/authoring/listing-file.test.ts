/**
 * Writing a listing file (src/lib/authoring/listing-file.ts), as `npm run new` and the importers
 * do: a listing with translations is written so the validator reads back exactly the same data.
 */
import { describe, expect, it } from 'vitest';
import { listingFileText } from '#lib/authoring/listing-file.ts';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';

describe('a listing file with translations', () => {
  const site = { ...fixtureSite, languages: ['en', 'es'] as ('en' | 'es')[] };
  const fields = {
    name: 'Tenant Rights Help Desk',
    category: 'legal-reentry',
    support: ['informational'],
    attendance: 'online',
    conference_url: 'https://example.org/join',
    last_verified: '2026-11-01',
    translations: {
      es: {
        name: 'Mesa de Ayuda: Inquilinos',
        summary: '#1 en asesoría gratis, "sin cita"',
        description: 'Asesoría gratis para inquilinos.\n\nLlame al [517-555-0174](tel:+15175550174).',
      },
    },
  };

  it('reads back as written, colons, quotes, "#" and line breaks included', () => {
    const text = listingFileText(fields, 'Free advice for renters.', 'data/listings/legal-reentry/x.md');
    const checked = checkListing('data/listings/legal-reentry/x.md', text, { site, today: '2026-11-24' });
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.data?.translations).toEqual(fields.translations);
  });
});

describe('the house style', () => {
  const site = { ...fixtureSite, languages: ['en', 'es'] as ('en' | 'es')[] };
  const fields = {
    name: 'Northside Pantry',
    category: 'food',
    support: ['instrumental'],
    address: { city: 'Lansing', postal_code: '08540' },
    geo: { lat: 42.7601, lng: -84.5547 },
    phone: '5175550123',
    hours: [{ days: ['tuesday'], opens: '10:00', closes: '14:00' }],
    last_verified: '2026-11-02',
  };

  it('quotes postal codes, phone numbers and times, and writes the map point as the samples do', () => {
    const text = listingFileText(fields, 'Fresh produce.', 'data/listings/food/northside-pantry.md');
    expect(text).toContain('  postal_code: "08540"\n');
    expect(text).toContain('phone: "5175550123"\n');
    expect(text).toContain('    opens: "10:00"\n');
    expect(text).toContain('geo: { lat: 42.7601, lng: -84.5547 }\n');
    expect(text).toContain('support: [instrumental]\n');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '---',
      '# yaml-language-server: $schema=../../../public/schema/listing.json',
      'name: "Northside Pantry"',
    ]);
  });

  it('writes a .yaml listing as fields alone, the description among them', () => {
    const file = 'data/listings/food/northside-pantry.yaml';
    const text = listingFileText(fields, 'Fresh produce.\n\nNo ID needed.\n', file);
    expect(text.startsWith('# yaml-language-server: $schema=../../../public/schema/listing.json\nname: ')).toBe(true);
    expect(text).not.toMatch(/^---$/m);
    const checked = checkListing(file, text, { site, today: '2026-11-24' });
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.data?.description).toBe('Fresh produce.\n\nNo ID needed.\n');
    expect(checked.data?.phone).toBe('5175550123');
  });
});
