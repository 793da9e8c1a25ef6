import { describe, expect, it } from 'vitest';
import { daysSince, isStale, todayIn, verifiedAgo } from '../../src/lib/freshness.ts';
import {
  directionsUrl,
  editUrl,
  formatPhone,
  geoUri,
  reportProblemMailto,
  reportProblemUrl,
  smsHref,
  smsShareHref,
  telHref,
  withBase,
} from '../../src/lib/links.ts';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { renderDescription, renderPlainParagraphs } from '../../src/lib/markdown.ts';
import { searchRecord } from '../../src/lib/search-record.ts';
import { listingSchema } from '../../src/schemas/listing.ts';
import { compareByName, matchesPathway, matchesSupport } from '../../src/lib/match.ts';
import { crossesMidnight, formatClock, formatDays, formatTimeRange, zoneName } from '../../src/lib/time.ts';
import { CATEGORIES, CATEGORY_IDS, PATHWAYS, SUPPORT_TYPES, labelOf, languageLabel } from '../../src/taxonomy.ts';

describe('clock times as people read them', () => {
  it.each([
    ['00:00', 'midnight'],
    ['00:30', '12:30 AM'],
    ['07:05', '7:05 AM'],
    ['12:00', 'noon'],
    ['12:30', '12:30 PM'],
    ['19:00', '7:00 PM'],
    ['23:59', '11:59 PM'],
  ])('%s reads as %s', (time, expected) => {
    expect(formatClock(time)).toBe(expected);
  });

  it('marks a session that runs past midnight', () => {
    expect(crossesMidnight('23:00', '00:30')).toBe(true);
    expect(crossesMidnight('19:00', '20:00')).toBe(false);
    expect(crossesMidnight('19:00', undefined)).toBe(false);
    expect(formatTimeRange('23:00', '00:30')).toBe('11:00 PM – 12:30 AM (next day)');
    expect(formatTimeRange('19:00')).toBe('7:00 PM');
  });

  it('compresses runs of days', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Mon–Fri');
    expect(formatDays(['saturday', 'sunday'])).toBe('Sat, Sun');
    expect(formatDays(['friday', 'monday', 'wednesday'])).toBe('Mon, Wed, Fri');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])).toBe(
      'Every day',
    );
  });

  it('names time zones', () => {
    expect(zoneName('America/Detroit')).toBe('Eastern Time');
    expect(zoneName('Not/AZone')).toBe('Not/AZone');
  });
});

describe('freshness', () => {
  it('counts days in the community time zone', () => {
    // 03:00 UTC on the 25th is still the evening of the 24th in Detroit.
    expect(todayIn('America/Detroit', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-25');
    expect(daysSince('2026-11-01', '2026-11-24')).toBe(23);
    // Across the DST change (2026-11-01) days stay whole.
    expect(daysSince('2026-10-31', '2026-11-02')).toBe(2);
  });

  it('marks listings older than the limit as stale', () => {
    expect(isStale('2026-05-27', '2026-11-24', 180)).toBe(true);
    expect(isStale('2026-05-28', '2026-11-24', 180)).toBe(false);
  });

  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [12, '12 days ago'],
    [95, 'about 3 months ago'],
    [400, 'over a year ago'],
    [800, 'over 2 years ago'],
  ])('%i days reads "%s"', (days, phrase) => {
    expect(verifiedAgo(days)).toBe(phrase);
  });
});

