/**
 * Meeting Guide feeds in and out: the shared type-code table, the import (a valid feed, a
 * malformed one) and the export (/exports/meetings.json), and a round trip through a real
 * temporary project checked by the project's own validator. Fixtures are small feeds in
 * tests/fixtures/meeting-guide/; nothing here reads the real feeds kept outside the project. The
 * command line is in tests/integration/import-meeting-guide.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '#lib/html/links.ts';
import { codesFromListing, fieldsFromCodes } from '#lib/open-data/meeting-guide/codes.ts';
import {
  formatAddress,
  meetingGuideFeed,
  type ExportListing,
  type ExportSite,
  type MeetingGuideMeeting,
} from '#lib/open-data/meeting-guide/export.ts';
import { listingFileText, slugify } from '#lib/authoring/listing-file.ts';
import {
  decodeEntities,
  importFeed,
  parseAddress,
  readDay,
  readTime,
  type ImportOptions,
  type RecordOutcome,
} from '#lib/open-data/meeting-guide/import.ts';
import { escapeMarkdown, markdownToPlainText, removeEmails } from '#lib/open-data/meeting-guide/text.ts';
import { approximateArea, distanceMiles, milesToMeters, PRIVATE_AREA_RADIUS_M } from '#lib/map/geo.ts';
import { listingSchema, type ListingData, type ListingInput } from '#schemas/listing.ts';
import { checkMarkdownBody } from '#lib/validate/markdown.ts';
import { formatProblem, validateProject } from '#lib/validate/index.ts';
import { fixtureSite, tempProjects } from '../../helpers/temp-project.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/meeting-guide/${name}`, import.meta.url));
const readJson = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as unknown[];

const TODAY = '2026-11-24';
const site = fixtureSite;
const OUT = 'data/listings/meetings';
const options: ImportOptions = { site, today: TODAY, fellowship: 'aa', outDir: OUT };
const exportSite: ExportSite = { timezone: site.timezone, country: 'US', url: 'https://example.org/map/' };

/** A temporary project with the fixture site.yaml and an empty data/listings. */
const tempProject = tempProjects('meeting-guide-');

/** Writes imported listings into a project and returns what the validator made of them. */
function writeAndValidate(root: string, outcomes: readonly RecordOutcome[]) {
  mkdirSync(join(root, OUT), { recursive: true });
  for (const { listing } of outcomes) if (listing) writeFileSync(join(root, listing.file), listing.text);
  return validateProject(root, { today: TODAY });
}

const byLabel = (outcomes: readonly RecordOutcome[], label: string) => {
  const found = outcomes.find((outcome) => outcome.label === label);
  if (!found) throw new Error(`no record ${label}`);
  return found;
};
const changesOf = (outcome: RecordOutcome) => outcome.changes.map((change) => change.message).join('\n');

/** A listing's front matter, parsed the way the build reads it. */
function fieldsOf(outcome: RecordOutcome): ListingData {
  const text = outcome.listing!.text;
  const root = tempProject();
  writeAndValidate(root, [outcome]);
  const checked = validateProject(root, { today: TODAY }).listings[0]!;
  expect(checked.problems.filter((p) => p.severity === 'error').map(formatProblem), text).toEqual([]);
  return checked.data!;
}

/** A valid listing for the export tests. */
function listing(slug: string, over: Partial<ListingInput> = {}, body?: string): ExportListing {
  const data = listingSchema.parse({
    name: `Meeting ${slug}`,
    category: 'mutual-aid-meeting',
    support: ['emotional'],
    address: { street: '1021 E Kalamazoo St', city: 'Lansing', region: 'MI', postal_code: '48912' },
    geo: { lat: 42.7309, lng: -84.5369 },
    schedule: [{ day: 'tuesday', start: '19:00', end: '20:00' }],
    last_verified: '2026-11-01',
    ...over,
  });
  return { slug, data, body };
}

