import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { readAsTsmlUi, type ClientRecord } from '../helpers/meeting-guide-client.ts';
import { published } from './data.ts';
import { expect, test } from './fixtures.ts';

/**
 * The open-data exports of the built site against the listing files: every published listing is
 * in each export, and private locations never give a street.
 */
const slugs = published()
  .map((l) => l.slug)
  .sort();
const privateSlugs = new Set(
  published()
    .filter((l) => l.data.location_private === true)
    .map((l) => l.slug),
);

test('listings.json has every published listing, private ones approximate and without a street', async ({
  request,
}) => {
  const response = await request.get('/exports/listings.json');
  expect(response.ok()).toBe(true);
  const records = (await response.json()) as {
    slug: string;
    location_private: boolean;
    location_approximate?: boolean;
    address?: { street?: string };
  }[];
  expect(records.map((r) => r.slug)).toEqual(slugs);
  for (const record of records.filter((r) => privateSlugs.has(r.slug))) {
    expect(record.address?.street).toBeUndefined();
    expect(record.location_approximate).toBe(true);
  }
});

test('listings.geojson has a point for each public place and none for private ones', async ({ request }) => {
  const geo = (await (await request.get('/exports/listings.geojson')).json()) as {
    features: { properties: { slug: string } }[];
  };
  const expected = published()
    .filter((l) => l.data.attendance !== 'online' && l.data.attendance !== 'phone')
    .filter((l) => l.data.geo !== undefined && l.data.location_private !== true)
    .map((l) => l.slug)
    .sort();
  expect(geo.features.map((f) => f.properties.slug)).toEqual(expected);
});

test('listings.csv has a header and one row per published listing', async ({ request }) => {
  const text = await (await request.get('/exports/listings.csv')).text();
  // Fields with line breaks are quoted; count the rows that start with a slug instead of lines.
  const rows = text.split('\r\n').filter((line) => line !== '');
  expect(rows[0]).toMatch(/^slug,name,category,/);
  const rowSlugs = rows.slice(1).map((row) => row.split(',')[0]);
  expect(rowSlugs.filter((s) => slugs.includes(s!))).toEqual(slugs);
});

test('listings.csv is safe to open: no text cell starts like a spreadsheet formula', async ({ request }) => {
  const text = await (await request.get('/exports/listings.csv')).text();
  // Read as a spreadsheet does: a line break of any kind outside quotes ends a row.
  const [header, ...rows] = parseCsv(text, { record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  expect(rows).toHaveLength(slugs.length);
  for (const row of rows) {
    expect(row).toHaveLength(header!.length);
    row.forEach((cell, i) => {
      if (header![i] === 'lat' || header![i] === 'lng') expect(cell === '' || Number.isFinite(Number(cell))).toBe(true);
      else expect(cell, `${row[0]} ${header![i]}`).not.toMatch(/^[=+\-@\t\r]/);
    });
  }
});

test('feed.xml is well-formed XML', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(feed).close();
  expect(errors).toEqual([]);
});

test('hsds/services.json has one service per published listing; feed.xml is Atom', async ({ request }) => {
  const services = (await (await request.get('/exports/hsds/services.json')).json()) as { id: string }[];
  expect(services).toHaveLength(slugs.length);
  expect(new Set(services.map((s) => s.id)).size).toBe(slugs.length);
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(feed.match(/<entry>/g)).toHaveLength(Math.min(50, slugs.length));
});

test('meetings.json, read as TSML UI reads it, shows every meeting with a join link or an address', async ({
  request,
}) => {
  const feed = (await (await request.get('/exports/meetings.json')).json()) as (ClientRecord & {
    attendance_option: string;
  })[];
  expect(feed.filter((m) => m.attendance_option === 'online').length).toBeGreaterThan(0);
  const reading = readAsTsmlUi(feed);
  expect(reading.dropped).toEqual([]);
  expect(reading.hiddenLinks).toEqual([]);
  expect(reading.meetings).toHaveLength(feed.length);
  // Inactive: neither a join link or dial-in it shows, nor an address people can go to.
  expect(reading.meetings.filter((m) => !m.active).map((m) => m.slug)).toEqual([]);
});

test('the sitemap lists every listing page and no private list; robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const slug of slugs) expect(locs).toContain(`/listings/${slug}/`);
  expect(locs).toEqual(expect.arrayContaining(['/', '/find/', '/meetings/', '/list/']));
  expect(locs.some((path) => path.includes('?') || path.includes('404'))).toBe(false);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^ ]+\/sitemap\.xml$/m);
});
