/** The Meeting Guide feed the site publishes, /exports/meetings.json (src/lib/open-data/meeting-guide/export.ts). */
import { describe, expect, it } from 'vitest';
import { siteUrl } from '#lib/html/links.ts';
import { approximateArea } from '#lib/map/geo.ts';
import { formatAddress, meetingGuideFeed, meetingGuideLeftOut } from '#lib/open-data/meeting-guide/export.ts';
import { exportSite, listing } from './feeds.ts';

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

  it('leaves out sessions that are not weekly, keeps the weekly ones’ slugs, and says what it left out', () => {
    const listings = [
      listing('monthly', { schedule: [{ day: 'saturday', start: '10:00', weeks: [2] }] }),
      listing('mixed', {
        schedule: [
          { day: 'monday', start: '19:00' },
          { day: 'friday', start: '17:30', every_other_week_from: '2026-01-09' },
        ],
      }),
      listing('dated', { schedule: [{ day: 'sunday', start: '14:00' }], event_dates: ['2026-12-13'] }),
      listing('weekly', { schedule: [{ day: 'sunday', start: '09:00' }] }),
      listing('pantry', { category: 'food', schedule: [{ day: 'saturday', start: '10:00', weeks: [1] }] }),
    ];
    expect(meetingGuideFeed(listings, exportSite).map((m) => m.slug)).toEqual(['weekly', 'mixed-monday-1900']);
    expect(meetingGuideLeftOut(listings)).toEqual([
      'monthly: Saturday 10:00 (2nd Saturday of the month) is not in meetings.json; the Meeting Guide format has weekly meetings only',
      'mixed: Friday 17:30 (Every other Friday) is not in meetings.json; the Meeting Guide format has weekly meetings only',
      'dated: Sunday 14:00 (on set dates, 2026-12-13) is not in meetings.json; the Meeting Guide format has weekly meetings only',
    ]);
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

  it('gives an online meeting only an approximate area, no coordinates, and marks it ONL', () => {
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
    expect(record).toMatchObject({ formatted_address: 'Greater Lansing, US', approximate: 'yes' });
    for (const key of ['latitude', 'longitude']) expect(record).not.toHaveProperty(key);
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