describe('type codes: one table both ways', () => {
  it('reads codes into fields and keeps every valid code, without ONL and TC', () => {
    const fields = fieldsFromCodes(['O', 'W', 'X', 'S', 'ONL', 'TC', 'ASL', 'BA', 'NOPE']);
    expect(fields.meeting_types).toEqual(['O', 'W', 'X', 'S', 'ASL', 'BA']);
    expect(fields.populations).toEqual(['women']);
    expect(fields.accessibility).toEqual(['wheelchair', 'asl']);
    expect(fields.languages).toEqual(['es', 'ase']);
    expect(fields.features).toEqual(['childcare']);
    expect(fields).toMatchObject({ online: true, temporarilyClosed: true, unknown: ['NOPE'] });
  });

  it('reads a code written in the wrong case as the spec spells it', () => {
    expect(fieldsFromCodes(['w', '12X12', 'onl'])).toMatchObject({ meeting_types: ['W', '12x12'], online: true });
  });

  it('derives codes from fields written by hand, and ONL for meetings joined from home', () => {
    const codes = codesFromListing({
      attendance: 'hybrid',
      meeting_types: ['O'],
      populations: ['women', 'young-adults'],
      accessibility: ['wheelchair'],
      languages: ['en', 'es'],
    });
    expect(codes).toEqual(['EN', 'O', 'ONL', 'S', 'W', 'X', 'Y']);
  });

  it('does not add EN for a listing whose only language is English (the default)', () => {
    expect(codesFromListing({ attendance: 'in-person', languages: ['en'] })).toEqual([]);
    expect(codesFromListing({ attendance: 'in-person', meeting_types: ['EN'], languages: ['en'] })).toEqual(['EN']);
  });

  it('adds no second code for a value one of the listing’s own codes already stands for', () => {
    // G (gay) counts as LGBTQ+; the export must not add LGBTQ to a feed record that said G.
    const fields = fieldsFromCodes(['G', 'NDG']);
    expect(fields.populations).toEqual(['lgbtq', 'native']);
    expect(codesFromListing({ attendance: 'in-person', ...fields })).toEqual(['G', 'NDG']);
  });

  it('gives back exactly the codes it read (import then export)', () => {
    for (const codes of [
      ['O', 'W', 'X'],
      ['C', 'S', 'EN', 'SP'],
      ['ASL', 'BE'],
      ['T', 'L', 'DD', 'SEN', 'FF', 'XB', 'CF'],
    ]) {
      const fields = fieldsFromCodes(codes);
      const languages = fields.languages.length > 0 ? fields.languages : ['en'];
      expect(codesFromListing({ attendance: 'in-person', ...fields, languages })).toEqual([...codes].sort());
    }
  });
});

describe('text: notes become safe Markdown and come back as plain text', () => {
  const nasty =
    '<b>Bold</b> [link](javascript:alert(1)) & *stars* _under_ `code`\n# heading\n- item\n1. first\n> quote\n---';

  it('escapes everything Markdown could read as HTML, a link or formatting', () => {
    const markdown = escapeMarkdown(nasty);
    expect(checkMarkdownBody('x.md', markdown, 1)).toEqual([]);
    expect(markdownToPlainText(markdown)).toBe(nasty.split('\n').join('\n'));
  });

  it('takes e-mail addresses out and counts them', () => {
    expect(removeEmails('Write jo.smith@example.com or mailto:group@example.org.')).toEqual({
      text: 'Write (e-mail address removed) or (e-mail address removed).',
      removed: 2,
    });
    expect(removeEmails('Tips to $Group @ cashapp').removed).toBe(0);
  });

  it('keeps a link’s web address in the plain text', () => {
    expect(markdownToPlainText('See [our site](https://example.org/).')).toBe('See our site (https://example.org/).');
  });
});

