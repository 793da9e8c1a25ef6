import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { parseState, runFinder, serializeState } from '#lib/finder/query.ts';
import { indexesOf } from '#lib/finder/bitset.ts';
import { attendanceMatches, meetingFiltersQuery, parseMeetingFilters, rowMatches } from '#lib/meetings/filters.ts';
import { listingTimes, meetingRows, minutesOnSiteClock, placeText } from '#lib/meetings/rows.ts';
import { decodeTimes, encodeTimes, isOnAt, liveLine, onNowBits } from '#lib/time/open-now.ts';
import { decodeSlots, encodeSlots, type WeeklySlot } from '#lib/time/schedule.ts';
import { listingSchema, type ListingInput } from '#schemas/listing.ts';
import { timeOfDay } from '#taxonomy';
import { timeWords } from '#i18n/index.ts';

const SITE_ZONE = 'America/Detroit';
const EN = timeWords('en');
const ES = timeWords('es');

/** A valid listing after defaults, from the few fields a test cares about. */
function listing(over: Partial<ListingInput> = {}) {
  return listingSchema.parse({
    name: 'Test Group',
    category: 'mutual-aid-meeting',
    support: ['emotional'],
    address: { street: '1 Main St', city: 'Lansing', region: 'MI', postal_code: '48912' },
    geo: { lat: 42.73, lng: -84.55 },
    schedule: [{ day: 'monday', start: '19:00', end: '20:00' }],
    last_verified: '2026-11-01',
    ...over,
  });
}

describe('slots in data attributes', () => {
  const slot: fc.Arbitrary<WeeklySlot> = fc.record(
    {
      day: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 0, max: 1439 }),
      end: fc.integer({ min: 0, max: 1440 }),
    },
    { requiredKeys: ['day', 'start'] },
  );

  it('round-trip any weekly slots', () => {
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 8 }), (slots) => {
        expect(decodeSlots(encodeSlots(slots))).toEqual(slots);
      }),
    );
  });

  it('drop malformed parts instead of guessing', () => {
    expect(decodeSlots('0:1140-1200;9:60;x;3:420;1:-5')).toEqual([
      { day: 0, start: 1140, end: 1200 },
      { day: 3, start: 420 },
    ]);
    expect(decodeSlots('')).toEqual([]);
  });
});

describe('a listing’s times', () => {
  it('uses the schedule when there is one, and the listing’s own zone', () => {
    expect(listingTimes(listing({ timezone: 'America/Chicago' }), SITE_ZONE)).toEqual({
      kind: 'schedule',
      timezone: 'America/Chicago',
      slots: '0:1140-1200',
    });
  });

  it('reads "23:59" in hours as closing at midnight', () => {
    const times = listingTimes(
      listing({ schedule: undefined, hours: [{ days: ['saturday', 'sunday'], opens: '08:00', closes: '23:59' }] }),
      SITE_ZONE,
    );
    expect(times).toEqual({ kind: 'hours', timezone: SITE_ZONE, slots: '5:480-1440;6:480-1440' });
  });

  it('keeps event dates and gives nothing for a listing without times', () => {
    expect(listingTimes(listing({ event_dates: ['2026-12-31'] }), SITE_ZONE)?.dates).toBe('2026-12-31');
    expect(listingTimes(listing({ schedule: undefined }), SITE_ZONE)).toBeUndefined();
  });
});

