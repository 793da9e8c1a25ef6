import { describe, expect, it } from 'vitest';
import { listingView, type ListingSource, type ListingViewSite } from '#lib/html/listing-view.ts';
import { approximateArea, PRIVATE_AREA_RADIUS_M } from '#lib/map/geo.ts';
import { listingSchema, type ListingInput } from '#schemas/listing.ts';
import { dictionary, timeWords } from '#i18n/index.ts';

/** data/site.yaml's settings, as the sample community has them. */
const SITE: ListingViewSite = {
  timezone: 'America/Detroit',
  stale_after_days: 180,
  region: { name: 'Greater Lansing, Michigan', country: 'US' },
  repository: { url: 'https://github.com/example/recovery-asset-map', branch: 'main' },
  contact_email: 'hello@example.org',
};
const TODAY = '2026-11-24';
const LANGUAGES = ['en', 'es'];
const ROOT = { base: '/', lang: 'en', languages: LANGUAGES, time: timeWords('en') } as const;
/** The same page in Spanish, under /es/. */
const ES = { base: '/', lang: 'es', languages: LANGUAGES, time: timeWords('es') } as const;

/** A listing as the content collection gives it, its data checked by the listing schema. */
function entry(
  id: string,
  input: ListingInput,
  extra: Partial<Omit<ListingSource, 'id' | 'data'>> = {},
): ListingSource {
  return { id, data: listingSchema.parse(input), ...extra };
}

/** data/listings/mutual-aid-meeting/capital-city-ca.md */
const meeting = entry(
  'capital-city-ca',
  {
    name: 'Capital City CA',
    category: 'mutual-aid-meeting',
    support: ['emotional', 'affiliational'],
    pathways: ['twelve-step'],
    summary: 'Open Cocaine Anonymous speaker meeting on Thursday nights on the east side of Lansing.',
    address: { street: '1021 E Kalamazoo St', city: 'Lansing', region: 'MI', postal_code: '48912' },
    geo: { lat: 42.7309, lng: -84.5369 },
    schedule: [
      { day: 'thursday', start: '20:00', end: '21:00' },
      { day: 'monday', start: '12:00', note: 'Step study' },
    ],
    fellowship: 'ca',
    meeting_types: ['O', 'SP'],
    cost: 'free',
    last_verified: '2026-07-21',
    verified_how: 'phone',
  },
  {
    body: 'A Cocaine Anonymous speaker meeting on Thursday nights.',
    filePath: 'data/listings/mutual-aid-meeting/capital-city-ca.md',
  },
);

/** data/listings/legal-reentry/tenant-rights-help-desk.md, with a text line and a website. */
const place = entry('tenant-rights-help-desk', {
  name: 'Tenant Rights Help Desk',
  category: 'legal-reentry',
  support: ['informational', 'instrumental'],
  address: { street: '1212 N Washington Ave', city: 'Lansing', region: 'MI', postal_code: '48906' },
  geo: { lat: 42.7487, lng: -84.5545 },
  phone: '517-555-0174',
  sms: '517-555-0175',
  email: 'help@tenants.example.org',
  website: 'https://tenants.example.org/',
  hours: [{ days: ['monday', 'wednesday'], opens: '12:00', closes: '18:00' }],
  populations: ['reentry', 'homeless'],
  languages: ['en', 'es'],
  cost: 'free',
  accessibility: ['wheelchair'],
  features: ['walk-in'],
  description: 'Free advice for renters facing eviction.',
  last_verified: '2026-07-24',
  verified_how: 'phone',
});

/** data/listings/recovery-housing/harbor-house-men.md */
const residence = entry('harbor-house-men', {
  name: 'Harbor House for Men',
  category: 'recovery-housing',
  support: ['instrumental', 'affiliational'],
  pathways: ['all-pathways'],
  address: { city: 'Lansing', region: 'MI', postal_code: '48912' },
  geo: { lat: 42.7391, lng: -84.5287 },
  location_private: true,
  phone: '517-555-0102',
  populations: ['men'],
  cost: 'fee',
  housing: { narr_level: 1, gender: 'men', moud: 'welcome', beds: 8 },
  last_verified: '2026-10-02',
  verified_how: 'provider',
});

