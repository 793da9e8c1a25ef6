/**
 * The validator against files it has never seen: every malformed fixture must be rejected with
 * the right line, field and a message that says how to fix it; every unusual-but-valid fixture
 * must pass. Fixtures live in tests/fixtures/ beside this suite (one file per case).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkListing, checkSite, formatProblem, validateProject, type Problem } from '#lib/validate/index.ts';
import type { SiteConfig } from '#schemas/site.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const TODAY = '2026-11-24';
let site: SiteConfig;

/** The fixture community, built in English and Spanish, so a listing may carry `translations.es`. */
const siteText = `${readFileSync(join(fixtures, 'project/data/site.yaml'), 'utf8')}languages: [en, es]\n`;

beforeAll(() => {
  const checked = checkSite('data/site.yaml', siteText);
  expect(checked.problems).toEqual([]);
  site = checked.site!;
  expect(site.languages).toEqual(['en', 'es']);
});

function check(relativePath: string): Problem[] {
  const text = readFileSync(join(fixtures, relativePath), 'utf8');
  return checkListing(relativePath, text, { site, today: TODAY }).problems;
}

/** [fixture in malformed/, line, field, what the message must say (how to fix it)] */
type Case = [file: string, line: number, field: string, message: RegExp];

/** Fixtures that legitimately give more than one problem. */
const EXPECTED_COUNT: Record<string, number> = {
  // geo: { lat, lon }: the unknown "lon" and the missing "lng" are both true.
  'unknown-nested-field.md': 2,
};
const asserted = new Set<string>();

function expectCase([file, line, field, message]: Case) {
  const path = `malformed/${file}`;
  const problems = check(path);
  const listed = problems.map(formatProblem).join('\n');
  const match = problems.find((p) => p.field === field);
  expect(match, `no problem on ${field}; got:\n${listed}`).toBeDefined();
  expect(match!.severity).toBe('error');
  expect(match!.line, listed).toBe(line);
  expect(match!.message).toMatch(message);
  expect(formatProblem(match!)).toBe(`${path}:${line}: ${field}: ${match!.message}`);
  expect(problems, listed).toHaveLength(EXPECTED_COUNT[file] ?? 1);
}

/** it.each over a table of malformed fixtures; records each so none is left unasserted. */
function cases(table: Case[]) {
  for (const [file] of table) asserted.add(file);
  it.each<Case>(table)('%s → line %i, %s', (...c) => expectCase(c));
}

describe('YAML and file structure', () => {
  cases([
    ['yaml-does-not-parse.md', 4, 'yaml', /not closed; add the missing \]/],
    ['tab-indentation.md', 7, 'yaml', /tab character; .*replace the tab with spaces/],
    ['no-front-matter.md', 1, 'front matter', /is missing; a listing file starts with a line of three dashes/],
    ['empty-file.md', 1, 'front matter', /is missing; a listing file starts with a line of three dashes/],
    ['unclosed-front-matter.md', 1, 'front matter', /is not closed; add a line with three dashes/],
    ['front-matter-closed-with-dots.md', 1, 'front matter', /is not closed; add a line with three dashes \(---\)/],
    ['front-matter-is-a-list.md', 2, 'yaml', /must be a set of fields, one per line/],
    ['duplicate-key.md', 11, 'yaml', /this field appears a second time; keep one of the two lines/],
    ['value-with-colon.md', 2, 'yaml', /contains ": "; put the whole value in quotes/],
    ['over-indented-line.md', 7, 'yaml', /indentation is off; line the field up with the others using spaces/],
    ['missing-space-after-colon.md', 10, 'yaml', /no ": " \(a colon and a space\).*website: https:\/\/example\.org/],
    ['hash-starts-comment.md', 2, 'name', /is read as "Pantry" because " #5 on Main" starts a comment; .*quotes/],
    [
      'value-starts-with-star.md',
      5,
      'yaml',
      /starts with \*, & or !, which YAML reads as a reference or a type, not as text; put the value in quotes/,
    ],
    [
      'alias-bomb.yaml',
      5,
      'yaml',
      /references \(\*name.*more than 100 copies, so it is not read; write the values out in full/,
    ],
    [
      'nested-quotes.md',
      16,
      'description',
      /nests 12 quotes or list items .*the limit is 10: remove the extra > and - marks/,
    ],
    ['front-matter-style.yaml', 7, 'yaml', /second --- line .*description: field\), or rename the file to \.md/],
    ['Bad_Name.md', 1, 'file name', /only lowercase letters, digits and single hyphens; rename it to "bad-name\.md"/],
    ['upper-case-extension.MD', 1, 'file name', /rename it to "upper-case-extension\.md"/],
    ['latin1-encoding.md', 2, 'encoding', /not UTF-8 .*save the file with UTF-8 encoding/],
  ]);

  it('reports a tab once, not the cascade of parser errors after it', () => {
    expect(check('malformed/tab-indentation.md').map((p) => p.line)).toEqual([7]);
  });

  it('points at a line indented too far, not at the field above it', () => {
    const text = '---\nname: Indent Place\naddress:\n  city: Lansing\n    region: MI\n---\n';
    const problems = checkListing('x.md', text, { site, today: TODAY }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ line: 5, field: 'yaml', message: expect.stringMatching(/indented further/) }),
    ]);
  });

  it('points at the line where an unclosed bracket opens, even over several lines', () => {
    const text = '---\nname: Bracket Place\nsupport: [instrumental,\n  emotional\ncategory: food\n---\n';
    const [problem] = checkListing('x.md', text, { site, today: TODAY }).problems;
    expect(problem).toMatchObject({ line: 3, field: 'yaml' });
  });

  it('accepts a .md file whose front matter starts after blank lines, as Astro does', () => {
    const text =
      '\n\n---\nname: Late Start\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n';
    expect(checkListing('x.md', text, { site, today: TODAY }).problems).toEqual([]);
  });
});

