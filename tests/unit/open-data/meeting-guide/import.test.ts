/**
 * Importing Meeting Guide feeds (src/lib/open-data/meeting-guide/import.ts and the modules it
 * maps records with): a valid feed, and a malformed one whose every record is imported or
 * skipped with a reason. Each listing is checked in a temporary project by the project's own
 * validator. The command line is in tests/integration/import-meeting-guide.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { listingFileText } from '#lib/authoring/listing-file.ts';
import { importFeed } from '#lib/open-data/meeting-guide/import.ts';
import { markdownToPlainText } from '#lib/open-data/meeting-guide/text.ts';
import { checkMarkdownBody } from '#lib/validate/markdown.ts';
import { formatProblem } from '#lib/validate/index.ts';
import { byLabel, changesOf, fieldsOf, options, readJson, tempProject, TODAY, writeAndValidate } from './feeds.ts';

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

  it('imports meetings without a day and time as by appointment (by-appointment.test.ts)', () => {
    expect(skipped('by-appointment')).toBeUndefined();
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

describe('importing a hostile feed (hostile-feed.json)', () => {
  const started = performance.now();
  const outcomes = importFeed(readJson('hostile-feed.json'), options);
  const elapsed = performance.now() - started;

  it('takes spreadsheet formula characters off every text it keeps, and says so', () => {
    const outcome = byLabel(outcomes, 'formula-name');
    const text = outcome.listing!.text;
    expect(text).toContain('name: "HYPERLINK(\\"https://evil.example/');
    expect(text).toContain('summary: "AA meeting at SUM(1+1) Hall, Lansing."');
    expect(text).toContain('street: "1+1 Main St"');
    expect(text).toContain('city: "Lansing"');
    expect(text).toMatch(/---\ncmd/);
    expect(text).toContain('Group: Eastside Group');
    expect(text).not.toMatch(/^\s*\w+: "?[=+\-@]/m);
    const said = changesOf(outcome);
    for (const [what, char] of [
      ['name', '='],
      ['street', '='],
      ['city', '-'],
      ['location', '@'],
      ['notes', '+'],
      ['group', '-'],
    ]) {
      expect(said).toContain(`the ${what} started with "${char}", which a spreadsheet runs as a formula; taken out`);
    }
  });

  it('says when it leaves out a website that is not a web address', () => {
    expect(changesOf(byLabel(outcomes, 'formula-name'))).toContain(
      'website "javascript:alert(1)" is not a web address (http:// or https://); left out',
    );
    expect(changesOf(byLabel(outcomes, 'bad-website'))).toBe(
      'website "not a web address" is not a web address (http:// or https://); left out',
    );
    expect(changesOf(byLabel(outcomes, 'number-website'))).toBe(
      'website a number is not a web address (http:// or https://); left out',
    );
    for (const label of ['formula-name', 'bad-website']) {
      expect(byLabel(outcomes, label).listing!.text).not.toMatch(/^website:/m);
    }
  });

  it('skips a record over the size limit with one line naming its longest field, in well under a second', () => {
    expect(elapsed).toBeLessThan(1000);
    expect(byLabel(outcomes, 'huge-notes').skipped).toEqual({
      kind: 'too long',
      message:
        'is 60,246 characters long, more than the 10,000 a record may have (its longest field, "notes", has 60,002); shorten it and import again',
    });
    expect(byLabel(outcomes, 'after-the-huge-one').listing).toBeDefined();
  });

  it('reads the worst record under the limit in well under a second too', () => {
    // Just under 10,000 characters of notes without a space, in two lines within the validator's
    // line limit: the slowest text the e-mail search meets in a record that is imported.
    const [huge] = readJson('hostile-feed.json').filter((r) => (r as { slug: string }).slug === 'huge-notes');
    const worst = { ...(huge as object), notes: `${'a'.repeat(4_850)}\n${'a'.repeat(4_850)}` };
    const start = performance.now();
    const [outcome] = importFeed([worst], options);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(outcome!.skipped).toBeUndefined();
  });

  it('writes files the validator accepts', () => {
    const report = writeAndValidate(tempProject(), outcomes);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});
