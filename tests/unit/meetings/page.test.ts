/** What /meetings/ shows (src/lib/meetings/page.ts): rows by day, and filters that agree with the rows. */
import { describe, expect, it } from 'vitest';
import { ENGLISH_TERMS, meetingsPage, type MeetingsPageLanguage } from '#lib/meetings/page.ts';
import { meetingsPageLanguage } from '#i18n/meetings.ts';
import { listingSchema, type ListingInput } from '#schemas/listing.ts';
import type { Lang } from '#i18n/index.ts';
import { termsIn } from '#i18n/terms.ts';

const SITE_ZONE = 'America/Detroit';

/** A page language as the pages build it. */
const language = (lang: Lang) => meetingsPageLanguage(lang, 'en');
const EN = language('en');
const ES = language('es');

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

const typeGroup = (page: ReturnType<typeof meetingsPage>) => page.filterGroups.find((g) => g.key === 'type');
const typeOptions = (page: ReturnType<typeof meetingsPage>) => typeGroup(page)?.options.map((o) => o.value) ?? [];
const friday = (page: ReturnType<typeof meetingsPage>) => page.byDay.find((d) => d.day === 4)!.rows;

describe('the meetings page', () => {
  it('gives a listing that says "Kids welcome" the type Child-Friendly, so the filter finds it', () => {
    const page = meetingsPage(
      [
        listing('family-fun-night', { category: 'sober-social', features: ['kid-friendly'] }),
        listing('open-group', { fellowship: 'aa', meeting_types: ['O', 'CF'] }),
      ],
      SITE_ZONE,
      EN,
    );
    expect(friday(page).map((r) => [r.slug, r.types])).toEqual([
      ['family-fun-night', ['CF']],
      ['open-group', ['O', 'CF']],
    ]);
    expect(typeOptions(page)).toEqual(['CF', 'O']);
  });

  it('leaves "Location temporarily closed" out of the types and marks the row instead', () => {
    const page = meetingsPage(
      [listing('moved-online', { meeting_types: ['O', 'TC'] }), listing('open')],
      SITE_ZONE,
      EN,
    );
    const rows = friday(page);
    expect(rows.find((r) => r.slug === 'moved-online')).toMatchObject({ types: ['O'], locationClosed: true });
    expect(rows.find((r) => r.slug === 'open')).toMatchObject({ locationClosed: false });
    expect(typeOptions(page)).not.toContain('TC');
  });

  it('lists meetings by appointment after the week, by name, with no row and the name translated', () => {
    const byAppointment = (slug: string, over: Partial<ListingInput> = {}) =>
      listing(slug, { schedule: undefined, by_appointment: true, fellowship: 'aa', ...over });
    const listings = [
      byAppointment('zeta-group', {
        attendance: 'online',
        address: undefined,
        geo: undefined,
        conference_url: 'https://meet.google.com/abc-defg-hij',
      }),
      byAppointment('alpha-group', { translations: { es: { name: 'Grupo Alfa' } } }),
      byAppointment('gone-group', { status: 'closed' }),
      listing('weekly'),
    ];
    const page = meetingsPage(listings, SITE_ZONE, EN);
    expect(page.byAppointment).toEqual([
      { slug: 'alpha-group', name: 'alpha-group', fellowship: 'aa', attendance: 'in-person' },
      { slug: 'zeta-group', name: 'zeta-group', fellowship: 'aa', attendance: 'online' },
    ]);
    expect(page.byDay.flatMap((d) => d.rows.map((r) => r.slug))).toEqual(['weekly']);
    expect(page.meetingCount).toBe(1);
    const spanish = meetingsPage(listings, SITE_ZONE, ES).byAppointment;
    expect(spanish.map((m) => [m.name, m.nameLang])).toEqual([
      ['Grupo Alfa', undefined],
      ['zeta-group', 'en'],
    ]);
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
      EN,
    );
    expect(page.meetingCount).toBe(2);
    const orders = page.byDay.flatMap((d) => d.rows.map((r) => `${r.slug}:${r.order}`));
    expect(orders).toEqual(['twice:0', 'twice:1', 'once:2']);
  });

  it('offers only filter groups some row has a value for', () => {
    const page = meetingsPage([listing('plain', { pathways: ['twelve-step'] })], SITE_ZONE, EN);
    expect(page.filterGroups.map((g) => g.key)).toEqual(['attendance', 'time', 'support', 'pathway']);
  });
});

describe('the meetings page in each language', () => {
  const listings = [
    listing('group', { fellowship: 'aa', pathways: ['twelve-step'], meeting_types: ['O', 'W', 'S', 'BE', 'CF'] }),
    listing('sunday', { schedule: [{ day: 'sunday', start: '10:00' }] }),
  ];

  it('lists the week from Sunday in English and from Monday in Spanish', () => {
    expect(meetingsPage(listings, SITE_ZONE, EN).byDay.map((d) => d.day)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(meetingsPage(listings, SITE_ZONE, ES).byDay.map((d) => d.day)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('names meeting types in the page’s language, in its alphabetical order', () => {
    const english = typeGroup(meetingsPage(listings, SITE_ZONE, EN))!.options.map((o) => o.label);
    const spanish = typeGroup(meetingsPage(listings, SITE_ZONE, ES))!.options.map((o) => o.label);
    expect(english).toEqual(['Child-Friendly', 'Newcomer', 'Open', 'Spanish', 'Women']);
    expect(spanish).toEqual(['Abierta', 'Español', 'Mujeres', 'Niño amigable', 'Principiantes']);
    // The values, the URL's words, stay the codes.
    expect(typeOptions(meetingsPage(listings, SITE_ZONE, ES))).toEqual(['O', 'S', 'W', 'CF', 'BE']);
  });

  it('gives the filter legends and the ways to take part in Spanish', () => {
    const groups = meetingsPage(listings, SITE_ZONE, ES).filterGroups;
    expect(groups.map((g) => g.legend)).toEqual([
      'Grupo de ayuda mutua',
      'Cómo participar',
      'Hora del día',
      'Tipo de reunión',
      'Tipo de apoyo',
      'Camino de recuperación',
    ]);
    expect(groups.find((g) => g.key === 'attendance')!.options.map((o) => o.label)).toEqual([
      'Puede ir en persona',
      'Puede conectarse en línea',
      'Ambas (híbrida)',
    ]);
    expect(groups.find((g) => g.key === 'attendance')!.options.map((o) => o.value)).toEqual([
      'in-person',
      'online',
      'hybrid',
    ]);
  });

  it('shows each time of day with its hours, from the vocabulary in the page’s language', () => {
    const times = (lang: MeetingsPageLanguage) =>
      meetingsPage(listings, SITE_ZONE, lang).filterGroups.find((g) => g.key === 'time')!.options;
    expect(times(EN)[0]).toEqual({ value: 'morning', label: 'Morning (5 AM to noon)' });
    const morning = termsIn(ENGLISH_TERMS.timesOfDay, 'es')[0]!;
    expect(times(ES)[0]).toEqual({ value: 'morning', label: `${morning.label} (${morning.description})` });
  });
});