describe('required fields and vocabularies', () => {
  cases([
    ['missing-name.md', 2, 'name', /is missing; every listing needs a name/],
    ['missing-category.md', 2, 'category', /^is missing; use one of: recovery-housing, .*food/],
    ['missing-last-verified.md', 2, 'last_verified', /^is missing; write the date, like 2026-03-14/],
    ['name-too-short.md', 2, 'name', /too short; use the name people know it by/],
    ['summary-too-long.md', 11, 'summary', /longer than 200 characters; .*put the rest in the description/],
    ['description-given-twice.md', 11, 'description', /is given twice: .*remove this field/],
    ['unknown-field-typo.md', 10, 'phnoe', /not a known field; did you mean "phone"\?/],
    ['unknown-nested-field.md', 9, 'geo.lon', /did you mean "lng"\?/],
    ['bad-category.md', 3, 'category', /"foodbank" is not allowed here; .*food, clothing/],
    ['empty-support.md', 4, 'support', /is empty; list at least one support type/],
    [
      'bad-support-value.md',
      4,
      'support (1st value)',
      /^"practical" is not allowed here; did you mean "instrumental"\? use one of: emotional/,
    ],
    [
      'support-not-a-list.md',
      4,
      'support',
      /^must be a list in square brackets, even with one value; write it support: \[instrumental\]$/,
    ],
    ['duplicate-list-value.md', 4, 'support', /same value twice; remove the repeat/],
    ['bad-population.md', 11, 'populations (2nd value)', /"veteran" is not allowed here; did you mean "veterans"\?/],
    [
      'bad-fellowship.md',
      11,
      'fellowship',
      /"alcoholics-anonymous" is not allowed here; did you mean "aa"\? use one of: aa, na/,
    ],
    ['bad-status.md', 11, 'status', /"open" is not allowed here; use one of: active, temporarily-closed, closed/],
    ['yes-instead-of-true.md', 11, 'location_private', /must be true or false; got the text "yes"/],
    [
      'bad-meeting-type.md',
      5,
      'meeting_types (2nd type code)',
      /not a Meeting Guide type code; use codes such as O \(open\)/,
    ],
    ['bad-language-code.md', 10, 'languages (1st language)', /not a language code; use a short code like "en"/],
    ['bad-timezone.md', 10, 'timezone', /not an IANA time zone; write it like "America\/Detroit"/],
    ['all-pathways-with-others.md', 5, 'pathways', /write exactly \[all-pathways\]/],
    [
      'all-pathways-moud-not-accepted.md',
      5,
      'pathways',
      /cannot be \[all-pathways\] when housing\.moud is not-accepted/,
    ],
    ['housing-without-moud.md', 2, 'housing', /must state its medication policy: housing: \{ moud:/],
    ['bad-narr-level.md', 4, 'housing.narr_level', /must be 1, 2, 3 or 4/],
    [
      'bad-field-in-yaml.yml',
      5,
      'cost',
      /"cheap" is not allowed here; did you mean "low-cost"\? use one of: free, sliding-scale/,
    ],
  ]);

  it('suggests the closest value for a near-miss', () => {
    const [error] = checkListing(
      'x.md',
      '---\nname: X Place\ncategory: childcare\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(error?.message).toMatch(/did you mean "childcare-family"\?/);
  });

  it('names the fields allowed where an unknown field has no close match', () => {
    const [error] = checkListing(
      'x.md',
      '---\nname: X Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nzzqv: 1\nlast_verified: 2026-11-01\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(error).toMatchObject({ line: 6, field: 'zzqv' });
    expect(error!.message).toMatch(
      /^is not a known field; remove it, or use one of the fields allowed here \(name, category/,
    );
  });
});

describe('the schema comment editors read', () => {
  // `# yaml-language-server: $schema=…` is the first YAML line of every listing (see
  // src/lib/authoring/schema-comment.ts); being a comment, it must not shift or hide any line number.
  cases([
    ['schema-comment-unknown-field.md', 11, 'phon', /not a known field; did you mean "phone"\?/],
    [
      'schema-comment-bad-category.yaml',
      3,
      'category',
      /"dentist" is not allowed here; did you mean "dental"\? use one of: .*dental/,
    ],
  ]);
});

describe('places and coordinates', () => {
  cases([
    ['latitude-out-of-range.md', 9, 'geo.lat', /between -90 and 90/],
    ['swapped-lat-lng.md', 9, 'geo', /look swapped; write lat: 42\.73 and lng: -84\.55/],
    ['outside-region.md', 9, 'geo', /outside Greater Lansing \(site\.yaml region\.bounds\)/],
    ['geo-as-list.md', 9, 'geo', /must be a set of fields; got a list/],
    ['in-person-without-geo.md', 2, 'geo', /in-person listings need a map point \(geo: \{ lat: …, lng: … \}\)/],
    ['unquoted-postal-code.md', 8, 'address.postal_code', /write the postal code in quotes, like postal_code: "48912"/],
    ['bad-country-code.md', 9, 'address.country', /two-letter country code in capitals, like "US"/],
    ['private-location-with-street.md', 6, 'address.street', /must be left out when location_private is true/],
  ]);

  it('never reads a postal code with a leading zero as a number', () => {
    const text = readFileSync(join(fixtures, 'malformed/unquoted-postal-code.md'), 'utf8');
    expect(text).toMatch(/postal_code: 08540\n/);
    expect(checkListing('x.md', text, { site, today: TODAY }).data).toBeUndefined();
  });
});

describe('times and dates', () => {
  cases([
    [
      'bad-time.md',
      13,
      'hours.opens (1st set of hours)',
      /^"9am" is not written as a 24-hour time; write it "09:00", in quotes$/,
    ],
    ['unquoted-number-time.md', 13, 'schedule.start (1st meeting time)', /write the time in quotes as 24-hour "HH:MM"/],
    ['bad-day.md', 12, 'schedule.day (1st meeting time)', /"fri" is not allowed here; .*friday/],
    ['schedule-end-equals-start.md', 14, 'schedule.end (1st meeting time)', /same as start; give the time it ends/],
    [
      'schedule-week-out-of-range.md',
      14,
      'schedule.weeks (1st meeting time, 1st week)',
      /6 is not a week of the month; use 1 to 5 or "last"/,
    ],
    [
      'schedule-week-as-word.md',
      14,
      'schedule.weeks (1st meeting time, 1st week)',
      /"second" is not a week of the month; .*weeks: \[2\]/,
    ],
    [
      'schedule-weeks-empty.md',
      14,
      'schedule.weeks (1st meeting time)',
      /lists no weeks; .*or leave weeks out for every week/,
    ],
    ['schedule-week-twice.md', 14, 'schedule.weeks (1st meeting time)', /lists a week twice; give each week once/],
    [
      'schedule-fortnight-wrong-weekday.md',
      14,
      'schedule.every_other_week_from (1st meeting time)',
      /is a Friday, but day is saturday; give the date of a session, on a Saturday/,
    ],
    [
      'schedule-weeks-and-fortnight.md',
      15,
      'schedule.every_other_week_from (1st meeting time)',
      /cannot be given with weeks/,
    ],
    ['schedule-fortnight-bad-date.md', 14, 'schedule.every_other_week_from (1st meeting time)', /must be a real date/],
    ['schedule-weeks-with-event-dates.md', 14, 'schedule.weeks (1st meeting time)', /cannot be given with event_dates/],
    [
      'hours-closes-equals-opens.md',
      14,
      'hours.closes (1st set of hours)',
      /for 24 hours write opens: "00:00" and closes: "23:59"/,
    ],
    [
      'future-last-verified.md',
      11,
      'last_verified',
      /2027-01-15 is in the future; write the date you actually confirmed/,
    ],
    ['non-iso-date.md', 11, 'last_verified', /date written YYYY-MM-DD, like 2026-03-14/],
    ['impossible-calendar-date.md', 11, 'last_verified', /must be a real date written YYYY-MM-DD/],
    ['bad-event-date.md', 11, 'event_dates (2nd date)', /date written YYYY-MM-DD/],
  ]);

  it('reads an unquoted 19:00 as the time "19:00", never as a number of minutes', () => {
    const text = readFileSync(join(fixtures, 'valid/unquoted-clock-time.md'), 'utf8');
    expect(text).toMatch(/start: 19:00\n/);
    expect(checkListing('x.md', text, { site, today: TODAY }).data?.schedule).toEqual([
      { day: 'thursday', start: '19:00', end: '20:30' },
    ]);
  });

  it('warns, without failing, when a listing is stale', () => {
    const problems = checkListing(
      'x.md',
      '---\nname: Old Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-01-02\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', field: 'last_verified', line: 6 });
    expect(problems[0]!.message).toMatch(/was 326 days ago \(stale after 180\); confirm the details/);
  });

  it('does not warn about a stale listing that is closed', () => {
    const text =
      '---\nname: Old Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nstatus: closed\nlast_verified: 2025-01-02\n---\n';
    expect(checkListing('x.md', text, { site, today: TODAY }).problems).toEqual([]);
  });

  it('warns when every event date has passed', () => {
    const problems = checkListing(
      'x.md',
      '---\nname: Old Party\ncategory: sober-social\nsupport: [affiliational]\nattendance: online\nevent_dates: ["2026-01-01"]\nlast_verified: 2026-11-01\n---\n',
      { site, today: TODAY },
    ).problems;
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'event_dates', line: 6 })]);
    expect(problems[0]!.message).toMatch(/every date has passed; add the next dates, or set status: closed/);
  });

  it('accepts last_verified of today, and rejects tomorrow', () => {
    const listing = (date: string) =>
      `---\nname: Fresh Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: ${date}\n---\n`;
    expect(checkListing('x.md', listing('2026-11-24'), { site, today: TODAY }).problems).toEqual([]);
    expect(checkListing('x.md', listing('2026-11-25'), { site, today: TODAY }).problems).toEqual([
      expect.objectContaining({ field: 'last_verified', line: 6, severity: 'error' }),
    ]);
  });
});