/** data/listings/mutual-aid-meeting/online/sunrise-online-aa.md, without its summary. */
const online = entry('sunrise-online-aa', {
  name: 'Sunrise Online AA',
  category: 'mutual-aid-meeting',
  support: ['emotional', 'affiliational'],
  pathways: ['twelve-step'],
  attendance: 'online',
  conference_url: 'https://example.org/join/sunrise-aa',
  conference_phone: '517-555-0100',
  conference_notes: 'The meeting ID is on the join page; this open meeting has no passcode.',
  schedule: [{ day: 'monday', start: '06:30', end: '07:30' }],
  fellowship: 'aa',
  last_verified: '2026-11-18',
  verified_how: 'website',
});

/** data/listings/mutual-aid-meeting/ledges-al-anon-family-group.md */
const closed = entry('ledges-al-anon-family-group', {
  name: 'Ledges Al-Anon Family Group',
  category: 'mutual-aid-meeting',
  support: ['emotional', 'affiliational'],
  address: { street: '305 E Jefferson St', city: 'Grand Ledge', region: 'MI', postal_code: '48837' },
  geo: { lat: 42.7537, lng: -84.7432 },
  schedule: [{ day: 'tuesday', start: '19:00', end: '20:00' }],
  status: 'temporarily-closed',
  status_note: 'The church hall is being repaired; the group plans to meet again in January 2027.',
  last_verified: '2026-11-09',
});

/** data/listings/sober-social/winter-bonfire-and-sledding-day.md */
const event = entry('winter-bonfire-and-sledding-day', {
  name: 'Winter Bonfire & Sledding Day',
  category: 'sober-social',
  support: ['affiliational'],
  summary: 'Sober winter afternoon at Lake Lansing with sledding, a bonfire and hot chocolate.',
  address: { street: '6260 Lake Dr', city: 'Haslett', region: 'MI', postal_code: '48840' },
  geo: { lat: 42.7611, lng: -84.4012 },
  schedule: [{ day: 'saturday', start: '13:00', end: '16:00' }],
  event_dates: ['2027-01-23', '2027-02-06'],
  cost: 'free',
  features: ['kid-friendly', 'food-provided'],
  last_verified: '2026-11-12',
  verified_how: 'email',
});

