/**
 * The validator against files it has never seen: every malformed fixture must be rejected with
 * the right line, field and a message that says how to fix it; every unusual-but-valid fixture
 * must pass. Fixtures live in tests/fixtures/ beside this suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkListing, checkSite, formatProblem, type Problem } from '../../src/lib/validate/index.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TODAY = '2026-11-24';
let site: SiteConfig;

beforeAll(() => {
  const checked = checkSite('data/site.yaml', readFileSync(join(fixtures, 'project/data/site.yaml'), 'utf8'));
  expect(checked.problems).toEqual([]);
  site = checked.site!;
});

function check(relativePath: string): Problem[] {
  const text = readFileSync(join(fixtures, relativePath), 'utf8');
  return checkListing(relativePath, text, { site, today: TODAY }).problems;
}
const errorsOf = (relativePath: string) => check(relativePath).filter((p) => p.severity === 'error');

/** [fixture, line, field, what the message must say] */
type Case = [string, number, string, RegExp];

function expectCase([file, line, field, message]: Case) {
  const errors = errorsOf(`malformed/${file}`);
  const match = errors.find((e) => e.field === field);
  expect(match, `no error on ${field}; got:\n${errors.map(formatProblem).join('\n')}`).toBeDefined();
  expect(match!.line).toBe(line);
  expect(match!.message).toMatch(message);
  expect(formatProblem(match!)).toBe(`malformed/${file}:${line}: ${field}: ${match!.message}`);
}

describe('YAML and file structure', () => {
  it.each<Case>([
    ['yaml-does-not-parse.md', 5, 'yaml', /not closed; add the missing \]/],
    ['tab-indentation.md', 7, 'yaml', /tab character; .*replace the tab with spaces/],
    ['no-front-matter.md', 1, 'front matter', /is missing; a listing file starts with a line of three dashes/],
    ['unclosed-front-matter.md', 1, 'front matter', /is not closed; add a line with three dashes/],
    ['duplicate-key.md', 11, 'yaml', /a field appears twice; keep one of them/],
    ['value-with-colon.md', 2, 'yaml', /contains ": "; put the whole value in quotes/],
  ])('%s → line %i, %s', (...c) => expectCase(c));

  it('reports a tab once, not the cascade of parser errors after it', () => {
    expect(errorsOf('malformed/tab-indentation.md')).toHaveLength(1);
  });
});

