import fc from 'fast-check';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { addToListHtml, cardHtml } from '#lib/html/card.ts';
import { eventDatesText, handoutItem, handoutPlace, hoursLines, scheduleLines } from '#lib/my-list/handout.ts';
import { dictionary, timeWords } from '#i18n/index.ts';
import { MAX_ITEMS, moveItem, parseIds, removeItem, sameList, toggleItem } from '#lib/my-list/list.ts';
import {
  NOTE_MAX,
  cleanNote,
  itemFacts,
  listQuery,
  listText,
  qrSvg,
  readListParams,
  shardCount,
  shardOf,
  smsBodyHref,
  unavailableNotice,
  type HandoutItem,
  type ListWords,
} from '#lib/my-list/share.ts';

const ZONE = 'America/Detroit';
const EN = { siteZone: ZONE, lang: 'en', sourceLang: 'en' } as const;
const ES = { siteZone: ZONE, lang: 'es', sourceLang: 'en' } as const;
const enTime = timeWords('en');
const esTime = timeWords('es');
const enHandout = dictionary('en').list.handout;
const esHandout = dictionary('es').list.handout;
/** The words the list page hands its script. */
const scriptWords = (lang: 'en' | 'es'): ListWords => ({
  ...dictionary(lang).list.script,
  locale: lang === 'en' ? 'en-US' : 'es-US',
});
const enWords = scriptWords('en');
const esWords = scriptWords('es');

describe('reading a list from its link', () => {
  it('keeps slugs in order, each once, lowercased, and drops what cannot be a slug', () => {
    expect(parseIds('b,a,b, C ,,bad slug,x--y,-x,ok-1')).toEqual(['b', 'a', 'c', 'ok-1']);
    expect(parseIds('')).toEqual([]);
    expect(parseIds(null)).toEqual([]);
  });

  it(`keeps at most ${MAX_ITEMS} listings`, () => {
    const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `l${i}`).join(',');
    expect(parseIds(many)).toHaveLength(MAX_ITEMS);
  });

  it('tells "no list named" apart from "an empty list"', () => {
    expect(readListParams('')).toEqual({ ids: undefined, note: '' });
    expect(readListParams('?ids=')).toEqual({ ids: [], note: '' });
    expect(readListParams('?ids=a,b&note=Call%20Tuesday')).toEqual({ ids: ['a', 'b'], note: 'Call Tuesday' });
  });

  it('cleans the note: no control characters, line breaks kept, at most 280 characters', () => {
    expect(cleanNote('one\r\ntwo\u0007\tthree')).toBe('one\ntwothree');
    expect([...cleanNote('é'.repeat(NOTE_MAX + 10))]).toHaveLength(NOTE_MAX);
    expect(cleanNote(undefined)).toBe('');
  });

  it('writes a link that reads back the same list and note', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/), { maxLength: 10 }),
        fc.string({ maxLength: 40 }).map(cleanNote),
        (ids, note) => {
          expect(readListParams(listQuery({ ids, note }))).toEqual({ ids, note });
        },
      ),
    );
    // Commas stay literal, so the link stays short and readable; the note is escaped.
    expect(listQuery({ ids: ['a', 'b'], note: 'x & y' })).toBe('?ids=a,b&note=x%20%26%20y');
    expect(listQuery({ ids: ['a'], note: '' })).toBe('?ids=a');
  });
});

describe('changing a list', () => {
  it('moves a listing up or down, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('removes, and toggles (adding at the end), never beyond the cap', () => {
    expect(removeItem(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleItem(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleItem(['a', 'b'], 'a')).toEqual(['b']);
    const full = Array.from({ length: MAX_ITEMS }, (_, i) => `l${i}`);
    expect(toggleItem(full, 'new')).toEqual(full);
  });

  it('compares lists by order', () => {
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList([], [])).toBe(true);
  });

  it('says politely how many listings are gone', () => {
    expect(unavailableNotice(0, enWords)).toBe('');
    expect(unavailableNotice(1, enWords)).toMatch(/^1 listing on this list is no longer published/);
    expect(unavailableNotice(2, enWords)).toMatch(/^2 listings on this list are no longer published/);
    expect(unavailableNotice(1, esWords)).toBe('1 recurso de esta lista ya no está publicado, así que no aparece.');
    expect(unavailableNotice(3, esWords)).toMatch(/^3 recursos de esta lista ya no están publicados/);
  });
});

