/**
 * The open-data exports (src/lib/open-data/exports.ts, src/lib/open-data/hsds.ts): CSV quoting, list joins, the
 * GeoJSON's points, the feed, the HSDS mapping, and that no export ever gives a private street
 * or a private location's true point.
 */
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  CSV_COLUMNS,
  csvColumns,
  listingsCsv,
  listingsGeoJson,
  listingsJson,
  scheduleText,
} from '#lib/open-data/exports.ts';
import { hsdsId, hsdsSchedules, hsdsService, hsdsServices } from '#lib/open-data/hsds.ts';
import { meetingGuideFeed } from '#lib/open-data/meeting-guide/export.ts';
import type { OpenDataListing } from '#lib/open-data/exports.ts';
import { fixtureListings, PRIVATE_POINT, PRIVATE_STREET, SITE } from '../../helpers/export-fixtures.ts';

describe('listings.json', () => {
  const records = listingsJson(fixtureListings(), SITE);
  it('has every published listing, sorted by slug, with the page URL and Markdown description', () => {
    expect(records.map((r) => r.slug)).toEqual(['hybrid-club', 'online-group', 'pantry', 'safe-house']);
    const club = records[0]!;
    expect(club.url).toBe('https://example.org/map/listings/hybrid-club/');
    expect(club.description).toContain('**club**');
    expect(club.languages).toEqual(['en']);
  });
  it('gives a private location only its area centre, marked approximate, and no street', () => {
    const house = records.find((r) => r.slug === 'safe-house')!;
    expect(house.location_approximate).toBe(true);
    expect(house.geo).not.toEqual(PRIVATE_POINT);
    expect(house.address?.street).toBeUndefined();
    expect(house.email).toBe('house@example.org');
    expect(records.find((r) => r.slug === 'pantry')!.location_approximate).toBeUndefined();
  });
});

describe('listings.geojson', () => {
  const geo = listingsGeoJson(fixtureListings(), SITE);
  it('has one point per public place: not private, not online, not closed', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties.slug)).toEqual(['hybrid-club', 'pantry']);
  });
  it('writes coordinates as [lng, lat] with the listed properties', () => {
    const pantry = geo.features[1]!;
    expect(pantry.geometry.coordinates).toEqual([-84.55, 42.73]);
    expect(pantry.properties).toMatchObject({
      category: 'food',
      support: ['instrumental'],
      pathways: ['all-pathways'],
      attendance: 'in-person',
      url: 'https://example.org/map/listings/pantry/',
      address: '1 Main St, Lansing, MI 48912',
    });
  });
});