describe('links', () => {
  it('dials and texts in international form', () => {
    expect(telHref('517-555-0142')).toBe('tel:+15175550142');
    expect(smsHref('(517) 555-0142')).toBe('sms:+15175550142');
    expect(formatPhone('517.555.0142')).toBe('(517) 555-0142');
  });

  it('builds directions without any Google dependency', () => {
    expect(directionsUrl(42.73, -84.55)).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B42\.73%2C-84\.55/,
    );
    expect(geoUri(42.73, -84.55, 'A & B')).toBe('geo:42.73,-84.55?q=42.73,-84.55(A%20%26%20B)');
  });

  it('points edit and report links at the repository', () => {
    const repo = { url: 'https://github.com/example/map/', branch: 'main' };
    expect(editUrl(repo, 'data/listings/food/x.md')).toBe(
      'https://github.com/example/map/edit/main/data/listings/food/x.md',
    );
    const report = new URL(reportProblemUrl(repo, 'x', 'X Pantry'));
    expect(report.pathname).toBe('/example/map/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem with listing: X Pantry');
    expect(report.searchParams.get('body')).toContain('`x`');
    expect(report.searchParams.get('body')).toContain('- [ ] Phone number');
  });

  it('offers the same report by e-mail, with spaces a mail app reads', () => {
    const mail = reportProblemMailto('hello@example.org', 'x', 'X & Y Pantry');
    expect(
      mail.startsWith('mailto:hello@example.org?subject=Problem%20with%20listing%3A%20X%20%26%20Y%20Pantry&body='),
    ).toBe(true);
    expect(mail).not.toContain('+');
    const body = decodeURIComponent(mail.split('&body=')[1]!);
    expect(body).toContain('Listing: X & Y Pantry (`x`)');
    expect(body).toContain('- Hours or meeting times');
    expect(body).toContain('do not include anyone’s name');
  });

  it('prefills a text message without a recipient', () => {
    expect(smsShareHref('Pantry · https://example.org/listings/x/')).toBe(
      'sms:?&body=Pantry%20%C2%B7%20https%3A%2F%2Fexample.org%2Flistings%2Fx%2F',
    );
  });

  it('respects a sub-path base', () => {
    expect(withBase('/listings/x/', '/recovery-map/')).toBe('/recovery-map/listings/x/');
    expect(withBase('/', '/')).toBe('/');
  });
});