describe('the data files', () => {
  it('split listings into files of about 64, and a slug always lands in the same file', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(149)).toBe(3);
    expect(shardCount(10_000)).toBe(157);
    const slugs = Array.from({ length: 10_000 }, (_, i) => `listing-${i}`);
    const sizes = new Array<number>(157).fill(0);
    for (const slug of slugs) sizes[shardOf(slug, 157)]!++;
    expect(Math.max(...sizes)).toBeLessThan(64 * 1.6);
    expect(shardOf('harbor-house-men', 3)).toBe(shardOf('harbor-house-men', 3));
  });
});

describe('a listing’s handout facts', () => {
  const base = {
    name: 'Harbor House',
    category: 'recovery-housing' as const,
    attendance: 'in-person' as const,
    location_private: false,
    status: 'active' as const,
  };

  it('gives street and town for a public place, the town alone for a private home', () => {
    expect(handoutPlace({ ...base, address: { street: '1 Main St', city: 'Lansing', region: 'MI' } }, enHandout)).toBe(
      '1 Main St, Lansing',
    );
    const home = handoutPlace(
      { ...base, location_private: true, address: { city: 'Lansing', region: 'MI' } },
      enHandout,
    );
    expect(home).toBe('Lansing area (the address is private; call to learn more)');
    expect(
      handoutPlace({ ...base, attendance: 'online', address: { street: '1 Main St', city: 'Lansing' } }, enHandout),
    ).toBe('Online');
    expect(handoutPlace({ ...base, attendance: 'phone' }, enHandout)).toBe('By phone');
    expect(
      handoutPlace({ ...base, attendance: 'hybrid', address: { street: '1 Main St', city: 'Lansing' } }, enHandout),
    ).toBe('1 Main St, Lansing, or online');
  });

  it('never carries a private street, even if one slipped into the data', () => {
    const item = handoutItem(
      'x',
      { ...base, location_private: true, address: { street: '9 Secret Ln', city: 'Lansing' } },
      EN,
    );
    expect(JSON.stringify(item)).not.toContain('Secret');
  });

  it('writes hours and schedules as short lines, sessions at one time sharing a line', () => {
    expect(
      hoursLines(
        [
          { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:00', closes: '17:00' },
          { days: ['saturday'], opens: '00:00', closes: '23:59' },
        ],
        enTime,
        enHandout,
      ),
    ).toEqual(['Mon–Fri 9:00 AM – 5:00 PM', 'Sat open 24 hours']);
    expect(
      scheduleLines(
        [
          { day: 'friday', start: '19:00', end: '20:00' },
          { day: 'monday', start: '19:00', end: '20:00' },
          { day: 'saturday', start: '23:00', end: '00:30', note: 'Speaker' },
        ],
        enTime,
        enHandout,
      ),
    ).toEqual(['Every week: Mon, Fri 7:00 PM – 8:00 PM', 'Every week: Sat 11:00 PM – 12:30 AM (next day) · Speaker']);
    // A session that skips weeks says how it repeats and never shares the weekly line.
    expect(
      scheduleLines(
        [
          { day: 'thursday', start: '15:00', end: '18:00', weeks: [1, 3] },
          { day: 'monday', start: '15:00', end: '18:00' },
          { day: 'friday', start: '17:30', every_other_week_from: '2026-01-09' },
        ],
        enTime,
        enHandout,
      ),
    ).toEqual([
      'Every week: Mon 3:00 PM – 6:00 PM',
      '1st and 3rd Thursday of the month: 3:00 PM – 6:00 PM',
      'Every other Friday: 5:30 PM',
    ]);
    expect(eventDatesText(['2027-01-09', '2026-12-05'], 'en-US')).toBe('Sat, Dec 5, 2026; Sat, Jan 9, 2027');
  });

  it('keeps only what a handout needs, and names the zone only when it is not the site’s', () => {
    const item = handoutItem(
      'sunrise',
      {
        ...base,
        category: 'mutual-aid-meeting',
        attendance: 'online',
        phone: '517-555-0100',
        sms: '517-555-0101',
        schedule: [{ day: 'monday', start: '07:00', end: '08:00' }],
        timezone: 'America/Chicago',
        conference_url: 'https://example.org/join',
        conference_phone: '517-555-0102',
        conference_notes: 'Meeting ID is on the join page.',
        status: 'temporarily-closed',
      },
      EN,
    );
    expect(item).toEqual({
      s: 'sunrise',
      n: 'Harbor House',
      c: 'Mutual aid meetings',
      a: 'Online',
      p: ['(517) 555-0100', '+15175550100'],
      t: ['(517) 555-0101', '+15175550101'],
      w: ['Every week: Mon 7:00 AM – 8:00 AM'],
      z: 'Central Time',
      j: 'https://example.org/join',
      jp: ['(517) 555-0102', '+15175550102'],
      jn: 'Meeting ID is on the join page.',
      x: 1,
    });
    // A look-alike host ("exаmple.org", Cyrillic "а") is printed as the host it really is.
    expect(
      handoutItem('z', { ...base, attendance: 'online', conference_url: 'https://ex\u0430mple.org/join' }, EN).j,
    ).toBe('https://xn--exmple-4nf.org/join');
    expect(handoutItem('y', { ...base, hours: [{ days: ['monday'], opens: '09:00', closes: '17:00' }] }, EN).z).toBe(
      undefined,
    );
  });
});

describe('a listing’s handout facts in Spanish', () => {
  const base = {
    name: 'Harbor House',
    category: 'recovery-housing' as const,
    attendance: 'in-person' as const,
    location_private: false,
    status: 'active' as const,
  };

  it('writes places, hours and schedules in Spanish', () => {
    expect(handoutPlace({ ...base, location_private: true, address: { city: 'Lansing' } }, esHandout)).toBe(
      'Área de Lansing (la dirección es privada; llame para saber más)',
    );
    expect(handoutPlace({ ...base, attendance: 'online' }, esHandout)).toBe('En línea');
    expect(
      handoutPlace({ ...base, attendance: 'hybrid', address: { street: '1 Main St', city: 'Lansing' } }, esHandout),
    ).toBe('1 Main St, Lansing, o en línea');
    expect(
      scheduleLines(
        [
          { day: 'monday', start: '19:00', end: '20:00' },
          { day: 'wednesday', start: '19:00', end: '20:00' },
          { day: 'friday', start: '19:00', end: '20:00' },
          { day: 'saturday', start: '08:00', end: '13:00', weeks: [2] },
        ],
        esTime,
        esHandout,
      ),
    ).toEqual(['Cada semana: Lun, Mié, Vie 7:00 p.m. – 8:00 p.m.', 'El 2.º sábado de cada mes: 8:00 a.m. – 1:00 p.m.']);
    expect(hoursLines([{ days: ['sunday'], opens: '00:00', closes: '23:59' }], esTime, esHandout)).toEqual([
      'Dom abierto las 24 horas',
    ]);
    expect(eventDatesText(['2026-12-05'], 'es-US')).toBe('sáb, 5 de dic de 2026');
  });

  it('gives the Spanish category, the listing’s own translation, and marks what is left in English', () => {
    const translated = handoutItem(
      'harbor',
      {
        ...base,
        summary: 'A sober home for men.',
        timezone: 'America/Chicago',
        hours: [{ days: ['monday'], opens: '09:00', closes: '17:00' }],
        translations: { es: { name: 'Casa Harbor', summary: 'Una casa de recuperación para hombres.' } },
      },
      ES,
    );
    expect(translated).toMatchObject({
      n: 'Casa Harbor',
      u: 'Una casa de recuperación para hombres.',
      c: dictionary('es').vocabulary.categories['recovery-housing'].label,
      h: ['Lun 9:00 a.m. – 5:00 p.m.'],
    });
    expect(translated.z).toMatch(/^hora (central|del centro)/i);
    expect(translated).not.toHaveProperty('nl');
    expect(translated).not.toHaveProperty('ul');

    const untranslated = handoutItem('harbor', { ...base, summary: 'A sober home for men.' }, ES);
    expect(untranslated).toMatchObject({ n: 'Harbor House', nl: 'en', u: 'A sober home for men.', ul: 'en' });
    // The default language never marks its own text.
    expect(handoutItem('harbor', { ...base, summary: 'A sober home for men.' }, EN)).not.toHaveProperty('ul');
  });

  it('writes the text message in Spanish', () => {
    const item: HandoutItem = {
      s: 'a',
      n: 'Centro',
      c: 'Centros',
      a: 'En línea',
      p: ['(517) 555-0113', '+15175550113'],
      t: ['(517) 555-0114', '+15175550114'],
      d: 'sáb, 5 dic 2026',
      h: ['Lun–Vie 9:00 a.m. – 5:00 p.m.'],
      z: 'hora central',
      jp: ['(517) 555-0115', '+15175550115'],
      x: 1,
    };
    expect(listText([item], { url: 'https://example.org/es/list/?ids=a', note: '' }, esWords)).toBe(
      [
        '1. Centro',
        '   Cerrado temporalmente',
        '   En línea',
        '   Llame al (517) 555-0113 · Mensaje de texto al (517) 555-0114',
        '   Solo el: sáb, 5 dic 2026',
        '   Horario: Lun–Vie 9:00 a.m. – 5:00 p.m.',
        '   Horas según la hora central',
        '   Unirse por teléfono: (517) 555-0115',
        '',
        'Esta lista en línea: https://example.org/es/list/?ids=a',
      ].join('\n'),
    );
  });
});

describe('the list as text', () => {
  const items: HandoutItem[] = [
    {
      s: 'a',
      n: 'Hub',
      c: 'Recovery community centers',
      a: '1 Main St, Lansing',
      p: ['(517) 555-0113', '+15175550113'],
      h: ['Mon–Fri 9:00 AM – 5:00 PM'],
    },
    {
      s: 'b',
      n: 'Sunrise',
      c: 'Mutual aid meetings',
      a: 'Online',
      w: ['Every week: Every day 6:30 AM – 7:30 AM'],
      j: 'https://example.org/join',
      x: 1,
    },
  ];

  it('lists each listing’s facts: where, phone, when, how to join', () => {
    expect(itemFacts(items[1]!, enWords)).toEqual([
      'Temporarily closed',
      'Online',
      'Every week: Every day 6:30 AM – 7:30 AM',
      'Join online: https://example.org/join',
    ]);
  });

  it('puts the note first and the link last, and nothing else', () => {
    const text = listText(items, { url: 'https://example.org/list/?ids=a,b', note: 'Call before noon' }, enWords);
    expect(text).toBe(
      [
        'Call before noon',
        '1. Hub\n   1 Main St, Lansing\n   Call (517) 555-0113\n   Hours: Mon–Fri 9:00 AM – 5:00 PM',
        '2. Sunrise\n   Temporarily closed\n   Online\n   Every week: Every day 6:30 AM – 7:30 AM\n   Join online: https://example.org/join',
        'This list online: https://example.org/list/?ids=a,b',
      ].join('\n\n'),
    );
    expect(listText(items, { url: 'u', note: '' }, enWords).startsWith('1. Hub')).toBe(true);
  });

  it('fills a text message with no recipient', () => {
    expect(smsBodyHref('a & b\nc')).toBe('sms:?&body=a%20%26%20b%0Ac');
  });
});

describe('the QR code', () => {
  it('draws every dark module and nothing else', () => {
    const { data } = encode('https://example.org/list/?ids=a,b,c', { ecc: 'M', border: 4 });
    const svg = qrSvg(data);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${data.length} ${data.length}"`));
    // Paint the path's runs back onto a grid and compare with the modules.
    const grid = data.map((row) => row.map(() => false));
    for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
    }
    expect(grid).toEqual(data);
  });
});

describe('the "Add to my list" button', () => {
  it('escapes the slug, starts unpressed, and is hidden without JavaScript', () => {
    const html = addToListHtml('Add to my list', 'a"b');
    expect(html).toContain('data-add-to-list data-slug="a&quot;b"');
    expect(html).toContain('class="add-to-list js-only"');
    expect(html).toContain('aria-pressed="false">Add to my list</button>');
  });

  it('is on every card, which names the listing once, on the card itself', () => {
    const card = cardHtml(
      {
        id: 'harbor-house',
        data: {
          name: 'Harbor House',
          category: 'recovery-housing',
          support: ['instrumental'],
          attendance: 'in-person',
          status: 'active',
          last_verified: '2026-11-01',
        },
      },
      { today: '2026-11-20', staleAfterDays: 180, level: 'h2', base: '/', lang: 'en', languages: ['en'] },
    );
    expect(card).toContain('<li class="card" data-listing="harbor-house">');
    expect(card).toContain('data-add-to-list aria-pressed="false">Add to my list</button>');
    expect(card.match(/harbor-house/g)).toHaveLength(2); // data-listing and the heading's link
  });
});