/** A small RFC 4180 reader, to check the writer's quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('listings.csv', () => {
  const text = listingsCsv(fixtureListings(), SITE);
  const rows = parseCsv(text);
  const header = rows[0]!;
  const byslug = (slug: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === slug)![i]]));
  it('has a header row and one row per published listing', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(text).toContain('"Food, ""fresh"", daily"');
    expect(byslug('pantry').summary).toBe('Food, "fresh", daily');
    expect(byslug('online-group').schedule).toBe('Tue 19:00-20:00 | Sun 23:30-00:30 (Late, night)');
  });
  it('joins lists with ";"', () => {
    expect(byslug('online-group').pathways).toBe('secular;spiritual');
    expect(byslug('online-group').languages).toBe('en;es;ase');
    expect(byslug('safe-house').support).toBe('instrumental;emotional');
    expect(byslug('pantry').hours).toBe('Mon Fri 09:00-17:00');
  });
  it('gives a private location no street and its area centre; online no point', () => {
    const house = byslug('safe-house');
    expect(house.street).toBe('');
    expect(house.location_private).toBe('true');
    expect(Number(house.lat)).not.toBe(PRIVATE_POINT.lat);
    expect(house.lat).not.toBe('');
    expect(byslug('online-group').lat).toBe('');
    expect(byslug('pantry').street).toBe('1 Main St');
  });
});

describe('no export gives a private street or point', () => {
  const withStreet = fixtureListings().map((l) =>
    // A private listing that (wrongly) kept its street: the exports drop it anyway.
    l.slug === 'safe-house'
      ? { ...l, data: { ...l.data, address: { ...l.data.address!, street: PRIVATE_STREET } } }
      : l,
  );
  const texts = {
    json: JSON.stringify(listingsJson(withStreet, SITE)),
    geojson: JSON.stringify(listingsGeoJson(withStreet, SITE)),
    csv: listingsCsv(withStreet, SITE),
    hsds: JSON.stringify(hsdsServices(withStreet, SITE)),
    feed: atomFeed(withStreet, SITE),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(name, () => {
      expect(text).not.toContain(PRIVATE_STREET);
      expect(text).not.toContain(String(PRIVATE_POINT.lat));
      expect(text).not.toContain(String(PRIVATE_POINT.lng));
    });
  }
});

describe('feed.xml', () => {
  const feed = atomFeed(fixtureListings(), SITE);
  it('is an Atom feed of the published listings, newest first, dated by the newest listing', () => {
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('<updated>2026-11-02T00:00:00Z</updated>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/map/feed.xml"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(4);
    expect(feed.indexOf('safe-house')).toBeLessThan(feed.indexOf('pantry'));
    expect(feed).not.toContain('listings/gone/');
    expect(feed).toContain('Food, &quot;fresh&quot;, daily');
    expect(atomFeed(fixtureListings(), SITE)).toBe(feed);
  });
});

describe('HSDS mapping', () => {
  const services = hsdsServices(fixtureListings(), SITE);
  const bySlug = (slug: string) => services[['hybrid-club', 'online-group', 'pantry', 'safe-house'].indexOf(slug)]!;
  it('derives stable UUIDv5 ids from slugs', () => {
    expect(services).toHaveLength(4);
    expect(bySlug('pantry').id).toBe(hsdsId('pantry'));
    expect(hsdsService(fixtureListings()[0]!, SITE)).toEqual(bySlug('pantry'));
    expect(hsdsId('pantry')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Pinned (worked out with uuid's string API): partners key on these ids, so a change to how
    // they are computed must not change them, non-ASCII names included.
    expect(hsdsId('pantry')).toBe('ca41b8a5-2839-5850-b66e-3bfb00894764');
    expect(hsdsId('café-ñ/phone/1')).toBe('78c30372-9ec2-5c7a-ab26-545aeeb47ffa');
    const ids = JSON.stringify(services).match(/"id":"[^"]+"/g)!;
    expect(ids.length).toBeGreaterThan(20);
  });
  it('gives a private location no street and no exact point', () => {
    const [sal] = bySlug('safe-house').service_at_locations;
    expect(sal!.location.location_type).toBe('physical');
    expect(sal!.location.addresses![0]!.address_1).toBe('');
    expect(sal!.location.addresses![0]!.city).toBe('Lansing');
    expect(sal!.location.latitude).not.toBe(PRIVATE_POINT.lat);
  });
  it('makes online listings virtual and hybrid ones both', () => {
    const online = bySlug('online-group').service_at_locations;
    expect(online.map((s) => s.location.location_type)).toEqual(['virtual']);
    expect(online[0]!.location.url).toBe('https://meet.example.org/abc');
    expect(bySlug('hybrid-club').service_at_locations.map((s) => s.location.location_type)).toEqual([
      'physical',
      'virtual',
    ]);
  });
  it('maps schedules to weekly byday rules', () => {
    expect(bySlug('online-group').schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual([
      ['WEEKLY', 'TU', '19:00', '20:00'],
      ['WEEKLY', 'SU', '23:30', '00:30'],
    ]);
    expect(bySlug('pantry').schedules[0]!.byday).toBe('MO,FR');
  });
  it('maps monthly sessions to MONTHLY with ordinals and every other week to INTERVAL=2 from a dtstart', () => {
    const data = fixtureListings()[0]!.data;
    const monthly = {
      ...data,
      schedule: [
        { day: 'saturday', start: '08:00', end: '13:00', weeks: [2] },
        { day: 'thursday', start: '15:00', weeks: [1, 3] },
        { day: 'friday', start: '19:00', weeks: ['last'] },
        { day: 'friday', start: '17:30', every_other_week_from: '2026-01-09', note: 'Payday' },
      ],
      hours: undefined,
    } satisfies typeof data;
    expect(
      hsdsSchedules('x', monthly, 'America/Detroit').map((s) => [
        s.freq,
        s.interval,
        s.byday,
        s.dtstart,
        s.description,
      ]),
    ).toEqual([
      ['MONTHLY', 1, '2SA', undefined, '2nd Saturday of the month'],
      ['MONTHLY', 1, '1TH,3TH', undefined, '1st and 3rd Thursday of the month'],
      ['MONTHLY', 1, '-1FR', undefined, 'Last Friday of the month'],
      ['WEEKLY', 2, 'FR', '2026-01-09', 'Every other Friday; Payday'],
    ]);
  });
  it('writes how a session that skips weeks repeats in the CSV schedule column', () => {
    expect(
      scheduleText([
        { day: 'saturday', start: '08:00', end: '13:00', weeks: [2] },
        { day: 'friday', start: '17:30', every_other_week_from: '2026-01-09', note: 'Payday' },
        { day: 'monday', start: '19:00', note: 'Speaker' },
      ]),
    ).toBe(
      'Sat 08:00-13:00 (2nd Saturday of the month) | Fri 17:30 (Every other Friday, counting from January 9, 2026; Payday) | Mon 19:00 (Speaker)',
    );
  });
  it('marks temporarily closed listings and keeps the rest active', () => {
    expect(bySlug('hybrid-club').status).toBe('temporarily closed');
    expect(bySlug('hybrid-club').alert).toBe('Reopens in spring');
    expect(bySlug('pantry').status).toBe('active');
  });
  it('links category, support and pathways to taxonomy terms, with plain-text descriptions', () => {
    const codes = bySlug('online-group').attributes.map((a) => a.taxonomy_term.code);
    expect(codes).toEqual(['category:mutual-aid-meeting', 'support:emotional', 'pathway:secular', 'pathway:spiritual']);
    expect(bySlug('online-group').attributes[1]!.taxonomy_term.id).toBe(
      bySlug('safe-house').attributes[2]!.taxonomy_term.id,
    );
    expect(bySlug('hybrid-club').description).not.toContain('**');
    expect(bySlug('pantry').fees_description).toMatch(/^Free/);
    expect(bySlug('hybrid-club').phones.map((p) => p.number)).toEqual(['+15175550101', '+15175550102', '+15175550100']);
  });
});

describe('translations in the exports', () => {
  const BILINGUAL = { ...SITE, languages: ['en', 'es'] };
  /** The fixtures, two of them translated into Spanish (one summary starts like a formula). */
  function translated(): OpenDataListing[] {
    return fixtureListings().map((listing) => {
      if (listing.slug === 'pantry') {
        const es = { name: 'Despensa', summary: 'Comida gratis, "fresca"', description: 'Línea **uno**.' };
        return { ...listing, data: { ...listing.data, translations: { es } } };
      }
      if (listing.slug === 'hybrid-club') {
        const es = { summary: '=HYPERLINK("https://evil.example")' };
        return { ...listing, data: { ...listing.data, translations: { es } } };
      }
      return listing;
    });
  }

  it('listings.json carries each listing’s translations as written, and none where there are none', () => {
    const records = listingsJson(translated(), BILINGUAL);
    expect(records.find((r) => r.slug === 'pantry')!.translations).toEqual({
      es: { name: 'Despensa', summary: 'Comida gratis, "fresca"', description: 'Línea **uno**.' },
    });
    expect(records.find((r) => r.slug === 'online-group')!.translations).toBeUndefined();
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });

  it('listings.geojson gives a translated name as name_es, and nothing for an untranslated one', () => {
    const features = listingsGeoJson(translated(), BILINGUAL).features;
    expect(features.find((f) => f.id === 'pantry')!.properties).toMatchObject({
      name: 'Listing pantry',
      name_es: 'Despensa',
    });
    expect(Object.keys(features.find((f) => f.id === 'hybrid-club')!.properties)).not.toContain('name_es');
    // A site built in English alone has no translated names, even if a listing carried one.
    expect(Object.keys(listingsGeoJson(translated(), SITE).features[0]!.properties)).not.toContain('name_es');
  });

  it('listings.csv appends name_es and summary_es after the columns it always had, formula-safe', () => {
    expect(csvColumns(BILINGUAL)).toEqual([...CSV_COLUMNS, 'name_es', 'summary_es']);
    expect(csvColumns(SITE)).toEqual([...CSV_COLUMNS]);
    const [header, ...rows] = parseCsv(listingsCsv(translated(), BILINGUAL));
    expect(header).toEqual(csvColumns(BILINGUAL));
    const cell = (slug: string, column: string) => rows.find((r) => r[0] === slug)![header!.indexOf(column)];
    expect(cell('pantry', 'name_es')).toBe('Despensa');
    expect(cell('pantry', 'summary_es')).toBe('Comida gratis, "fresca"');
    expect(cell('hybrid-club', 'name_es')).toBe('');
    expect(cell('hybrid-club', 'summary_es')).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(cell('online-group', 'summary_es')).toBe('');
    // The English-only site's CSV is unchanged by translations.
    expect(listingsCsv(translated(), SITE)).toBe(listingsCsv(fixtureListings(), SITE));
  });

  it('HSDS and the Meeting Guide feed leave translations out: the same bytes with or without them', () => {
    expect(JSON.stringify(hsdsServices(translated(), BILINGUAL))).toBe(
      JSON.stringify(hsdsServices(fixtureListings(), BILINGUAL)),
    );
    const site = { timezone: SITE.timezone, country: SITE.country, url: SITE.url, area: 'Greater Lansing' };
    expect(JSON.stringify(meetingGuideFeed(translated(), site))).toBe(
      JSON.stringify(meetingGuideFeed(fixtureListings(), site)),
    );
    expect(JSON.stringify(hsdsServices(translated(), BILINGUAL))).not.toContain('Despensa');
  });
});