describe('a meeting with a weekly schedule', () => {
  const view = listingView(meeting, SITE, TODAY, ROOT);

  it('names the page and says what it is', () => {
    expect(view.slug).toBe('capital-city-ca');
    expect(view.name).toEqual({ text: 'Capital City CA' });
    expect(view.status).toBe('active');
    expect(view.metaDescription).toBe(
      'Open Cocaine Anonymous speaker meeting on Thursday nights on the east side of Lansing.',
    );
    expect(view.breadcrumbs).toEqual([
      { href: '/', text: 'Home' },
      { href: '/categories/mutual-aid-meeting/', text: 'Mutual aid meetings' },
    ]);
    expect(view.lede).toEqual({
      category: 'Mutual aid meetings',
      fellowship: 'Cocaine Anonymous (CA)',
      summary: { text: 'Open Cocaine Anonymous speaker meeting on Thursday nights on the east side of Lansing.' },
    });
  });

  it('explains its support and pathways, and badges them by id', () => {
    expect(view.support.map((term) => term.label)).toEqual(['Emotional', 'Community and belonging']);
    expect(view.pathways.map((term) => term.id)).toEqual(['twelve-step']);
    expect(view.badges).toEqual({ support: ['emotional', 'affiliational'], pathways: ['twelve-step'] });
  });

  it('gives the schedule in the site’s zone, a calendar file, and slots for the open-now line', () => {
    expect(view.schedule).toEqual({
      entries: [
        { day: 'thursday', start: '20:00', end: '21:00' },
        { day: 'monday', start: '12:00', note: 'Step study' },
      ],
      timezone: 'America/Detroit',
      calendar: { href: '/listings/capital-city-ca.ics', download: 'capital-city-ca.ics' },
      dates: undefined,
    });
    expect(view.hours).toBeUndefined();
    expect(view.times).toEqual({ kind: 'schedule', timezone: 'America/Detroit', slots: '3:1200-1260;0:720' });
  });

  it('shows the street and offers directions to the true point', () => {
    expect(view.place).toEqual({
      label: 'Address',
      street: '1021 E Kalamazoo St',
      locality: 'Lansing, MI 48912',
      private: false,
    });
    expect(view.actions).toEqual({
      directions: 'https://www.openstreetmap.org/directions?route=%3B42.7309%2C-84.5369#map=16/42.7309/-84.5369',
      mapApp: 'geo:42.7309,-84.5369?q=42.7309,-84.5369(Capital%20City%20CA)',
    });
    expect(view.map).toEqual({ point: { lat: 42.7309, lng: -84.5369 }, areaRadius: undefined });
    expect(view.contacts).toEqual({});
    expect(view.join).toBeUndefined();
  });

  it('says how fresh it is and where to report or edit it', () => {
    expect(view.verified).toEqual({ date: '2026-07-21', ago: '4 months ago', how: 'by phone', stale: false });
    expect(view.closedNote).toBeUndefined();
    expect(view.report.edit).toBe(
      'https://github.com/example/recovery-asset-map/edit/main/data/listings/mutual-aid-meeting/capital-city-ca.md',
    );
    // "Suggest an edit": the listing form on this listing, in the page's language.
    expect(view.report.suggest).toBe('/contribute/edit/?slug=capital-city-ca');
    expect(view.report.issue.href).toMatch(
      /^https:\/\/github\.com\/example\/recovery-asset-map\/issues\/new\?title=Problem\+with\+listing%3A\+Capital\+City\+CA&body=/,
    );
    expect(view.report.issue.host).toBe('GitHub');
    expect(view.report.mail?.href).toMatch(
      /^mailto:hello@example\.org\?subject=Problem%20with%20listing%3A%20Capital%20City%20CA&body=/,
    );
    expect(view.report.mail?.email).toBe('hello@example.org');
  });

  it('offers the e-mail report first: it needs no account', () => {
    expect(view.report.first).toBe(view.report.mail?.href);
  });

  it('passes on its name, town and path when shared, never an absolute address the build made up', () => {
    expect(view.share).toEqual({
      name: 'Capital City CA',
      path: '/listings/capital-city-ca/',
      message: 'Capital City CA · Lansing',
    });
  });

  it('renders the body as its description and lists what is good to know', () => {
    expect(view.about?.html).toBe('<p>A Cocaine Anonymous speaker meeting on Thursday nights.</p>');
    expect(view.details).toEqual([
      { term: 'How to take part', value: 'In person: At a physical place.' },
      { term: 'Cost', value: 'Free: No cost.' },
      { term: 'Languages', value: 'English' },
      { term: 'Meeting type', value: 'Open, Speaker' },
    ]);
    expect(view.housing).toBeUndefined();
    expect(view.employer).toBeUndefined();
  });
});

describe('a place with opening hours', () => {
  const view = listingView(place, SITE, TODAY, ROOT);

  it('gives its hours, not a schedule, in the site’s zone', () => {
    expect(view.hours).toEqual({
      entries: [{ days: ['monday', 'wednesday'], opens: '12:00', closes: '18:00' }],
      timezone: 'America/Detroit',
    });
    expect(view.schedule).toBeUndefined();
    expect(view.times).toEqual({ kind: 'hours', timezone: 'America/Detroit', slots: '0:720-1080;2:720-1080' });
  });

  it('links every way to reach it, numbers dialable and written the local way', () => {
    expect(view.contacts).toEqual({
      phone: { href: 'tel:+15175550174', text: '(517) 555-0174' },
      sms: { href: 'sms:+15175550175', text: '(517) 555-0175' },
      email: { href: 'mailto:help@tenants.example.org', text: 'help@tenants.example.org' },
      website: { href: 'https://tenants.example.org/', text: 'tenants.example.org' },
    });
    expect(view.actions).toEqual({
      call: 'tel:+15175550174',
      text: 'sms:+15175550175',
      directions: 'https://www.openstreetmap.org/directions?route=%3B42.7487%2C-84.5545#map=16/42.7487/-84.5545',
      mapApp: 'geo:42.7487,-84.5545?q=42.7487,-84.5545(Tenant%20Rights%20Help%20Desk)',
    });
    expect(view.share.message).toBe('Tenant Rights Help Desk · Lansing · (517) 555-0174');
  });

  it('uses the YAML description, a summary made from its category and town, and a path by slug', () => {
    expect(view.about?.html).toBe('<p>Free advice for renters facing eviction.</p>');
    expect(view.metaDescription).toBe('Legal help and re-entry in Lansing.');
    expect(view.report.edit).toBe(
      'https://github.com/example/recovery-asset-map/edit/main/data/listings/tenant-rights-help-desk.md',
    );
    expect(view.lede).toEqual({ category: 'Legal help and re-entry', fellowship: undefined, summary: undefined });
    expect(view.pathways).toEqual([]);
  });

  it('lists every practical detail it gives, in the page’s order', () => {
    expect(view.details).toEqual([
      { term: 'How to take part', value: 'In person: At a physical place.' },
      { term: 'Cost', value: 'Free: No cost.' },
      { term: 'Languages', value: 'English, Spanish (Español)' },
      { term: 'Especially for', value: 'Returning citizens, Without housing' },
      { term: 'Accessibility', value: 'Wheelchair accessible' },
      { term: 'Also', value: 'Walk-ins welcome' },
    ]);
  });
});

