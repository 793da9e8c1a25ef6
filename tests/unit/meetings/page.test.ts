/** What /meetings/ shows (src/lib/meetings/page.ts): rows by day, and filters that agree with the rows. */
import { describe, expect, it } from 'vitest';
import { meetingsPage } from '#lib/meetings/page.ts';
import { listingSchema, type ListingInput } from '#schemas/listing.ts';

const SITE_ZONE = 'America/Detroit';

function listing(slug: string, over: Partial<ListingInput> = {}) {
  return {
    slug,
    data: listingSchema.parse({
      name: slug,
      category: 'mutual-aid-meeting',
      support: ['emotional'],
      address: { street: '1 Main St', city: 'Lansing', region: 'MI', postal_code: '48912' },
      geo: { lat: 42.73, lng: -84.55 },
      schedule: [{ day: 'friday', start: '18:00', end: '20:30' }],
      last_verified: '2026-11-01',
      ...over,
    }),
  };
}

const typeOptions = (page: ReturnType<typeof meetingsPage>) =>
  page.filterGroups.find((g) => g.key === 'type')?.options.map((o) => o.value) ?? [];

describe('the meetings page', () => {
  it('gives a listing that says "Kids welcome" the type Child-Friendly, so the filter finds it', () => {
    const page = meetingsPage(
      [
        listing('family-fun-night', { category: 'sober-social', features: ['kid-friendly'] }),
        listing('open-group', { fellowship: 'aa', meeting_types: ['O', 'CF'] }),
      ],
      SITE_ZONE,
    );
    const friday = page.byDay[4]!.rows;
    expect(friday.map((r) => [r.slug, r.types])).toEqual([
      ['family-fun-night', ['CF']],
      ['open-group', ['O', 'CF']],
    ]);
    expect(typeOptions(page)).toEqual(['CF', 'O']);
  });

  it('leaves "Location temporarily closed" out of the types and marks the row instead', () => {
    const page = meetingsPage([listing('moved-online', { meeting_types: ['O', 'TC'] }), listing('open')], SITE_ZONE);
    const rows = page.byDay[4]!.rows;
    expect(rows.find((r) => r.slug === 'moved-online')).toMatchObject({ types: ['O'], locationClosed: true });
    expect(rows.find((r) => r.slug === 'open')).toMatchObject({ locationClosed: false });
    expect(typeOptions(page)).not.toContain('TC');
  });

  it('counts meetings, not sessions, and keeps the build order for the page script', () => {
    const page = meetingsPage(
      [
        listing('twice', {
          schedule: [
            { day: 'monday', start: '19:00' },
            { day: 'friday', start: '07:00' },
          ],
        }),
        listing('once'),
      ],
      SITE_ZONE,
    );
    expect(page.meetingCount).toBe(2);
    const orders = page.byDay.flatMap((d) => d.rows.map((r) => `${r.slug}:${r.order}`));
    expect(orders).toEqual(['twice:0', 'twice:1', 'once:2']);
  });

  it('offers only filter groups some row has a value for', () => {
    const page = meetingsPage([listing('plain', { pathways: ['twelve-step'] })], SITE_ZONE);
    expect(page.filterGroups.map((g) => g.key)).toEqual(['attendance', 'time', 'support', 'pathway']);
  });
});