describe('reading feed values', () => {
  it('reads days as numbers, numeric text or names (Sunday = 0)', () => {
    expect([0, 1, 6, '3', 'Friday', 'sun', 'Tues', 'mondays'].map(readDay)).toEqual([
      'sunday',
      'monday',
      'saturday',
      'wednesday',
      'friday',
      'sunday',
      'tuesday',
      'monday',
    ]);
    expect([7, -1, 1.5, '10', 'someday', null, true].map(readDay)).toEqual(Array(7).fill(undefined));
  });

  it('reads times in the common shapes and rejects the rest', () => {
    expect(['19:00', '7:30', '19:30:00', '7:30 pm', '12:00 AM', '12:15pm'].map(readTime)).toEqual([
      '19:00',
      '07:30',
      '19:30',
      '19:30',
      '00:00',
      '12:15',
    ]);
    expect(['24:00', '13:00 pm', '1900', 1900, '', 'noon'].map(readTime)).toEqual(Array(6).fill(undefined));
  });

  it('splits one-line addresses into their parts', () => {
    expect(parseAddress('4953 W Addison St, Chicago, IL 60641, USA')).toEqual({
      street: '4953 W Addison St',
      city: 'Chicago',
      region: 'IL',
      postal_code: '60641',
      country: 'US',
    });
    expect(parseAddress('979 West County Line Road, Hatboro, PA, 19040, USA')).toMatchObject({
      street: '979 West County Line Road',
      city: 'Hatboro',
      region: 'PA',
      postal_code: '19040',
    });
    expect(parseAddress('Doheny State Beach, 25300 Dana Point Harbor Dr, Dana Point, CA 92629, USA')).toMatchObject({
      street: 'Doheny State Beach, 25300 Dana Point Harbor Dr',
      city: 'Dana Point',
    });
    expect(parseAddress('Philadelphia, PA, USA')).toEqual({ city: 'Philadelphia', region: 'PA', country: 'US' });
    expect(parseAddress('Lansing, MI 48912, US')).toEqual({
      city: 'Lansing',
      region: 'MI',
      postal_code: '48912',
      country: 'US',
    });
    expect(parseAddress('2655 Chichester Ave Upper Chichester, PA  19061 United States')).toBeUndefined();
    expect(parseAddress('somewhere')).toBeUndefined();
  });

  it('decodes the HTML entities WordPress-made feeds carry', () => {
    expect(decodeEntities('Women&#039;s &amp; Men&#8217;s &quot;Q&amp;A&quot; &bogus;')).toBe(
      'Women\'s & Men’s "Q&A" &bogus;',
    );
  });

  it('makes file-name slugs of at most 80 characters', () => {
    expect(slugify('Shoulder_Shoulder Group-Sun12am')).toBe('shoulder-shoulder-group-sun12am');
    expect(slugify('Café Ñandú')).toBe('cafe-nandu');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('importing a valid feed', () => {
  const outcomes = importFeed(readJson('valid-feed.json'), options);

  it('imports every record, unchanged, and every file passes the validator', () => {
    expect(outcomes.map((o) => o.skipped?.message ?? changesOf(o))).toEqual([
      '',
      '',
      '',
      '',
      'its address is only approximate; listed as a private location (only the area is shown)',
    ]);
    const report = writeAndValidate(tempProject(), outcomes);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.listings.map((l) => l.slug).sort()).toEqual([
      'eastside-tuesday-night',
      'grupo-esperanza',
      'noon-sign-language-online',
      'okemos-morning-reflections',
      'rainbow-hybrid',
    ]);
  });

  it('writes an in-person meeting in the house format: quoted times and postal code, fields from codes', () => {
    const text = byLabel(outcomes, 'eastside-tuesday-night').listing!.text;
    expect(text).toContain('  postal_code: "48912"');
    expect(text).toContain('    start: "19:00"\n    end: "20:00"');
    expect(text).toContain('meeting_types: [O, D, W, X, BE]');
    expect(text).toContain('last_verified: 2026-10-01\n');
    expect(text).toContain('\nEnter by the side door. Coffee at 6:30.\n\nGroup: Eastside Group\n');
    const data = fieldsOf(byLabel(outcomes, 'eastside-tuesday-night'));
    expect(data).toMatchObject({
      category: 'mutual-aid-meeting',
      support: ['emotional', 'affiliational'],
      pathways: ['twelve-step'],
      fellowship: 'aa',
      attendance: 'in-person',
      address: { street: '1021 E Kalamazoo St', city: 'Lansing', region: 'MI', postal_code: '48912' },
      geo: { lat: 42.7309, lng: -84.5369 },
      populations: ['women'],
      accessibility: ['wheelchair'],
      languages: ['en'],
      summary: 'AA meeting at Grace Community Church, Lansing.',
    });
    // The record's own zone is the site's, so no timezone field is written.
    expect(data.timezone).toBeUndefined();
  });

  it('turns a list of days into one listing with a session on each', () => {
    const data = fieldsOf(byLabel(outcomes, 'rainbow-hybrid'));
    expect(data.schedule).toEqual([
      { day: 'monday', start: '18:30', end: '19:30' },
      { day: 'thursday', start: '18:30', end: '19:30' },
    ]);
    expect(data).toMatchObject({
      attendance: 'hybrid',
      conference_url: 'https://zoom.us/j/5175550100',
      conference_notes: 'Meeting ID 517 555 0100',
      meeting_types: ['C', 'LGBTQ', 'ST'],
      populations: ['lgbtq'],
    });
  });

  it('lists an approximate online meeting with no place at all', () => {
    const data = fieldsOf(byLabel(outcomes, 'noon-sign-language-online'));
    expect(data).toMatchObject({ attendance: 'online', languages: ['ase'], accessibility: ['asl'] });
    expect(data.address).toBeUndefined();
    expect(data.geo).toBeUndefined();
  });

  it('lists an approximate in-person meeting as a private location: city and postal code, no street', () => {
    const data = fieldsOf(byLabel(outcomes, 'okemos-morning-reflections'));
    expect(data).toMatchObject({
      location_private: true,
      address: { city: 'Okemos', region: 'MI', postal_code: '48864' },
    });
    expect(data.address?.street).toBeUndefined();
  });

  it('quotes codes that YAML 1.1 readers would take for booleans', () => {
    expect(listingFileText({ meeting_types: ['O', 'Y', 'N', 'NO'] }, '')).toBe(
      '---\nmeeting_types: [O, "Y", "N", "NO"]\n---\n',
    );
  });

  it('writes only languages other than the English default', () => {
    expect(fieldsOf(byLabel(outcomes, 'grupo-esperanza')).languages).toEqual(['es']);
  });
});

describe('importing a malformed feed', () => {
  const outcomes = importFeed(readJson('malformed-feed.json'), options);
  const skipped = (label: string) => byLabel(outcomes, label).skipped?.message;

  it('never crashes, and every record is imported or skipped with a reason', () => {
    expect(outcomes).toHaveLength(32);
    for (const outcome of outcomes) expect(Boolean(outcome.listing) !== Boolean(outcome.skipped)).toBe(true);
    const report = writeAndValidate(tempProject(), outcomes);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('reads string coordinates and numeric-text days', () => {
    const data = fieldsOf(byLabel(outcomes, 'string-coordinates'));
    expect(data.geo).toEqual({ lat: 42.737, lng: -84.552 });
    expect(data.schedule).toEqual([{ day: 'wednesday', start: '19:00' }]);
  });

  it('skips meetings without a day and time ("by appointment")', () => {
    expect(skipped('by-appointment')).toMatch(/no day and time.*by appointment/);
  });

  it('reads mixed day lists and day names, 12-hour times, and drops an unreadable end time', () => {
    const weekday = byLabel(outcomes, 'weekday-mornings');
    expect(fieldsOf(weekday).schedule!.map((s) => `${s.day} ${s.start}`)).toEqual([
      'monday 07:30',
      'wednesday 07:30',
      'friday 07:30',
    ]);
    expect(changesOf(weekday)).toMatch(/time "7:30 am" written as "07:30"/);
    expect(changesOf(weekday)).toMatch(/end time "not a time" is not a time; left out/);
    expect(fieldsOf(byLabel(outcomes, 'friday-by-name')).schedule![0]!.day).toBe('friday');
  });

  it('reads a "12:30–01:30" end as a 12-hour clock slip, and leaves out other implausible ends', () => {
    const record = (time: string, end_time: string) => ({
      name: 'Noon Group',
      slug: `noon-${time.replace(':', '')}-${end_time.replace(':', '')}`,
      day: 1,
      time,
      end_time,
      conference_url: 'https://zoom.us/j/1',
      types: ['ONL'],
    });
    const [slip, day, late] = importFeed(
      [record('12:30', '01:30'), record('17:30', '16:30'), record('23:00', '01:00')],
      options,
    );
    expect(fieldsOf(slip!).schedule).toEqual([{ day: 'monday', start: '12:30', end: '13:30' }]);
    expect(changesOf(slip!)).toMatch(/end time "01:30" would make a 13-hour meeting; read as "13:30"/);
    expect(fieldsOf(day!).schedule).toEqual([{ day: 'monday', start: '17:30' }]);
    expect(changesOf(day!)).toMatch(/23-hour meeting; left out/);
    // A real late-night meeting past midnight is kept as it is.
    expect(fieldsOf(late!).schedule).toEqual([{ day: 'monday', start: '23:00', end: '01:00' }]);
  });

  it('skips inactive meetings: attendance_option inactive, or TC with no way to join', () => {
    expect(skipped('gone-quiet')).toMatch(/^is inactive/);
    expect(skipped('closed-church')).toMatch(/^is inactive.*temporarily closed \(TC\)/);
    expect(byLabel(outcomes, 'gone-quiet').skipped!.kind).toBe('inactive');
  });

  it('lists a temporarily closed place with a conference link as online only', () => {
    const outcome = byLabel(outcomes, 'closed-church-now-online');
    const data = fieldsOf(outcome);
    expect(data).toMatchObject({ attendance: 'online', conference_url: 'https://zoom.us/j/111', meeting_types: ['O'] });
    expect(data.geo).toBeUndefined();
    expect(changesOf(outcome)).toMatch(/temporarily closed \(TC\); listed as online only/);
  });

  it('shows an approximate in-person place as an area', () => {
    const outcome = byLabel(outcomes, 'somewhere-in-holt');
    expect(fieldsOf(outcome)).toMatchObject({
      location_private: true,
      address: { city: 'Holt', postal_code: '48842' },
    });
    expect(changesOf(outcome)).toMatch(/only approximate; listed as a private location/);
  });

  it('never writes an e-mail address, a contact person or a payment handle', () => {
    const outcome = byLabel(outcomes, 'password-by-mail');
    const text = outcome.listing!.text;
    expect(text).not.toContain('@');
    for (const leak of ['secretary', '517-555-0199', 'SomeGroup', 'somegroup', 'wp-admin'])
      expect(text).not.toContain(leak);
    expect(text).toContain('For the password e-mail (e-mail address removed) or (e-mail address removed) today.');
    expect(changesOf(outcome)).toMatch(/2 e-mail addresses taken out of the notes/);
    expect(changesOf(outcome)).toMatch(/an e-mail address taken out of the conference notes/);
  });

  it('rewrites a slug that is not a valid file name, and numbers a repeated one', () => {
    expect(byLabel(outcomes, 'Bad_Slug Name').listing!.slug).toBe('bad-slug-name');
    expect(changesOf(byLabel(outcomes, 'Bad_Slug Name'))).toMatch(/not a valid file name.*written as "bad-slug-name"/);
    const [first, second] = outcomes.filter((o) => o.label === 'same-slug');
    expect(first!.listing!.slug).toBe('same-slug');
    expect(second!.listing!.slug).toBe('same-slug-second-thursday-1300');
    expect(changesOf(second!)).toMatch(/slug "same-slug" is already used/);
    expect(byLabel(outcomes, '12345').listing!.slug).toBe('12345');
  });

  it('skips records that are not objects, saying what they are', () => {
    expect(outcomes.slice(12, 16).map((o) => o.skipped?.message)).toEqual([
      'is the text "just some text", not a meeting (an object with a name and a slug)',
      'is null, not a meeting (an object with a name and a slug)',
      'is a number, not a meeting (an object with a name and a slug)',
      'is a list, not a meeting (an object with a name and a slug)',
    ]);
  });

  it('skips a place outside the region unless people can join online', () => {
    expect(skipped('far-away-in-person')).toMatch(/outside Greater Lansing.*no way to join online/);
    const online = byLabel(outcomes, 'far-away-with-zoom');
    expect(fieldsOf(online)).toMatchObject({ attendance: 'online' });
    expect(changesOf(online)).toMatch(/outside Greater Lansing.*listed as online only/);
    expect(skipped('unreadable-coordinates')).toMatch(/"north-ish".*not numbers/);
  });

  it('leaves out type codes the spec does not know, and says which', () => {
    const outcome = byLabel(outcomes, 'unknown-codes');
    expect(fieldsOf(outcome).meeting_types).toEqual(['O', 'W']);
    expect(changesOf(outcome)).toMatch(/type codes ASBI, xyz are not in the Meeting Guide spec; left out/);
    expect(changesOf(outcome)).toMatch(/types holds entries that are not codes/);
    expect(fieldsOf(byLabel(outcomes, '12345')).meeting_types).toEqual(['O', 'C']);
  });

  it('skips a record without a name, an unreadable day, or values of the wrong type', () => {
    expect(skipped('no-name')).toMatch(/has no name/);
    expect(skipped('day-nine')).toMatch(/day 9 is not a day: use 0–6 \(Sunday = 0\)/);
    expect(skipped('wrong-types')).toMatch(/is not a day/);
  });

  it('escapes notes so no HTML or unsafe link reaches the description', () => {
    const outcome = byLabel(outcomes, 'unsafe-notes');
    const body = outcome.listing!.text.split('\n---\n')[1]!;
    expect(checkMarkdownBody('x.md', body, 1)).toEqual([]);
    // HTML tags are taken out (the spec says notes hold none); everything else stays as text.
    expect(markdownToPlainText(body)).toBe(
      'Bring a [friend](javascript:alert(1)) & a *book*\n# not a heading\n- not a list\nalert(1)',
    );
    expect(changesOf(outcome)).toMatch(/HTML tags taken out of the notes/);
  });

  it('clamps a future updated date to today and fills in a missing one', () => {
    expect(fieldsOf(byLabel(outcomes, 'future-date')).last_verified).toBe(TODAY);
    expect(changesOf(byLabel(outcomes, 'future-date'))).toMatch(/2099-01-01 is in the future/);
    expect(fieldsOf(byLabel(outcomes, 'no-updated-date')).last_verified).toBe(TODAY);
    expect(changesOf(byLabel(outcomes, 'no-updated-date'))).toMatch(/no readable updated date/);
  });

  it('switches swapped coordinates back', () => {
    const outcome = byLabel(outcomes, 'swapped-coordinates');
    expect(fieldsOf(outcome).geo).toEqual({ lat: 42.7311, lng: -84.5519 });
    expect(changesOf(outcome)).toMatch(/swapped/);
  });

  it('makes join links secure and fixes a dial-in number that lost its country code', () => {
    const outcome = byLabel(outcomes, 'plain-http-link');
    expect(fieldsOf(outcome)).toMatchObject({
      conference_url: 'https://zoom.us/j/1300',
      conference_phone: '+15175550102',
    });
    expect(changesOf(outcome)).toMatch(/http:\/\/ to https:\/\//);
    expect(changesOf(outcome)).toMatch(/lacked the country code 1/);
  });

  it('shortens a name longer than 120 characters at a word', () => {
    const name = fieldsOf(byLabel(outcomes, 'long-name')).name;
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).toMatch(/ And Then Some…$|…$/);
  });

  it('writes the time zone only when it differs from site.yaml’s', () => {
    expect(fieldsOf(byLabel(outcomes, 'eastern-time-online')).timezone).toBe('America/New_York');
    const elsewhere = importFeed(readJson('valid-feed.json').slice(3, 4), { ...options, timezone: 'America/Chicago' });
    expect(fieldsOf(elsewhere[0]!).timezone).toBe('America/Chicago');
  });

  it('keeps an address it cannot split in the description', () => {
    const outcome = byLabel(outcomes, 'unsplittable-address');
    expect(fieldsOf(outcome).address).toBeUndefined();
    expect(outcome.listing!.text).toContain('Address: 325 Cherry St. Lansing, MI 48933');
  });

  it('moves conference notes longer than the field allows into the description', () => {
    const notes = `Meeting ID 123 456 7890. ${'Say hello in the chat. '.repeat(10)}`;
    const [outcome] = importFeed(
      [
        {
          name: 'Long Notes',
          slug: 'long-notes',
          day: 1,
          time: '19:00',
          conference_url: 'https://zoom.us/j/1',
          conference_url_notes: notes,
        },
      ],
      options,
    );
    expect(outcome!.listing!.text).not.toContain('conference_notes:');
    expect(outcome!.listing!.text).toContain('How to join: Meeting ID 123 456 7890.');
    expect(changesOf(outcome!)).toMatch(/longer than 200 characters; moved to the description/);
  });

  it('reports a listing the validator rejects, with the validator’s message, and does not write it', () => {
    const result = importFeed(
      [
        {
          name: 'Long Town',
          slug: 'long-town',
          day: 1,
          time: '19:00',
          formatted_address: `1 Main St, ${'Lansing '.repeat(15).trim()}, MI 48912, USA`,
          latitude: 42.73,
          longitude: -84.55,
        },
      ],
      options,
    );
    expect(result[0]!.skipped).toEqual({
      kind: 'does not pass validation',
      message: expect.stringMatching(/^does not pass validation \(address\.city: .*100.*\); not written$/),
    });
    expect(result[0]!.listing).toBeUndefined();
  });
});

describe('exporting /exports/meetings.json', () => {
  it('gives one record per session with a unique, stable slug, sorted by day and time', () => {
    const feed = meetingGuideFeed(
      [
        listing('one', { schedule: [{ day: 'sunday', start: '09:00' }] }),
        listing('two', {
          schedule: [
            { day: 'saturday', start: '08:00', end: '09:00' },
            { day: 'monday', start: '19:30' },
          ],
        }),
      ],
      exportSite,
    );
    expect(feed.map((m) => [m.slug, m.day, m.time, m.end_time])).toEqual([
      ['one', 0, '09:00', undefined],
      ['two-monday-1930', 1, '19:30', undefined],
      ['two-saturday-0800', 6, '08:00', '09:00'],
    ]);
    expect(feed[0]).toMatchObject({
      timezone: 'America/Detroit',
      attendance_option: 'in_person',
      formatted_address: '1021 E Kalamazoo St, Lansing, MI 48912, US',
      latitude: 42.7309,
      longitude: -84.5369,
      approximate: 'no',
      updated: '2026-11-01 00:00:00',
      url: 'https://example.org/map/listings/one/',
    });
  });

  it('keeps slugs unique when a listing lists the same session twice', () => {
    const twice = { day: 'monday', start: '19:00' } as const;
    const feed = meetingGuideFeed([listing('twice', { schedule: [twice, twice] })], exportSite);
    expect(feed.map((m) => m.slug)).toEqual(['twice-monday-1900', 'twice-monday-1900-2']);
  });

  it('gives a private location only its area: no street, the centre the map shows, approximate', () => {
    const [record] = meetingGuideFeed(
      [listing('private', { location_private: true, address: { city: 'Lansing', postal_code: '48912' } })],
      exportSite,
    );
    const centre = approximateArea({ lat: 42.7309, lng: -84.5369 });
    expect(record).toMatchObject({
      formatted_address: 'Lansing, 48912, US',
      latitude: centre.lat,
      longitude: centre.lng,
      approximate: 'yes',
    });
  });

  it('gives an online meeting no address and no coordinates, and marks it ONL', () => {
    const [record] = meetingGuideFeed(
      [
        listing('online', {
          attendance: 'online',
          address: undefined,
          geo: undefined,
          conference_url: 'https://zoom.us/j/1',
          conference_notes: 'ID 1',
        }),
      ],
      exportSite,
    );
    expect(record).toMatchObject({
      attendance_option: 'online',
      conference_url: 'https://zoom.us/j/1',
      conference_url_notes: 'ID 1',
    });
    expect(record!.types).toContain('ONL');
    for (const key of ['formatted_address', 'latitude', 'longitude', 'approximate'])
      expect(record).not.toHaveProperty(key);
  });

  it('never gives out an e-mail address', () => {
    const feed = meetingGuideFeed(
      [
        listing(
          'mail',
          { email: 'group@example.org', schedule: [{ day: 'monday', start: '19:00', note: 'Ask kim@example.net' }] },
          'Write to [us](mailto:group@example.org) or jo@example.com for the **password**.',
        ),
      ],
      exportSite,
    );
    expect(JSON.stringify(feed)).not.toContain('@');
    expect(feed[0]!.notes).toBe(
      'Ask (e-mail address removed)\n\nWrite to us or (e-mail address removed) for the password.',
    );
  });

  it('lists only active mutual aid meetings that meet weekly', () => {
    const feed = meetingGuideFeed(
      [
        listing('meeting'),
        listing('pantry', { category: 'food', support: ['instrumental'] }),
        listing('closed-for-now', { status: 'temporarily-closed' }),
        listing('no-schedule', { schedule: undefined }),
        listing('yearly', { event_dates: ['2026-12-31'] }),
      ],
      exportSite,
    );
    expect(feed.map((m) => m.slug)).toEqual(['meeting']);
  });

  it('builds the listing URL from the site origin and base path', () => {
    expect(siteUrl('https://example.org', '/')).toBe('https://example.org/');
    expect(siteUrl('https://example.org', '/recovery-map')).toBe('https://example.org/recovery-map/');
    expect(formatAddress({ city: 'Lansing', region: 'MI' }, false, 'US')).toBe('Lansing, MI, US');
  });
});

describe('round trip: import → validate → export → import', () => {
  /** The parts of a meeting both ends must agree on. */
  const essence = (m: MeetingGuideMeeting) => ({
    name: m.name,
    day: m.day,
    time: m.time,
    end_time: m.end_time,
    types: [...m.types].sort(),
    conference_url: m.conference_url,
    formatted_address: m.formatted_address,
    latitude: m.latitude,
    longitude: m.longitude,
  });

  /** Imports a feed into a fresh project, validates it, and exports what validated. */
  function throughProject(feed: readonly unknown[]): { outcomes: RecordOutcome[]; exported: MeetingGuideMeeting[] } {
    const outcomes = importFeed(feed, options);
    const report = writeAndValidate(tempProject(), outcomes);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const listings = report.listings.map(({ slug, data, body }) => ({ slug, data: data!, body }));
    return { outcomes, exported: meetingGuideFeed(listings, exportSite) };
  }

  it('gives back the meetings of the feed', () => {
    const original = readJson('valid-feed.json') as Record<string, unknown>[];
    const { exported } = throughProject(original);
    // The hybrid meeting meets on two days: one record each.
    expect(exported).toHaveLength(original.length + 1);
    for (const record of original) {
      const days = Array.isArray(record.day) ? record.day : [record.day];
      for (const day of days) {
        const back = exported.find((m) => m.name === record.name && m.day === day);
        expect(back, `${record.slug} on day ${day}`).toBeDefined();
        expect(back!.time).toBe(record.time);
        expect(back!.end_time).toBe(record.end_time);
        expect(back!.conference_url).toBe(record.conference_url);
        expect(new Set(back!.types)).toEqual(new Set((record.types as string[]).filter((code) => code !== 'TC')));
        if (back!.attendance_option === 'online') {
          expect(back!.formatted_address).toBeUndefined();
          continue;
        }
        const address = parseAddress(record.formatted_address as string);
        expect(parseAddress(back!.formatted_address!)).toEqual(
          record.approximate === 'yes' ? { ...address, street: undefined } : address,
        );
        const moved = milesToMeters(
          distanceMiles(
            { lat: Number(record.latitude), lng: Number(record.longitude) },
            { lat: back!.latitude!, lng: back!.longitude! },
          ),
        );
        if (record.approximate === 'yes') expect(moved).toBeLessThanOrEqual(PRIVATE_AREA_RADIUS_M);
        else expect(moved).toBeLessThan(0.01);
      }
    }
  });

  it('reaches a fixed point: importing the export and exporting again changes nothing', () => {
    const first = throughProject(readJson('valid-feed.json')).exported;
    const second = throughProject(first);
    // Only the private place is reported again: it is still approximate, so still shown as an area.
    const changed = second.outcomes.filter((o) => o.skipped || o.changes.length > 0);
    expect(changed.map((o) => o.label)).toEqual(['okemos-morning-reflections']);
    expect(second.exported.map(essence)).toEqual(first.map(essence));
    // Only the pages differ: a listing that met on two days comes back as one listing per day.
    const withoutUrl = (m: MeetingGuideMeeting) => ({ ...m, url: undefined });
    expect(second.exported.map(withoutUrl)).toEqual(first.map(withoutUrl));
  });

  it('keeps what it can of a malformed feed through the round trip', () => {
    const first = throughProject(readJson('malformed-feed.json'));
    const second = throughProject(first.exported);
    expect(second.exported.map(essence)).toEqual(first.exported.map(essence));
    expect(JSON.stringify(first.exported)).not.toContain('@');
  });
});