describe('a private location', () => {
  const view = listingView(residence, SITE, TODAY, ROOT);
  const trueGeo = residence.data.geo!;

  it('shows the town as an area and says why', () => {
    expect(view.place).toEqual({ label: 'Area', street: undefined, locality: 'Lansing, MI 48912', private: true });
  });

  it('maps the centre of its area with a circle, and offers no directions to the true point', () => {
    const centre = approximateArea(trueGeo);
    expect(view.map).toEqual({ point: { lat: centre.lat, lng: centre.lng }, areaRadius: PRIVATE_AREA_RADIUS_M });
    expect(view.map!.point).not.toEqual(trueGeo);
    expect(view.actions).toEqual({ call: 'tel:+15175550102' });
  });

  it('never holds the street or the true point, even if a street slipped into the data', () => {
    const slipped: ListingSource = {
      ...residence,
      data: { ...residence.data, address: { ...residence.data.address!, street: '12 Secret St' } },
    };
    const text = JSON.stringify(listingView(slipped, SITE, TODAY, ROOT));
    expect(text).not.toContain('12 Secret St');
    expect(text).not.toContain(String(trueGeo.lat));
    expect(text).not.toContain(String(trueGeo.lng));
  });

  it('states its housing details, medication policy first', () => {
    expect(view.housing).toEqual({
      moud: {
        id: 'welcome',
        label: 'Medication welcome',
        description: 'Residents who take methadone, buprenorphine or naltrexone are welcome.',
      },
      facts: [
        {
          term: 'NARR level',
          value: 'Level I (peer-run): Democratically run by the residents, such as Oxford Houses.',
        },
        { term: 'Residents', value: 'Men' },
        { term: 'Beds', value: '8' },
      ],
    });
    expect(view.pathways.map((term) => term.label)).toEqual(['All pathways welcome']);
    expect(view.verified.how).toBe('by the provider');
  });

  it('leaves out housing facts the listing does not give', () => {
    const bare = entry('bare-house', { ...residenceInput(), housing: { moud: 'case-by-case' } });
    expect(listingView(bare, SITE, TODAY, ROOT).housing).toEqual({
      moud: {
        id: 'case-by-case',
        label: 'Medication case by case',
        description: 'Residents on medication are considered one by one; call to ask.',
      },
      facts: [],
    });
  });
});

/** The residence's input, for variations on it. */
function residenceInput(): ListingInput {
  return {
    name: 'Harbor House for Men',
    category: 'recovery-housing',
    support: ['instrumental'],
    address: { city: 'Lansing', region: 'MI', postal_code: '48912' },
    geo: { lat: 42.7391, lng: -84.5287 },
    location_private: true,
    last_verified: '2026-10-02',
  };
}

