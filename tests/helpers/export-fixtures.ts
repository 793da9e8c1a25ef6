/** Fixture listings for the export tests: each case the exports handle differently. */
import type { OpenDataListing, OpenDataSite } from '#lib/open-data/exports.ts';
import type { ListingData } from '#schemas/listing.ts';

export const SITE: OpenDataSite = {
  url: 'https://example.org/map/',
  name: 'Test Map',
  timezone: 'America/Detroit',
  country: 'US',
};

export const PRIVATE_STREET = '99 Secret Lane';
export const PRIVATE_POINT = { lat: 42.7411, lng: -84.5522 };

function listing(slug: string, over: Partial<ListingData> = {}, body = ''): OpenDataListing {
  const data = {
    name: `Listing ${slug}`,
    category: 'food',
    support: ['instrumental'],
    attendance: 'in-person',
    location_private: false,
    languages: ['en'],
    status: 'active',
    last_verified: '2026-10-01',
    address: { street: '1 Main St', city: 'Lansing', region: 'MI', postal_code: '48912' },
    geo: { lat: 42.73, lng: -84.55 },
    ...over,
  } as ListingData;
  return { slug, data, body };
}

/** A set covering the cases: public place, private place, online, hybrid, closed, tricky text. */
export function fixtureListings(): OpenDataListing[] {
  return [
    listing(
      'pantry',
      {
        summary: 'Food, "fresh", daily',
        hours: [{ days: ['monday', 'friday'], opens: '09:00', closes: '17:00' }],
        cost: 'free',
        pathways: ['all-pathways'],
      },
      'Line one,\nline "two".',
    ),
    listing('safe-house', {
      category: 'recovery-housing',
      support: ['instrumental', 'emotional'],
      location_private: true,
      address: { city: 'Lansing', region: 'MI', postal_code: '48906' },
      geo: PRIVATE_POINT,
      housing: { moud: 'welcome' },
      email: 'house@example.org',
      last_verified: '2026-11-02',
    }),
    listing('online-group', {
      category: 'mutual-aid-meeting',
      support: ['emotional'],
      pathways: ['secular', 'spiritual'],
      attendance: 'online',
      address: undefined,
      geo: undefined,
      conference_url: 'https://meet.example.org/abc',
      schedule: [
        { day: 'tuesday', start: '19:00', end: '20:00' },
        { day: 'sunday', start: '23:30', end: '00:30', note: 'Late, night' },
      ],
      languages: ['en', 'es', 'ase'],
    }),
    listing(
      'hybrid-club',
      {
        category: 'sober-social',
        support: ['affiliational'],
        attendance: 'hybrid',
        conference_phone: '+15175550100',
        status: 'temporarily-closed',
        status_note: 'Reopens in spring',
        phone: '+15175550101',
        sms: '+15175550102',
      },
      '## Welcome\n\nA **club** with [a link](https://example.org).',
    ),
    listing('gone', { status: 'closed' }),
  ];
}