describe('contact details and links', () => {
  cases([
    ['bad-email.md', 10, 'email', /not an e-mail address; write it like "hello@example\.org"/],
    ['bad-phone.md', 10, 'phone', /not a complete phone number; write it with the area code/],
    ['bad-sms.md', 10, 'sms', /not a complete phone number; write it with the area code, like "517-555-0142"/],
    ['unquoted-phone-number.md', 10, 'phone', /write the phone number in quotes, like "517-555-0142"/],
    ['bad-website-javascript.md', 10, 'website', /not a web address; write the full address starting with https:\/\//],
    ['conference-url-http.md', 10, 'conference_url', /must be a full https:\/\/ address \(a secure link\)/],
    ['conference-url-javascript.md', 10, 'conference_url', /must be a full https:\/\/ address \(a secure link\)/],
    ['online-meeting-without-join-link.md', 2, 'conference_url', /online meetings need a way to join: conference_url/],
    ['phone-attendance-without-phone.md', 2, 'phone', /attendance: phone needs a phone or conference_phone/],
    [
      'website-with-userinfo.md',
      6,
      'website',
      /^has "example\.org@" before the site's name, so the link would open evil\.example instead; remove "example\.org@"/,
    ],
    [
      'conference-url-with-userinfo.md',
      6,
      'conference_url',
      /^has "zoom\.us:pass@" before the site's name, so the link would open evil\.example instead/,
    ],
  ]);
});

describe('characters that break data or fool people', () => {
  cases([
    [
      'nul-in-description.md',
      9,
      'description',
      /^holds a NUL control character \(U\+0000\) at character 13; retype the description/,
    ],
    [
      'control-character-in-name.md',
      2,
      'name',
      /^holds an invisible control character \(U\+001B\) at character 15; retype the name without it$/,
    ],
    [
      'right-to-left-override-in-name.md',
      2,
      'name',
      /^holds an invisible right-to-left override \(U\+202E\) at character 12; retype the name without it$/,
    ],
    [
      'zero-width-space-in-name.md',
      2,
      'name',
      /^holds an invisible zero-width space \(U\+200B\) at character 12; retype the name/,
    ],
    ['lone-surrogate-in-summary.md', 6, 'summary', /^holds half of a broken character \(U\+D83D\) at character 11/],
    [
      'noncharacter-in-schedule-note.md',
      9,
      'schedule.note (1st meeting time)',
      /^holds a noncharacter \(U\+FFFF\) at character 8; retype the note/,
    ],
    ['line-break-in-name.md', 3, 'name', /^holds a line break \(U\+000A\) at character 8; write the name on one line$/],
    [
      'bidi-isolate-in-description.yaml',
      8,
      'description',
      /^holds an invisible right-to-left isolate \(U\+2067\) at character 9 \(and 1 more like it\); retype the description/,
    ],
  ]);

  it('checks every text of site.yaml the same way', () => {
    const good = readFileSync(join(fixtures, 'project/data/site.yaml'), 'utf8');
    const text = good.replace('name: Test Community Map', 'name: Test Community\u202eMap');
    expect(text).not.toBe(good);
    expect(checkSite('data/site.yaml', text).problems.map(formatProblem)).toEqual([
      'data/site.yaml:2: name: holds an invisible right-to-left override (U+202E) at character 15; retype the name without it',
    ]);
  });
});

describe('e-mail addresses in free text', () => {
  const published =
    /^an e-mail address in the (description|note|summary) would be published; put the organisation's address in the `email` field, and leave out anyone's personal address$/;
  cases([
    ['email-in-description.md', 9, 'description', published],
    ['mailto-link-in-description.md', 9, 'description', published],
    ['email-in-schedule-note.yaml', 9, 'schedule.note (1st meeting time)', published],
    ['email-in-private-home-summary.md', 5, 'summary', published],
  ]);
});

describe('the Markdown description', () => {
  cases([
    ['raw-html-body.md', 13, 'description', /raw HTML \(<b…\) is not allowed; write plain Markdown instead/],
    ['inline-html-body.md', 15, 'description', /raw HTML \(<span…\) is not allowed/],
    [
      'javascript-link-body.md',
      13,
      'description',
      /link "javascript:alert\(1\)" is not allowed; links must start with https:\/\//,
    ],
    ['javascript-link-definition-body.md', 15, 'description', /link "javascript:alert\(1\)" is not allowed/],
    ['relative-link-body.md', 13, 'description', /link "\/about" is not allowed; links must start with https:\/\//],
    ['image-in-body.md', 13, 'description', /images are not allowed in descriptions .*remove the !\[…\]\(…\) part/],
    ['bad-yaml-description.yaml', 9, 'description', /raw HTML \(<a…\) is not allowed/],
    [
      'userinfo-link-body.md',
      9,
      'description',
      /^link "https:\/\/example\.org@evil\.example\/" has "example\.org@" before the site's name, so it would open evil\.example/,
    ],
    [
      'tel-link-not-a-number.md',
      9,
      'description',
      /^link "tel:call-the-office" is not a phone number that dials; write the number/,
    ],
  ]);

  it("warns, without failing, when a link's words name another site than it opens", () => {
    const path = 'warning/misleading-link-text.md';
    expect(check(path).map(formatProblem)).toEqual([
      `${path}:9: description: warning: link text names example.org but the link opens evil.example; make the words match the address, or describe the place in words`,
      `${path}:9: description: warning: link text names example.org but the link opens example.org.evil.example; make the words match the address, or describe the place in words`,
    ]);
  });

  it('refuses a TODO: placeholder left in the description, which would be published', () => {
    const head =
      'name: X Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n';
    const md = checkListing('x.md', `---\n${head}---\nFirst line.\nTODO: describe it\n`, { site, today: TODAY });
    expect(md.problems.map(formatProblem)).toEqual([
      'x.md:9: description: still has a placeholder line starting "TODO:", which would be published as it is; replace the line with two or three plain sentences about the place, or delete it',
    ]);
    const yaml = checkListing('x.yaml', `${head}description: |\n  TODO: describe it\n`, { site, today: TODAY });
    expect(yaml.problems).toEqual([expect.objectContaining({ line: 7, field: 'description', severity: 'error' })]);
  });

  it('reports raw HTML once per element, not again for its closing tag', () => {
    const text =
      '---\nname: X Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\nOpen\n<b>today</b> only.\n';
    expect(checkListing('x.md', text, { site, today: TODAY }).problems.map(formatProblem)).toEqual([
      'x.md:9: description: raw HTML (<b…) is not allowed; write plain Markdown instead',
    ]);
  });

  it('allows https and tel links, and http links with a warning (an e-mail link is reported as an e-mail address)', () => {
    const text =
      '---\nname: X Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n[a](https://a.example) [b](http://b.example) [d](tel:+15175550100) <https://e.example>\n';
    expect(checkListing('x.md', text, { site, today: TODAY }).problems).toEqual([
      expect.objectContaining({ line: 8, field: 'description', severity: 'warning' }),
    ]);
  });
});

describe('translations', () => {
  cases([
    [
      'translation-language-not-built.md',
      9,
      'translations.fr',
      /^the site is not built in fr; it is built in en, es: translate into es, or add fr to languages in data\/site\.yaml/,
    ],
    [
      'translation-default-language.md',
      9,
      'translations.en',
      /^en is the site's first language, the one the fields themselves are written in; put the text in those fields/,
    ],
    ['translation-not-a-language-code.md', 9, 'translations.Spanish', /^is not a language code; .*like es for Spanish/],
    [
      'translation-empty-summary.md',
      11,
      'translations.es.summary',
      /^is empty; write the line in this language, or remove the field to show the original/,
    ],
    [
      'translation-empty-language.md',
      9,
      'translations.es',
      /^is empty; give at least one of name, summary, description in this language, or remove it/,
    ],
    ['translation-unknown-field.md', 10, 'translations.es.summry', /^is not a known field; did you mean "summary"\?/],
    [
      'translation-summary-too-long.md',
      10,
      'translations.es.summary',
      /^is longer than 200 characters; keep it to one/,
    ],
    [
      'translation-invisible-character.md',
      10,
      'translations.es.name',
      /^holds an invisible zero-width space \(U\+200B\) at character 8; retype the name without it/,
    ],
    [
      'translation-email-in-summary.md',
      10,
      'translations.es.summary',
      /^an e-mail address in the summary would be published/,
    ],
    [
      'translation-raw-html.md',
      12,
      'translations.es.description',
      /^raw HTML \(<b…\) is not allowed; write plain Markdown instead/,
    ],
    [
      'translation-javascript-link.yaml',
      15,
      'translations.es.description',
      /^link "javascript:alert\(1\)" is not allowed; links must start with https:\/\//,
    ],
    [
      'translation-nested-quotes.md',
      11,
      'translations.es.description',
      /^nests 12 quotes or list items .*the limit is 10/,
    ],
  ]);

  const head =
    'name: X Place\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n';

  it('accepts a full translation, and keeps its text for the Spanish page', () => {
    const text = `${head}translations:\n  es:\n    name: Lugar X\n    summary: Comida gratis.\n    description: |\n      Llame al [517-555-0100](tel:+15175550100).\n`;
    const checked = checkListing('x.yaml', text, { site, today: TODAY });
    expect(checked.problems).toEqual([]);
    expect(checked.data?.translations).toEqual({
      es: { name: 'Lugar X', summary: 'Comida gratis.', description: 'Llame al [517-555-0100](tel:+15175550100).' },
    });
  });

  it('refuses every translation when the site is built in English only', () => {
    const english: SiteConfig = { ...site, languages: ['en'] };
    const text = `${head}translations:\n  es:\n    summary: Comida gratis.\n`;
    expect(checkListing('x.yaml', text, { site: english, today: TODAY }).problems.map(formatProblem)).toEqual([
      'x.yaml:7: translations.es: the site is not built in es; it is built in en: add es to languages in data/site.yaml (CONTRIBUTING.md, "Adding a language")',
    ]);
  });

  it('reports each problem of one translation in the same round', () => {
    const text = `${head}translations:\n  fr:\n    summry: Bonjour\n  es:\n    name: ""\n    description: |\n      <i>Hola</i>\n`;
    expect(checkListing('x.yaml', text, { site, today: TODAY }).problems.map((p) => `${p.line} ${p.field}`)).toEqual(
      expect.arrayContaining([
        '8 translations.fr.summry',
        '7 translations.fr',
        '10 translations.es.name',
        '12 translations.es.description',
      ]),
    );
  });

  it('refuses a translated description that still has a TODO: placeholder', () => {
    const text = `${head}translations:\n  es:\n    description: |\n      TODO: traducir\n`;
    expect(checkListing('x.yaml', text, { site, today: TODAY }).problems).toEqual([
      expect.objectContaining({ line: 9, field: 'translations.es.description', severity: 'error' }),
    ]);
  });
});

describe('every malformed fixture is rejected and asserted', () => {
  const files = readdirSync(join(fixtures, 'malformed'));
  it('has at least 34 cases', () => expect(files.length).toBeGreaterThanOrEqual(34));
  it.each(files)('%s has at least one error', (file) => {
    expect(check(`malformed/${file}`).filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
  });
  it('every fixture has a line, field and message asserted above', () => {
    expect(files.filter((file) => !asserted.has(file))).toEqual([]);
  });
});

describe('unusual but valid listings pass', () => {
  const valid = readdirSync(join(fixtures, 'valid'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|ya?ml)$/.test(f))
    .map((f) =>
      relative(fixtures, join(fixtures, 'valid', f))
        .split('\\')
        .join('/'),
    );
  it('covers the unusual shapes', () => {
    expect(valid).toEqual(
      expect.arrayContaining([
        'valid/crlf-bom.md',
        'valid/online-only-meeting.md',
        'valid/cafe-esperanza.md',
        'valid/centro-comunitario-nueva-vida.yaml',
        'valid/past-midnight-meeting.md',
        'valid/private-housing.md',
        'valid/fields-only.yaml',
        'valid/short-extension.yml',
        'valid/nested/deeper/nested-listing.md',
        'valid/yearly-event.md',
        'valid/unquoted-clock-time.md',
        'valid/quoted-hash.md',
        'valid/many-scripts.md',
      ]),
    );
  });
  it.each(valid)('%s has no problems', (file) => {
    expect(check(file).map(formatProblem)).toEqual([]);
  });

  it('reads a CRLF + BOM file exactly as an LF file', () => {
    const text = readFileSync(join(fixtures, 'valid/crlf-bom.md'), 'utf8');
    // The bytes must really be there (a checkout that rewrites line ends would hide the case).
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    const crlf = checkListing('a.md', text, { site, today: TODAY });
    const lf = checkListing('a.md', text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), { site, today: TODAY });
    expect(crlf.data).toEqual(lf.data);
    expect(crlf.data?.name).toBe('Windows Editor Pantry');
    expect(crlf.data?.schedule?.[0]).toEqual({ day: 'monday', start: '10:00', end: '12:00' });
  });

  it('keeps line numbers right in a CRLF + BOM file', () => {
    const text = readFileSync(join(fixtures, 'valid/crlf-bom.md'), 'utf8').replace('"10:00"', '"10am"');
    const problems = checkListing('a.md', text, { site, today: TODAY }).problems;
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.md:8: schedule\.start \(1st meeting time\): /),
    ]);
  });

  it('keeps non-ASCII names intact', () => {
    const text = readFileSync(join(fixtures, 'valid/cafe-esperanza.md'), 'utf8');
    expect(checkListing('a.md', text, { site, today: TODAY }).data?.name).toBe(
      'Café Esperanza — Centro Comunitario Nueva Vida',
    );
  });

  it('keeps a quoted "#" in the value', () => {
    const text = readFileSync(join(fixtures, 'valid/quoted-hash.md'), 'utf8');
    const data = checkListing('a.md', text, { site, today: TODAY }).data;
    expect(data?.name).toBe('Club #5');
    expect(data?.summary).toBe('Room #2, upstairs');
  });

  it('reads a meeting past midnight as it is written', () => {
    const text = readFileSync(join(fixtures, 'valid/past-midnight-meeting.md'), 'utf8');
    expect(checkListing('a.md', text, { site, today: TODAY }).data?.schedule).toEqual([
      { day: 'saturday', start: '23:30', end: '00:30' },
    ]);
  });

  it('applies the defaults a listing leaves out', () => {
    const text = readFileSync(join(fixtures, 'valid/fields-only.yaml'), 'utf8');
    expect(checkListing('a.yaml', text, { site, today: TODAY }).data).toMatchObject({
      attendance: 'in-person',
      languages: ['en'],
      status: 'active',
      location_private: false,
      last_verified: '2026-10-01',
    });
  });
});