describe('an online-only listing', () => {
  const view = listingView(online, SITE, TODAY, ROOT);

  it('has no place, no map and no directions, only how to join', () => {
    expect(view.place).toBeUndefined();
    expect(view.map).toBeUndefined();
    expect(view.actions).toEqual({});
    expect(view.join).toEqual({
      url: 'https://example.org/join/sunrise-aa',
      phone: { href: 'tel:+15175550100', text: '(517) 555-0100' },
      notes: { text: 'The meeting ID is on the join page; this open meeting has no passcode.' },
    });
  });

  it('is shared as online and described by the region when it has no summary or town', () => {
    expect(view.share.message).toMatch(/ · Online( · |$)/);
    expect(view.metaDescription).toBe('Mutual aid meetings in Greater Lansing, Michigan.');
    expect(view.details[0]).toEqual({
      term: 'How to take part',
      value: 'Online: By video or online only; no physical place.',
    });
    expect(view.about).toBeUndefined();
  });

  it("shows look-alike hosts in punycode, in the website's words and in the links print shows", () => {
    // "exаmple.org" with a Cyrillic "а" (U+0430) reads the same as example.org on screen.
    const lookalike = entry('look-alike', {
      ...online.data,
      website: 'https://ex\u0430mple.org/hours/',
      conference_url: 'https://ex\u0430mple.org/join',
    });
    const { contacts, join } = listingView(lookalike, SITE, TODAY, ROOT);
    expect(contacts.website).toEqual({ href: 'https://xn--exmple-4nf.org/hours/', text: 'xn--exmple-4nf.org/hours' });
    expect(join?.url).toBe('https://xn--exmple-4nf.org/join');
  });

  it('joins by phone alone when there is no link', () => {
    const byPhone = entry('dial-in', {
      ...online.data,
      attendance: 'phone',
      conference_url: undefined,
      conference_notes: undefined,
    });
    expect(listingView(byPhone, SITE, TODAY, ROOT).join).toEqual({
      url: undefined,
      phone: { href: 'tel:+15175550100', text: '(517) 555-0100' },
      notes: undefined,
    });
  });
});

describe('a temporarily closed listing', () => {
  const view = listingView(closed, SITE, TODAY, ROOT);

  it('says so with its note, and gives no open-now times though it has a schedule', () => {
    expect(view.status).toBe('temporarily-closed');
    expect(view.closedNote).toEqual({
      text: 'The church hall is being repaired; the group plans to meet again in January 2027.',
    });
    expect(view.times).toBeUndefined();
    expect(view.schedule?.entries).toEqual([{ day: 'tuesday', start: '19:00', end: '20:00' }]);
  });

  it('asks people to call when it gives no note', () => {
    const noNote = entry('ledges', { ...closed.data, status_note: undefined });
    expect(listingView(noNote, SITE, TODAY, ROOT).closedNote).toEqual({
      text: 'Call before you go to check whether it has reopened.',
    });
  });
});

describe('how fresh a listing is', () => {
  const verifiedOn = (last_verified: string, verified_how?: 'visit') =>
    listingView(entry('x', { ...closed.data, status: 'active', last_verified, verified_how }), SITE, TODAY, ROOT)
      .verified;

  it('is stale once more than the site’s days have passed since it was verified', () => {
    expect(verifiedOn('2026-05-28')).toEqual({
      date: '2026-05-28',
      ago: '6 months ago',
      how: undefined,
      stale: false,
    });
    expect(verifiedOn('2026-05-27')).toEqual({
      date: '2026-05-27',
      ago: '6 months ago',
      how: undefined,
      stale: true,
    });
    expect(verifiedOn('2024-11-01', 'visit')).toEqual({
      date: '2024-11-01',
      ago: '2 years ago',
      how: 'in person',
      stale: true,
    });
  });

  it('follows the site’s own threshold and today', () => {
    const strict = { ...SITE, stale_after_days: 30 };
    expect(listingView(meeting, strict, TODAY, ROOT).verified.stale).toBe(true);
    expect(listingView(meeting, SITE, '2027-01-17', ROOT).verified).toEqual({
      date: '2026-07-21',
      ago: '6 months ago',
      how: 'by phone',
      stale: false,
    });
    expect(listingView(meeting, SITE, '2027-01-18', ROOT).verified.stale).toBe(true);
    expect(listingView(online, SITE, TODAY, ROOT).verified.ago).toBe('6 days ago');
  });
});