describe('meeting rows', () => {
  const rows = meetingRows(
    [
      { slug: 'late', data: listing({ name: 'Late Group', schedule: [{ day: 'monday', start: '21:30' }] }) },
      {
        slug: 'online',
        data: listing({
          name: 'Online Group',
          attendance: 'online',
          address: undefined,
          geo: undefined,
          conference_url: 'https://example.org/join',
          pathways: ['all-pathways'],
          schedule: [
            { day: 'sunday', start: '07:00', end: '08:00' },
            { day: 'monday', start: '07:00', end: '08:00' },
          ],
        }),
      },
      {
        slug: 'house',
        data: listing({
          name: 'Area Group',
          location_private: true,
          address: { city: 'Okemos', postal_code: '48864' },
          schedule: [{ day: 'monday', start: '12:00', end: '13:00' }],
        }),
      },
      { slug: 'no-schedule', data: listing({ schedule: undefined }) },
    ].map((l) => ({ slug: l.slug, data: l.data })),
    SITE_ZONE,
    EN,
  );

  it('gives one row per weekly session, by day and then time', () => {
    expect(rows.map((r) => `${r.day} ${r.start} ${r.slug}`)).toEqual([
      '0 07:00 online',
      '0 12:00 house',
      '0 21:30 late',
      '6 07:00 online',
    ]);
  });

  it('never gives an online meeting an address, and a private one only its town', () => {
    const online = rows.find((r) => r.slug === 'online')!;
    expect(online.place).toBeUndefined();
    expect(online.conferenceUrl).toBe('https://example.org/join');
    expect(rows.find((r) => r.slug === 'house')!.place).toBe('Okemos');
    expect(rows.find((r) => r.slug === 'late')!.place).toBe('1 Main St, Lansing');
    expect(placeText(listing({ attendance: 'hybrid', conference_url: 'https://example.org/j' }))).toBe(
      '1 Main St, Lansing',
    );
  });

  it('expands [all-pathways] so every pathway filter finds it, and knows the part of day', () => {
    expect(rows.find((r) => r.slug === 'online')!.pathways).toContain('secular');
    expect(rows.map((r) => r.timeOfDay)).toEqual(['morning', 'afternoon', 'night', 'morning']);
    expect([timeOfDay(0), timeOfDay(299), timeOfDay(300), timeOfDay(1019), timeOfDay(1020)]).toEqual([
      'night',
      'night',
      'morning',
      'afternoon',
      'evening',
    ]);
  });
});

describe('meetings kept in another zone', () => {
  it('sort by when they start on the site’s clock', () => {
    const rows = meetingRows(
      [
        { slug: 'eastern', data: listing({ name: 'Aa', schedule: [{ day: 'tuesday', start: '19:30' }] }) },
        {
          slug: 'central',
          data: listing({ name: 'Bb', timezone: 'America/Chicago', schedule: [{ day: 'tuesday', start: '19:00' }] }),
        },
      ],
      SITE_ZONE,
      EN,
      { reference: '2026-11-25' },
    );
    expect(rows.map((r) => [r.slug, r.siteMinutes])).toEqual([
      ['eastern', 1170],
      ['central', 1200],
    ]);
  });

  it('count a late session that is tomorrow on the site’s clock past 1440, and respect clock changes', () => {
    expect(minutesOnSiteClock(6, '23:30', 'America/Chicago', SITE_ZONE, '2026-11-25')).toBe(1440 + 30);
    // Mid-March: London has not changed its clocks yet, Detroit has (4 hours apart, not 5).
    expect(minutesOnSiteClock(0, '12:00', 'Europe/London', SITE_ZONE, '2026-03-16')).toBe(8 * 60);
    expect(minutesOnSiteClock(0, '12:00', 'Europe/London', SITE_ZONE, '2026-11-25')).toBe(7 * 60);
  });
});

describe('meeting filters in the URL', () => {
  it('reads days and filters, dropping unknown days and repeats', () => {
    const f = parseMeetingFilters('?day=today&fellowship=aa,na,aa&time=evening');
    expect(f.day).toBe('today');
    expect(f.selected.fellowship).toEqual(['aa', 'na']);
    expect(parseMeetingFilters('?day=someday').day).toBe('week');
    expect(parseMeetingFilters('?day=friday').day).toBe('friday');
  });

  it('writes back what it read, keeping parameters it does not own', () => {
    const search = '?day=monday&fellowship=aa,na&attendance=online&utm=x';
    const query = meetingFiltersQuery(parseMeetingFilters(search), search);
    expect(new URLSearchParams(query).get('utm')).toBe('x');
    expect(parseMeetingFilters(query)).toEqual(parseMeetingFilters(search));
    expect(meetingFiltersQuery(parseMeetingFilters(''))).toBe('');
  });

  it('counts hybrid meetings for both "in person" and "online"', () => {
    expect(attendanceMatches('in-person', 'hybrid')).toBe(true);
    expect(attendanceMatches('online', 'hybrid')).toBe(true);
    expect(attendanceMatches('hybrid', 'online')).toBe(false);
    expect(attendanceMatches('online', 'in-person')).toBe(false);
  });

  it('ORs values within a filter and ANDs across filters', () => {
    const row = {
      fellowship: 'na',
      attendance: 'in-person',
      types: ['O', 'BE'],
      time: 'evening',
      support: ['emotional'],
      pathways: ['twelve-step'],
    };
    const none = parseMeetingFilters('').selected;
    expect(rowMatches(row, none)).toBe(true);
    expect(rowMatches(row, parseMeetingFilters('?fellowship=aa,na').selected)).toBe(true);
    expect(rowMatches(row, parseMeetingFilters('?fellowship=aa').selected)).toBe(false);
    expect(rowMatches(row, parseMeetingFilters('?fellowship=na&time=morning').selected)).toBe(false);
    expect(rowMatches(row, parseMeetingFilters('?type=C,BE&pathway=twelve-step').selected)).toBe(true);
    expect(rowMatches({ ...row, fellowship: undefined }, parseMeetingFilters('?fellowship=na').selected)).toBe(false);
  });
});