describe('descriptions', () => {
  it('renders Markdown and escapes any HTML', () => {
    expect(renderDescription('Hello **there**')).toBe('<p>Hello <strong>there</strong></p>');
    expect(renderDescription('<script>alert(1)</script>')).not.toContain('<script>');
    expect(renderDescription('')).toBe('');
  });

  it('renders plain paragraphs without the parser, exactly as micromark does', () => {
    const text = 'A peer-run home in Holt; "no fees" for 30 days.\nCall first!\n\n12 beds, 2:00 pm check-in.\n';
    expect(renderPlainParagraphs(text)).toBe(micromark(text));
    expect(renderPlainParagraphs(text)).toContain('&quot;no fees&quot;');
  });

  it.each([
    ['emphasis', 'Open **every** day'],
    ['a link', 'See [the site](https://example.org)'],
    ['a list', 'Bring:\n- ID\n- a snack'],
    ['a numbered list', '1. Call\n2. Visit'],
    ['a heading', '# Hours'],
    ['an underlined heading', 'Hours\n-----'],
    ['an entity', 'Fish &amp; chips'],
    ['indented code', '    code'],
    ['a hard line break', 'Line one  \nline two'],
    ['HTML', 'a <b>bold</b> move'],
  ])('leaves %s to micromark', (_, text) => {
    expect(renderPlainParagraphs(text)).toBeUndefined();
    expect(renderDescription(text)).toBe(micromark(text));
  });

  it('never differs from micromark on text it accepts (property)', () => {
    const char = fc.constantFrom(...'ab Zé  \n\n.,-12)("\':/!?@%$&{};—*_#>=[]`\\<~|+\t');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const fast = renderPlainParagraphs(text);
        if (fast !== undefined && text.trim() !== '') expect(fast).toBe(micromark(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the word-search record of a listing', () => {
  const data = listingSchema.parse({
    name: 'Harbor House & Friends',
    category: 'recovery-housing',
    support: ['instrumental'],
    pathways: ['medication-assisted'],
    summary: 'Peer-run home',
    address: { city: 'Holt', region: 'MI', postal_code: '48842' },
    geo: { lat: 42.64, lng: -84.51 },
    location_private: true,
    languages: ['en', 'es'],
    populations: ['women'],
    schedule: [{ day: 'friday', start: '19:00', end: '20:00' }],
    housing: { moud: 'welcome', gender: 'women' },
    last_verified: '2026-11-01',
  });
  const record = searchRecord('harbor-house', data, 'Residents <share> chores.');

  it('points at the listing page from the root (Pagefind adds the base path when searching)', () => {
    expect(record.url).toBe('/listings/harbor-house/');
  });
  it('has the name as its title and the words people search for', () => {
    expect(record.content).toContain('<h1>Harbor House &amp; Friends</h1>');
    for (const word of [
      'Recovery housing',
      'Holt',
      'Friday',
      'Spanish',
      'Women',
      'Medication',
      'Residents &lt;share&gt; chores',
    ])
      expect(record.content).toContain(word);
  });
  it('never holds the street of a private location, even if one slipped into the data', () => {
    const withStreet = { ...data, address: { ...data.address!, street: '12 Secret St' } };
    expect(searchRecord('harbor-house', withStreet, '').content).not.toContain('Secret');
    const open = { ...withStreet, location_private: false };
    expect(searchRecord('harbor-house', open, '').content).toContain('12 Secret St');
  });
  it('carries the category, support and pathway filters', () => {
    expect(record.content).toMatch(/data-pagefind-filter="category">Recovery housing</);
    expect(record.content).toMatch(/data-pagefind-filter="support">/);
    expect(record.content).toMatch(/data-pagefind-filter="pathway">/);
  });
});

describe('matching', () => {
  const listing = { category: 'food', support: ['instrumental'], pathways: ['all-pathways'] };
  it('treats all-pathways as matching every pathway', () => {
    for (const pathway of PATHWAYS) expect(matchesPathway(listing, pathway.id)).toBe(true);
    expect(matchesPathway({ ...listing, pathways: ['secular'] }, 'twelve-step')).toBe(false);
    expect(matchesPathway({ ...listing, pathways: undefined }, 'secular')).toBe(false);
  });
  it('matches support types', () => {
    expect(matchesSupport(listing, 'instrumental')).toBe(true);
    expect(matchesSupport(listing, 'emotional')).toBe(false);
  });
  it('sorts names ignoring accents and case', () => {
    const names = [{ name: 'zeta' }, { name: 'Café B' }, { name: 'cafe a' }].sort(compareByName).map((n) => n.name);
    expect(names).toEqual(['cafe a', 'Café B', 'zeta']);
  });
});

describe('taxonomy', () => {
  it('defines each vocabulary once, with unique ids and plain descriptions', () => {
    for (const terms of [CATEGORIES, SUPPORT_TYPES, PATHWAYS]) {
      const ids = terms.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const t of terms) expect(t.description.length).toBeGreaterThan(10);
    }
    expect(CATEGORY_IDS).toContain('recovery-housing');
    expect(labelOf(SUPPORT_TYPES, 'instrumental')).toBe('Practical help');
    expect(languageLabel('ase')).toBe('American Sign Language');
    expect(languageLabel('fi')).toBe('Finnish');
  });
  it('uses person-first language', () => {
    const text = JSON.stringify([CATEGORIES, SUPPORT_TYPES, PATHWAYS]).toLowerCase();
    for (const word of ['addict', 'abuser', 'clean', 'dirty']) expect(text).not.toContain(word);
  });
});

describe('cards', () => {
  it('escapes listing text and marks stale and closed listings', async () => {
    const { cardHtml, escapeHtml } = await import('../../src/lib/card-html.ts');
    expect(escapeHtml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    const html = cardHtml(
      {
        id: 'x-pantry',
        data: {
          name: 'X <Pantry>',
          category: 'food',
          summary: 'Free & open',
          support: ['instrumental'],
          pathways: ['all-pathways'],
          attendance: 'hybrid',
          address: { city: 'Lansing' },
          status: 'temporarily-closed',
          last_verified: '2026-01-01',
        },
      },
      { today: '2026-11-24', staleAfterDays: 180, level: 'h2', base: '/map/' },
    );
    expect(html).toContain('<h2><a href="/map/listings/x-pantry/">X &lt;Pantry&gt;</a></h2>');
    expect(html).toContain('Food · Lansing and online');
    expect(html).toContain('Free &amp; open');
    expect(html).toContain('All pathways welcome');
    expect(html).toContain('<strong>Temporarily closed. </strong>');
    expect(html).toContain('(may be out of date)');
  });
});