describe('an event on set dates', () => {
  const view = listingView(event, SITE, TODAY, ROOT);

  it('lists its dates, read the same in every zone', () => {
    expect(view.schedule?.dates).toEqual([
      { iso: '2027-01-23', text: 'Sat, January 23, 2027' },
      { iso: '2027-02-06', text: 'Sat, February 6, 2027' },
    ]);
    expect(view.times).toEqual({
      kind: 'schedule',
      timezone: 'America/Detroit',
      slots: '5:780-960',
      dates: '2027-01-23,2027-02-06',
    });
    expect(view.details.map((fact) => fact.term)).toEqual(['How to take part', 'Cost', 'Languages', 'Also']);
    expect(view.details[3]).toEqual({ term: 'Also', value: 'Kids welcome, Food provided' });
  });
});

describe('where the site is deployed', () => {
  it('puts every site link under the base path, the shared one too', () => {
    const view = listingView(meeting, SITE, TODAY, { ...ROOT, base: '/map/' });
    expect(view.breadcrumbs.map((link) => link.href)).toEqual(['/map/', '/map/categories/mutual-aid-meeting/']);
    expect(view.schedule?.calendar).toEqual({
      href: '/map/listings/capital-city-ca.ics',
      download: 'capital-city-ca.ics',
    });
    expect(view.share.path).toBe('/map/listings/capital-city-ca/');
  });

  it('has no e-mail report without a contact address, and uses the listing’s own zone and country', () => {
    const abroad = entry('windsor-group', {
      ...meeting.data,
      address: { street: '1 Riverside Dr', city: 'Windsor', region: 'ON', country: 'CA' },
      geo: { lat: 42.32, lng: -83.04 },
      timezone: 'America/Toronto',
    });
    const noEmail: ListingViewSite = { ...SITE, contact_email: undefined };
    const view = listingView(abroad, noEmail, TODAY, ROOT);
    expect(view.report.mail).toBeUndefined();
    // Without an address to write to, the code host's form is the only way, so it comes first.
    expect(view.report.first).toBe(view.report.issue.href);
    expect(view.place?.locality).toBe('Windsor, ON (CA)');
    expect(view.schedule?.timezone).toBe('America/Toronto');
    expect(view.times?.timezone).toBe('America/Toronto');
  });
});

describe('the same listing on a Spanish page', () => {
  const es = dictionary('es');
  const translated = entry(
    'capital-city-ca',
    {
      ...meeting.data,
      translations: {
        es: {
          name: 'CA Ciudad Capital',
          summary: 'Reunión abierta de oradores de Cocaine Anonymous los jueves por la noche en Lansing.',
          description: 'Una reunión de **oradores** los jueves.\n\n- Café gratis',
        },
      },
    },
    { body: meeting.body, filePath: meeting.filePath },
  );
  const view = listingView(translated, SITE, TODAY, ES);

  it('shows the translated name, summary and description, with no language mark and no note', () => {
    expect(view.name).toEqual({ text: 'CA Ciudad Capital' });
    expect(view.lede.summary).toEqual({
      text: 'Reunión abierta de oradores de Cocaine Anonymous los jueves por la noche en Lansing.',
    });
    expect(view.lede.untranslatedNote).toBeUndefined();
    expect(view.metaDescription).toBe(view.lede.summary?.text);
    // The translation is Markdown, rendered by the same renderer as the original.
    expect(view.about).toEqual({
      html: '<p>Una reunión de <strong>oradores</strong> los jueves.</p>\n<ul>\n<li>Café gratis</li>\n</ul>',
    });
  });

  it('keeps every link under /es/, but the one calendar file at the root', () => {
    expect(view.breadcrumbs).toEqual([
      { href: '/es/', text: 'Inicio' },
      { href: '/es/categories/mutual-aid-meeting/', text: es.vocabulary.categories['mutual-aid-meeting'].label },
    ]);
    expect(view.share.path).toBe('/es/listings/capital-city-ca/');
    expect(view.schedule?.calendar.href).toBe('/listings/capital-city-ca.ics');
    const underMap = listingView(translated, SITE, TODAY, { ...ES, base: '/map/' });
    expect(underMap.share.path).toBe('/map/es/listings/capital-city-ca/');
    expect(underMap.breadcrumbs[0]?.href).toBe('/map/es/');
  });

  it('says how fresh it is in Spanish, with the way it was checked', () => {
    expect(view.verified).toEqual({
      date: '2026-07-21',
      ago: 'hace 4 meses',
      how: es.vocabulary.verifiedHow.phone.label,
      stale: false,
    });
  });

  it('writes the report in Spanish, naming the translated listing', () => {
    const issue = new URL(view.report.issue.href);
    expect(issue.searchParams.get('title')).toBe('Problema con un recurso: CA Ciudad Capital');
    expect(issue.searchParams.get('body')).toContain('- [ ] Número de teléfono');
    expect(issue.searchParams.get('labels')).toBe('listing-report');
    const mail = decodeURIComponent(view.report.mail!.href);
    expect(mail).toContain('Recurso: CA Ciudad Capital (capital-city-ca)');
    expect(mail).toContain('¿Qué está mal? (deje las líneas que correspondan)');
  });

  it('names its details, languages and meeting types in Spanish', () => {
    expect(view.details.map((fact) => fact.term)).toEqual(['Cómo participar', 'Costo', 'Idiomas', 'Tipo de reunión']);
    expect(view.details[2]?.value).toBe('Inglés (English)');
    // Meeting Guide's own Spanish names for "O" and "SP".
    expect(view.details[3]?.value).toBe('Abierta, Orador');
    expect(view.place?.label).toBe('Dirección');
  });

  it('puts the town and "En línea" in the text message, after the translated name', () => {
    expect(view.share.message).toBe('CA Ciudad Capital · Lansing');
    expect(listingView(online, SITE, TODAY, ES).share.message).toMatch(/^Sunrise Online AA · En línea/);
  });
});