describe('required fields and vocabularies', () => {
  it.each<Case>([
    ['missing-name.md', 2, 'name', /is missing; every listing needs a name/],
    ['unknown-field-typo.md', 10, 'phnoe', /not a known field; did you mean "phone"\?/],
    ['unknown-nested-field.md', 9, 'geo.lon', /did you mean "lng"\?/],
    ['bad-category.md', 3, 'category', /"foodbank" is not allowed here; .*food, clothing/],
    ['empty-support.md', 4, 'support', /is empty; list at least one support type/],
    ['bad-support-value.md', 4, 'support[0]', /"practical" is not allowed here; use one of: emotional/],
    ['support-not-a-list.md', 4, 'support', /must be a list, like \[instrumental\]/],
    ['duplicate-list-value.md', 4, 'support', /same value twice/],
    ['bad-meeting-type.md', 5, 'meeting_types[1]', /not a Meeting Guide type code/],
    ['bad-language-code.md', 10, 'languages[0]', /not a language code; use a short code like "en"/],
    ['bad-timezone.md', 10, 'timezone', /not an IANA time zone; write it like "America\/Detroit"/],
    ['all-pathways-with-others.md', 5, 'pathways', /write exactly \[all-pathways\]/],
    [
      'all-pathways-moud-not-accepted.md',
      5,
      'pathways',
      /cannot be \[all-pathways\] when housing\.moud is not-accepted/,
    ],
    ['housing-without-moud.md', 2, 'housing', /must state its medication policy/],
    ['bad-narr-level.md', 4, 'housing.narr_level', /must be 1, 2, 3 or 4/],
    ['bad-field-in-yaml.yml', 5, 'cost', /"cheap" is not allowed here; use one of: free, sliding-scale/],
  ])('%s → line %i, %s', (...c) => expectCase(c));

  it('suggests the closest value for a near-miss', () => {
    const [error] = checkListing(
      'x.md',
      '---\nname: X Place\ncategory: childcare\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(error?.message).toMatch(/did you mean "childcare-family"\?/);
  });
});

describe('places and coordinates', () => {
  it.each<Case>([
    ['latitude-out-of-range.md', 9, 'geo.lat', /between -90 and 90/],
    ['swapped-lat-lng.md', 9, 'geo', /look swapped; write lat: 42\.73 and lng: -84\.55/],
    ['outside-region.md', 9, 'geo', /outside Greater Lansing \(site\.yaml region\.bounds\)/],
    ['in-person-without-geo.md', 2, 'geo', /in-person listings need a map point/],
    ['unquoted-postal-code.md', 8, 'address.postal_code', /write the postal code in quotes/],
    ['private-location-with-street.md', 6, 'address.street', /must be left out when location_private is true/],
  ])('%s → line %i, %s', (...c) => expectCase(c));
});

describe('times and dates', () => {
  it.each<Case>([
    ['bad-time.md', 13, 'hours[0].opens', /24-hour time "HH:MM"/],
    ['unquoted-number-time.md', 13, 'schedule[0].start', /write the time in quotes as 24-hour "HH:MM"/],
    ['bad-day.md', 12, 'schedule[0].day', /"fri" is not allowed here; .*friday/],
    ['future-last-verified.md', 11, 'last_verified', /2027-01-15 is in the future/],
    ['non-iso-date.md', 11, 'last_verified', /YYYY-MM-DD/],
  ])('%s → line %i, %s', (...c) => expectCase(c));

  it('warns, without failing, when a listing is stale', () => {
    const problems = checkListing(
      'x.md',
      '---\nname: Old Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-01-02\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', field: 'last_verified', line: 6 });
    expect(problems[0]!.message).toMatch(/was 326 days ago \(stale after 180\)/);
  });

  it('warns when every event date has passed', () => {
    const problems = checkListing(
      'x.md',
      '---\nname: Old Party\ncategory: sober-social\nsupport: [affiliational]\nattendance: online\nevent_dates: ["2026-01-01"]\nlast_verified: 2026-11-01\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'event_dates', line: 6 })]);
  });
});

describe('contact details and links', () => {
  it.each<Case>([
    ['bad-email.md', 10, 'email', /not an e-mail address/],
    ['bad-phone.md', 10, 'phone', /not a complete phone number; write it with the area code/],
    ['bad-website-javascript.md', 10, 'website', /starting with https:\/\//],
    ['conference-url-http.md', 10, 'conference_url', /must be a full https:\/\/ address/],
    ['online-meeting-without-join-link.md', 2, 'conference_url', /online meetings need a way to join/],
  ])('%s → line %i, %s', (...c) => expectCase(c));
});

describe('the Markdown description', () => {
  it.each<Case>([
    ['raw-html-body.md', 13, 'body', /raw HTML \(<b…\) is not allowed/],
    ['javascript-link-body.md', 13, 'body', /link "javascript:alert\(1\)" is not allowed/],
    ['relative-link-body.md', 13, 'body', /link "\/about" is not allowed; links must start with https:\/\//],
    ['image-in-body.md', 13, 'body', /images are not allowed/],
    ['bad-yaml-description.yaml', 9, 'description', /raw HTML \(<a…\) is not allowed/],
  ])('%s → line %i, %s', (...c) => expectCase(c));
});

describe('file names', () => {
  it.each<Case>([['Bad_Name.md', 1, 'slug', /rename it to "bad-name\.md"/]])('%s → line %i, %s', (...c) =>
    expectCase(c),
  );
});

describe('every malformed fixture is rejected', () => {
  const files = readdirSync(join(fixtures, 'malformed'));
  it('has at least 30 cases', () => expect(files.length).toBeGreaterThanOrEqual(30));
  it.each(files)('%s has at least one error', (file) => {
    expect(errorsOf(`malformed/${file}`).length).toBeGreaterThan(0);
  });
});

describe('unusual but valid listings pass', () => {
  const valid = readdirSync(join(fixtures, 'valid'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|ya?ml)$/.test(f))
    .map((f) => relative(fixtures, join(fixtures, 'valid', f)));
  it('covers the unusual shapes', () => {
    expect(valid).toEqual(
      expect.arrayContaining([
        'valid/crlf-bom.md',
        'valid/online-only-meeting.md',
        'valid/cafe-esperanza.md',
        'valid/past-midnight-meeting.md',
        'valid/private-housing.md',
        'valid/fields-only.yaml',
        'valid/short-extension.yml',
        'valid/nested/deeper/nested-listing.md',
      ]),
    );
  });
  it.each(valid)('%s has no problems', (file) => {
    expect(check(file).map(formatProblem)).toEqual([]);
  });
  it('reads a CRLF + BOM file exactly as an LF file', () => {
    const text = readFileSync(join(fixtures, 'valid/crlf-bom.md'), 'utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    const crlf = checkListing('a.md', text, { site, today: TODAY });
    const lf = checkListing('a.md', text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), { site, today: TODAY });
    expect(crlf.data).toEqual(lf.data);
    expect(crlf.data?.schedule?.[0]).toEqual({ day: 'monday', start: '10:00', end: '12:00' });
  });
  it('keeps non-ASCII names intact', () => {
    const text = readFileSync(join(fixtures, 'valid/cafe-esperanza.md'), 'utf8');
    expect(checkListing('a.md', text, { site, today: TODAY }).data?.name).toBe(
      'Café Esperanza — Centro Comunitario Nueva Vida',
    );
  });
});

describe('site.yaml', () => {
  it('reports swapped bounds, a bad time zone and unknown fields by line', () => {
    const text = [
      'name: Broken Site',
      'region:',
      '  name: Somewhere',
      '  center: [42.7, -84.5]',
      '  zoom: 12',
      '  bounds: [[42.9, -84.25], [42.55, -84.85]]',
      'timezone: Eastern',
      'repository:',
      '  url: https://github.com/example/x',
      'colour: blue',
    ].join('\n');
    const lines = checkSite('data/site.yaml', text).problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/site\.yaml:6: region\.bounds: must be \[\[south, west\], \[north, east\]\]/),
        expect.stringMatching(/^data\/site\.yaml:7: timezone: is not an IANA time zone/),
        expect.stringMatching(/^data\/site\.yaml:10: colour: is not a known field/),
      ]),
    );
  });
});

describe('suggestions', () => {
  it('finds the intended word for common slips', async () => {
    const { closestMatch } = await import('../../src/lib/validate/suggest.ts');
    expect(closestMatch('nmae', ['name', 'summary'])).toBe('name');
    expect(closestMatch('childcare', ['childcare-family', 'clothing'])).toBe('childcare-family');
    expect(closestMatch('Sliding Scale', ['free', 'sliding-scale'])).toBe('sliding-scale');
    expect(closestMatch('xylophone', ['name', 'phone', 'summary'])).toBeUndefined();
  });
});