describe('open now in the finder', () => {
  const data = [
    listing({ name: 'A Monday Meeting' }),
    listing({
      name: 'B Pantry',
      category: 'food',
      support: ['instrumental'],
      schedule: undefined,
      hours: [{ days: ['monday'], opens: '09:00', closes: '17:00' }],
    }),
    listing({ name: 'C No Times', category: 'food', support: ['instrumental'], schedule: undefined }),
    listing({
      name: 'D Chicago Online',
      attendance: 'online',
      address: undefined,
      geo: undefined,
      conference_url: 'https://example.org/j',
      timezone: 'America/Chicago',
    }),
  ];
  const json = encodeTimes(data, SITE_ZONE);
  const times = decodeTimes(JSON.parse(JSON.stringify(json)));
  // Monday 30 November 2026, 19:30 in Detroit (EST) = 00:30 UTC Tuesday.
  const mondayEvening = Date.UTC(2026, 11, 1, 0, 30);

  it('packs each zone once and round-trips', () => {
    expect(json.zones).toEqual([SITE_ZONE, 'America/Chicago']);
    expect(json.listings[2]).toBe('');
    expect(times[2]).toBeUndefined();
    expect(times[1]).toEqual({ kind: 'hours', zone: SITE_ZONE, slots: [{ day: 0, start: 540, end: 1020 }] });
  });

  it('knows what is on, in each listing’s own zone', () => {
    // 19:30 Detroit is 18:30 in Chicago: the Chicago meeting (19:00 there) has not started.
    expect(indexesOf(onNowBits(times, mondayEvening))).toEqual([0]);
    expect(isOnAt(times[3]!, mondayEvening + 60 * 60_000)).toBe(true);
    // Monday noon in Detroit: the pantry is open, no meeting is on.
    expect(indexesOf(onNowBits(times, Date.UTC(2026, 10, 30, 17)))).toEqual([1]);
    expect(liveLine(times[1]!, Date.UTC(2026, 10, 30, 17), SITE_ZONE, EN)).toEqual({
      text: 'Open now · closes at 5:00 PM',
      state: 'open',
    });
  });

  it('reads the same hours once for every listing that keeps them, and answers each listing', () => {
    const pantry = data[1]!;
    const many = [pantry, data[0]!, pantry, data[2]!, pantry, data[3]!, data[0]!];
    const shared = decodeTimes(JSON.parse(JSON.stringify(encodeTimes(many, SITE_ZONE))));
    expect(shared[0]).toBe(shared[2]);
    expect(shared[1]).toBe(shared[6]);
    expect(shared[3]).toBeUndefined();
    // Every hour of a week, each listing on its own and the set at once agree.
    for (let hour = 0; hour < 24 * 7; hour++) {
      const at = Date.UTC(2026, 10, 30, 5) + hour * 3_600_000;
      const alone = shared.flatMap((t, i) => (t && isOnAt(t, at) ? [i] : []));
      expect(indexesOf(onNowBits(shared, at))).toEqual(alone);
    }
    expect(indexesOf(onNowBits(shared, Date.UTC(2026, 10, 30, 17)))).toEqual([0, 2, 4]);
  });

  it('narrows results and counts with open=now, and says how many are open either way', () => {
    const slugs = data.map((_, i) => `l${i}`);
    const index = decodeFacetIndex(
      buildFacetIndex(
        data.map((d, i) => ({ slug: slugs[i]!, data: d })),
        facetValueOrder(data),
      ),
    );
    const onNow = onNowBits(times, mondayEvening);
    const all = runFinder(index, parseState(''), undefined, undefined, onNow);
    expect(all.count).toBe(4);
    expect(all.openCount).toBe(1);
    const open = runFinder(index, parseState('?open=now'), undefined, undefined, onNow);
    expect(open.order).toEqual([0]);
    expect(open.counts.category.get('food')).toBe(0);
    expect(runFinder(index, parseState('?open=now&category=food'), undefined, undefined, onNow).count).toBe(0);
    expect(serializeState(parseState('?category=food&open=now&sort=name'))).toBe('?category=food&open=now&sort=name');
    expect(parseState('?open=yes').open).toBe(false);
  });
});