describe('an untranslated listing on a Spanish page', () => {
  const view = listingView(meeting, SITE, TODAY, ES);

  it('shows the original words marked as English, and notes that they are not translated', () => {
    expect(view.name).toEqual({ text: 'Capital City CA', lang: 'en' });
    expect(view.lede.summary?.lang).toBe('en');
    expect(view.lede.untranslatedNote).toBe('Este resumen aún no está traducido al español.');
    expect(view.about).toEqual({
      html: '<p>A Cocaine Anonymous speaker meeting on Thursday nights.</p>',
      lang: 'en',
      untranslatedNote: 'Esta descripción aún no está traducida al español.',
    });
  });

  it('opens the listing form in Spanish', () => {
    expect(view.report.suggest).toBe('/es/contribute/edit/?slug=capital-city-ca');
  });

  it('describes itself in Spanish for search engines rather than in English', () => {
    const category = dictionary('es').vocabulary.categories['mutual-aid-meeting'].label;
    expect(view.metaDescription).toBe(`${category} en Lansing.`);
  });

  it('marks the listing’s own notes as English, and says the rest in Spanish', () => {
    const closedView = listingView(closed, SITE, TODAY, ES);
    expect(closedView.closedNote).toEqual({ text: closed.data.status_note, lang: 'en' });
    const noNote = entry('ledges', { ...closed.data, status_note: undefined });
    expect(listingView(noNote, SITE, TODAY, ES).closedNote).toEqual({
      text: 'Llame antes de ir para saber si ya volvió a abrir.',
    });
    expect(listingView(online, SITE, TODAY, ES).join?.notes).toEqual({
      text: 'The meeting ID is on the join page; this open meeting has no passcode.',
      lang: 'en',
    });
    expect(view.schedule?.notesLang).toBe('en');
    expect(listingView(meeting, SITE, TODAY, ROOT).schedule?.notesLang).toBeUndefined();
    expect(listingView(residence, SITE, TODAY, ES).place?.label).toBe('Zona');
  });

  it('keeps a hostile translated description as inert as the original', () => {
    const hostile = entry('x', {
      ...online.data,
      translations: { es: { description: '<script>alert(1)</script> [x](javascript:alert(1))' } },
    });
    const html = listingView(hostile, SITE, TODAY, ES).about?.html ?? '';
    expect(html).not.toMatch(/<script|href="javascript:/i);
  });
});
