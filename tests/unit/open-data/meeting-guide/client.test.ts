/**
 * /exports/meetings.json read as a Meeting Guide client reads it (tests/helpers/meeting-guide-client.ts
 * follows TSML UI): no meeting dropped, no join link hidden, and every meeting either joinable
 * through a link the client shows or at an address people can go to.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { meetingGuideFeed, type ExportListing } from '#lib/open-data/meeting-guide/export.ts';
import { validateProject } from '#lib/validate/index.ts';
import { readAsTsmlUi, type ClientReading } from '../../../helpers/meeting-guide-client.ts';
import { exportSite, listing } from './feeds.ts';

const online = { attendance: 'online', address: undefined, geo: undefined } as const;

/**
 * The meetings the client lists as inactive: neither joinable from home (a join link it shows,
 * or a dial-in number) nor at an address people can go to (not approximate).
 */
function unreachable(reading: ClientReading): string[] {
  return reading.meetings.filter((m) => !m.active).map((m) => m.slug);
}

describe('the Meeting Guide export, read as TSML UI reads it', () => {
  const listings: ExportListing[] = [
    listing('in-person'),
    listing('hybrid', { attendance: 'hybrid', conference_url: 'https://us02web.zoom.us/j/1' }),
    listing('online-no-city', { ...online, conference_url: 'https://meet.google.com/abc-defg-hij' }),
    listing('online-in-okemos', {
      ...online,
      address: { street: '1 Secret Rd', city: 'Okemos', region: 'MI' },
      conference_url: 'https://teams.microsoft.com/l/meetup-join/1',
    }),
    listing('by-phone', { attendance: 'phone', address: undefined, geo: undefined, conference_phone: '+15175550100' }),
  ];
  const feed = meetingGuideFeed(listings, exportSite);
  const reading = readAsTsmlUi(feed);

  it('drops no meeting and hides no join link', () => {
    expect(reading.dropped).toEqual([]);
    expect(reading.hiddenLinks).toEqual([]);
    expect(reading.meetings.map((m) => m.slug).sort()).toEqual(listings.map((l) => l.slug).sort());
  });

  it('gives every meeting a join link it shows, or an address to go to', () => {
    expect(unreachable(reading)).toEqual([]);
    expect(reading.meetings.filter((m) => m.link).map((m) => m.slug)).toEqual(
      expect.arrayContaining(['hybrid', 'online-no-city', 'online-in-okemos']),
    );
    // A dial-in meeting has no link to show; the client lists it as online by its number.
    const byPhone = reading.meetings.find((m) => m.slug === 'by-phone');
    expect(byPhone).toMatchObject({ online: true, active: true });
    expect(byPhone).not.toHaveProperty('link');
  });

  it('keeps a place whose address could not be split: its point, and the area as its address line', () => {
    const [record] = meetingGuideFeed([listing('no-address', { address: undefined })], exportSite);
    expect(record).toMatchObject({ formatted_address: 'Greater Lansing, US', approximate: 'no', latitude: 42.7309 });
    expect(readAsTsmlUi([record!]).meetings[0]).toMatchObject({ inPerson: true, active: true });
  });

  it('places online meetings in their city, or the region, approximately and never at a street', () => {
    const bySlug = Object.fromEntries(feed.map((m) => [m.slug, m]));
    expect(bySlug['online-in-okemos']).toMatchObject({
      formatted_address: 'Okemos, MI, US',
      approximate: 'yes',
      regions: ['Okemos'],
    });
    expect(bySlug['online-no-city']).toMatchObject({ formatted_address: 'Greater Lansing, US', approximate: 'yes' });
    expect(bySlug['by-phone']).toMatchObject({ formatted_address: 'Greater Lansing, US', approximate: 'yes' });
    for (const slug of ['online-in-okemos', 'online-no-city', 'by-phone']) {
      expect(bySlug[slug]).not.toHaveProperty('latitude');
      expect(bySlug[slug]).not.toHaveProperty('longitude');
    }
    expect(JSON.stringify(feed)).not.toContain('Secret');
    expect(reading.meetings.find((m) => m.slug === 'online-in-okemos')).toMatchObject({
      approximate: true,
      inPerson: false,
      link: { provider: 'Teams' },
    });
  });

  it('fails the check when a link is on a service the client does not know', () => {
    const hidden = readAsTsmlUi(
      meetingGuideFeed(
        [listing('self-hosted', { ...online, conference_url: 'https://meet.example.org/x' })],
        exportSite,
      ),
    );
    expect(hidden.hiddenLinks).toEqual([{ slug: 'self-hosted', url: 'https://meet.example.org/x' }]);
    expect(unreachable(hidden)).toEqual(['self-hosted']);
  });

  it('would drop an online meeting without a place, as it did before the export gave one', () => {
    expect(readAsTsmlUi([{ slug: 'nowhere', conference_url: 'https://zoom.us/j/1' }]).dropped).toEqual([
      { slug: 'nowhere', why: 'no address information' },
    ]);
  });

  it('lists a private location as inactive: its area is all the feed gives, and nobody can join from home', () => {
    // A known limit, not a bug: the spec asks in-person meetings for a street address, and a
    // private location never publishes one. The listing's page says how to get in touch.
    const [meeting] = readAsTsmlUi(
      meetingGuideFeed(
        [listing('private', { location_private: true, address: { city: 'Lansing', postal_code: '48912' } })],
        exportSite,
      ),
    ).meetings;
    expect(meeting).toMatchObject({ approximate: true, inPerson: false, active: false });
  });
});

describe("the sample site's Meeting Guide export", () => {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const report = validateProject(root, { today: '2026-11-24' });
  const published = report.listings.flatMap((l) =>
    l.data && l.data.status !== 'closed' ? [{ slug: l.slug, data: l.data, body: l.body }] : [],
  );
  const feed = meetingGuideFeed(published, { ...exportSite, area: report.site!.region.name });
  const reading = readAsTsmlUi(feed);

  it('shows every meeting, online ones included, each with a join link or an address', () => {
    const onlineSessions = feed.filter((m) => m.attendance_option === 'online');
    expect(onlineSessions.length).toBeGreaterThan(10);
    expect(reading.dropped).toEqual([]);
    expect(reading.hiddenLinks).toEqual([]);
    expect(reading.meetings).toHaveLength(feed.length);
    expect(unreachable(reading)).toEqual([]);
  });
});
