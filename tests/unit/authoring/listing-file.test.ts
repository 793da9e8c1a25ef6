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