describe('sessions that are not weekly', () => {
  const monthly = listing({
    schedule: [
      { day: 'saturday', start: '08:00', end: '13:00', weeks: [2] },
      { day: 'monday', start: '19:00' },
    ],
  });
  const rows = meetingRows([{ slug: 'clinic', data: monthly }], SITE_ZONE, EN);

  it('say how they repeat on the meetings page and carry their weeks to the browser', () => {
    const saturday = rows.find((r) => r.day === 5)!;
    expect(saturday.recurrence).toBe('2nd Saturday of the month');
    expect(saturday.slots).toBe('5:480-780w2');
    expect(rows.find((r) => r.day === 0)!.recurrence).toBeUndefined();
  });

  it('are not "open now" on an off week, and their next date is the real one', () => {
    const times = decodeTimes(encodeTimes([monthly], SITE_ZONE))[0]!;
    // Saturday 5 December 2026, 9 AM in Lansing: the 1st Saturday.
    const firstSaturday = Date.UTC(2026, 11, 5, 14);
    expect(isOnAt(times, firstSaturday)).toBe(false);
    expect(isOnAt(times, Date.UTC(2026, 11, 12, 14))).toBe(true);
    expect(liveLine({ ...times, slots: times.slots.slice(0, 1) }, firstSaturday, SITE_ZONE, EN).text).toBe(
      'Next: Saturday, December 12 at 8:00 AM',
    );
  });
});

describe('meeting rows on a Spanish page', () => {
  const translated = listing({
    name: 'Tuesday Circle',
    translations: { es: { name: 'Círculo de los Martes' } },
    schedule: [{ day: 'saturday', start: '08:00', weeks: [2], note: 'Bring a friend' }],
  });
  const plain = listing({ name: 'Area Group', schedule: [{ day: 'saturday', start: '08:00' }] });
  const rows = meetingRows(
    [
      { slug: 'plain', data: plain },
      { slug: 'circle', data: translated },
    ],
    SITE_ZONE,
    ES,
    { lang: 'es', sourceLang: 'en' },
  );

  it('use a translated name as it is, and mark an untranslated one and the notes with their language', () => {
    const circle = rows.find((r) => r.slug === 'circle')!;
    expect(circle.name).toBe('Círculo de los Martes');
    expect(circle.nameLang).toBeUndefined();
    expect(circle.noteLang).toBe('en');
    const area = rows.find((r) => r.slug === 'plain')!;
    expect(area).toMatchObject({ name: 'Area Group', nameLang: 'en' });
  });

  it('say how a session repeats in Spanish, and sort names in Spanish order', () => {
    expect(rows.find((r) => r.slug === 'circle')!.recurrence).toBe('El 2.º sábado de cada mes');
    expect(rows.map((r) => r.slug)).toEqual(['plain', 'circle']);
  });

  it('are not marked on the page in the listings’ own language', () => {
    const english = meetingRows([{ slug: 'circle', data: translated }], SITE_ZONE, EN);
    expect(english[0]).toMatchObject({ name: 'Tuesday Circle' });
    expect(english[0]!.nameLang).toBeUndefined();
    expect(english[0]!.noteLang).toBeUndefined();
  });
});