describe('rules across files', () => {
  it('rejects the same slug in two folders of a fixture project, naming both files', () => {
    const report = validateProject(join(fixtures, 'duplicate-slug'), { today: TODAY });
    expect(report.problems.map(formatProblem)).toEqual([
      'data/listings/food/community-closet.md:1: file name: "community-closet" is already used by data/listings/clothing/community-closet.md; every file name must be unique across all folders, so rename one of them',
    ]);
  });
});

describe('site.yaml', () => {
  const good = readFileSync(join(fixtures, 'project/data/site.yaml'), 'utf8');
  const siteProblems = (text: string) => checkSite('data/site.yaml', text).problems.map(formatProblem);

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
    expect(siteProblems(text)).toEqual([
      expect.stringMatching(/^data\/site\.yaml:6: region\.bounds: must be \[\[south, west\], \[north, east\]\]/),
      expect.stringMatching(
        /^data\/site\.yaml:7: timezone: is not an IANA time zone; write it like "America\/Detroit"/,
      ),
      expect.stringMatching(
        /^data\/site\.yaml:10: colour: is not a known field; remove it, or use one of the fields allowed here \(name, /,
      ),
    ]);
  });

  it('catches bounds written [lng, lat] through the center', () => {
    const text = good.replace('[[42.55, -84.85], [42.90, -84.25]]', '[[-84.85, 42.55], [-84.25, 42.90]]');
    expect(text).not.toBe(good);
    expect(siteProblems(text)).toEqual([
      'data/site.yaml:5: region.center: is outside region.bounds; the map must open inside the area, and both are written [lat, lng]',
    ]);
  });

  it.each([
    ['stale_after_days: 180', 'stale_after_days: "six months"', 9, 'stale_after_days', /must be a number/],
    ['stale_after_days: 180', 'stale_after_days: 5', 9, 'stale_after_days', /too small \(at least 30\)/],
    ['  zoom: 12', '\tzoom: 12', 6, 'yaml', /tab character/],
    [
      '  url: https://github.com/example/recovery-asset-map',
      '  url: github.com/example',
      11,
      'repository.url',
      /starting with https:\/\//,
    ],
    [
      'name: Test Community Map',
      'name: Map #1 of Lansing',
      2,
      'name',
      /is read as "Map" because " #1 of Lansing" starts a comment/,
    ],
  ])('%s → %s is reported on line %i as %s', (from, to, line, field, message) => {
    const text = good.replace(from, to);
    expect(text).not.toBe(good);
    const { problems } = checkSite('data/site.yaml', text);
    expect(problems).toEqual([expect.objectContaining({ line, field, severity: 'error' })]);
    expect(problems[0]!.message).toMatch(message);
  });

  it('lists every required field of an empty site.yaml', () => {
    expect(checkSite('data/site.yaml', '').problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'name: is missing; this field is required',
      'region: is missing; this field is required',
      'timezone: is missing; this field is required',
      'repository: is missing; this field is required',
    ]);
  });

  it('reads a CRLF + BOM site.yaml and fills the defaults', () => {
    const { site: read, problems } = checkSite('data/site.yaml', `\uFEFF${good.replace(/\n/g, '\r\n')}`);
    expect(problems).toEqual([]);
    expect(read).toMatchObject({
      timezone: 'America/Detroit',
      stale_after_days: 180,
      languages: ['en'],
      region: {
        bounds: [
          [42.55, -84.85],
          [42.9, -84.25],
        ],
        country: 'US',
      },
    });
  });
});
