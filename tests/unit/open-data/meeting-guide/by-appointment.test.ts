/**
 * Meetings "by appointment": no day and no time, which the Meeting Guide spec allows and TSML UI
 * lists. They are imported as listings without a schedule (`by_appointment: true`), checked by the
 * validator, shown as such on their page and card, and exported back without a day and time.
 */
import { describe, expect, it } from 'vitest';
import { cardHtml } from '#lib/html/card.ts';
import { listingView } from '#lib/html/listing-view.ts';
import { hsdsSchedules } from '#lib/open-data/hsds.ts';
import { meetingGuideFeed, meetingGuideLeftOut } from '#lib/open-data/meeting-guide/export.ts';
import { importFeed } from '#lib/open-data/meeting-guide/import.ts';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { timeWords } from '#i18n/index.ts';
import { readAsTsmlUi } from '../../../helpers/meeting-guide-client.ts';
import { fixtureSite } from '../../../helpers/temp-project.ts';
import { byLabel, changesOf, exportSite, fieldsOf, listing, options, readJson, TODAY } from './feeds.ts';

const record = (over: Record<string, unknown> = {}) => ({
  name: 'Sunday Serenity Sponsorship',
  slug: 'sponsorship-by-appointment',
  types: ['C', 'W'],
  formatted_address: '200 E Grand River Ave, Lansing, MI 48906, USA',
  latitude: 42.737,
  longitude: -84.552,
  updated: '2026-10-01 10:00:00',
  ...over,
});

describe('importing a meeting by appointment', () => {
  it('writes a listing without a schedule, marked by_appointment, and says so in the report', () => {
    const outcome = byLabel(importFeed(readJson('malformed-feed.json'), options), 'by-appointment');
    expect(outcome.skipped).toBeUndefined();
    expect(changesOf(outcome)).toBe(
      'has no day and time (a "by appointment" meeting); listed without a schedule, as by appointment',
    );
    expect(outcome.listing!.text).toContain('\nby_appointment: true\n');
    const data = fieldsOf(outcome);
    expect(data).toMatchObject({ by_appointment: true, attendance: 'in-person', meeting_types: ['C'] });
    expect(data.schedule).toBeUndefined();
  });

  it('reads a lone day or a lone time as by appointment too, as TSML UI does, naming what it left out', () => {
    const [lonelyDay, lonelyTime] = importFeed(
      [record({ slug: 'lonely-day', day: 2 }), record({ slug: 'lonely-time', time: '19:00', day: [] })],
      options,
    );
    expect(changesOf(lonelyDay!)).toBe(
      'has no day and time (a "by appointment" meeting); listed without a schedule, as by appointment; its day 2 without a time was left out',
    );
    expect(changesOf(lonelyTime!)).toMatch(/; its time "19:00" without a day was left out$/);
    expect(fieldsOf(lonelyDay!).by_appointment).toBe(true);
  });

  it('names a meeting by appointment "… by appointment" when its own slug cannot be used', () => {
    const [outcome] = importFeed([record({ slug: '***' })], options);
    expect(outcome!.listing!.slug).toBe('sunday-serenity-sponsorship-by-appointment');
  });
});

describe('the schema and the validator', () => {
  const head = (fields: string) =>
    `---\nname: Sponsorship Meeting\ncategory: mutual-aid-meeting\nsupport: [emotional]\nattendance: online\nconference_phone: "517-555-0100"\n${fields}last_verified: 2026-11-01\n---\n`;
  const check = (text: string) =>
    checkListing('m.md', text, { site: fixtureSite, today: TODAY }).problems.map(formatProblem);

  it('accepts a meeting by appointment with no schedule', () => {
    expect(check(head('by_appointment: true\n'))).toEqual([]);
  });

  it('refuses by_appointment beside a schedule, and on a listing that is not a meeting, saying the fix', () => {
    expect(check(head('schedule:\n  - day: monday\n    start: "19:00"\nby_appointment: true\n'))).toEqual([
      'm.md:10: by_appointment: cannot go with a schedule: a meeting by appointment has no set times; remove schedule, or remove by_appointment if it meets at those times',
    ]);
    expect(check(head('by_appointment: true\n').replace('mutual-aid-meeting', 'dental'))).toEqual([
      'm.md:7: by_appointment: is for mutual aid meetings only; for other listings remove it and say in the description how to make an appointment',
    ]);
  });
});

describe('exporting a meeting by appointment', () => {
  const appointment = listing('by-appointment', { schedule: undefined, by_appointment: true }, 'Call first.');
  const weekly = listing('weekly');

  it('gives one Meeting Guide record without day and time, after every weekly one', () => {
    const feed = meetingGuideFeed([appointment, weekly], exportSite);
    expect(feed.map((m) => m.slug)).toEqual(['weekly', 'by-appointment']);
    expect(feed[1]).not.toHaveProperty('day');
    expect(feed[1]).not.toHaveProperty('time');
    expect(feed[1]).toMatchObject({ name: 'Meeting by-appointment', notes: 'Call first.', approximate: 'no' });
    // TSML UI lists it, at its address, under "Appointment".
    expect(readAsTsmlUi(feed).meetings.find((m) => m.slug === 'by-appointment')).toMatchObject({
      inPerson: true,
      active: true,
    });
  });

  it('comes back by appointment when the export is imported again', () => {
    const [outcome] = importFeed(meetingGuideFeed([appointment], exportSite), options);
    expect(fieldsOf(outcome!)).toMatchObject({ by_appointment: true, name: 'Meeting by-appointment' });
  });

  it('says which meetings have neither a schedule nor by_appointment, and so are not in the feed', () => {
    const timeless = listing('timeless', { schedule: undefined });
    expect(meetingGuideFeed([timeless, appointment], exportSite).map((m) => m.slug)).toEqual(['by-appointment']);
    expect(meetingGuideLeftOut([timeless, appointment])).toEqual([
      'timeless: has no schedule, so it is not in meetings.json; add its weekly times, or by_appointment: true if people arrange a time with the group',
    ]);
  });

  it('gives HSDS one schedule with no times that says it is by appointment', () => {
    expect(hsdsSchedules('by-appointment', appointment.data, 'America/Detroit')).toEqual([
      {
        id: expect.any(String),
        description: 'By appointment: no set day or time; arrange one with the group.',
        notes: 'Local time (America/Detroit).',
      },
    ]);
  });
});

describe('showing a meeting by appointment', () => {
  const appointment = listing('by-appointment', { schedule: undefined, by_appointment: true });
  const site = {
    timezone: 'America/Detroit',
    stale_after_days: 180,
    region: { name: 'Greater Lansing, Michigan', country: 'US' },
    repository: { url: 'https://github.com/example/recovery-asset-map', branch: 'main' },
  };
  const paths = (lang: 'en' | 'es') => ({ base: '/', lang, languages: ['en', 'es'], time: timeWords(lang) });
  const context = (lang: 'en' | 'es') => ({
    today: TODAY,
    staleAfterDays: 180,
    level: 'h2' as const,
    base: '/',
    lang,
    languages: ['en', 'es'],
  });
  const source = { id: appointment.slug, data: appointment.data };

  it('says "By appointment" on its page, in place of a schedule, in English and Spanish', () => {
    expect(listingView(source, site, TODAY, paths('en'))).toMatchObject({
      schedule: undefined,
      byAppointment: {
        label: 'By appointment',
        note: 'There is no set day or time: people arrange one with the group.',
      },
    });
    expect(listingView(source, site, TODAY, paths('es')).byAppointment).toEqual({
      label: 'Con cita previa',
      note: 'No tiene día ni hora fijos: se acuerdan con el grupo.',
    });
    expect(listingView({ id: 'weekly', data: listing('weekly').data }, site, TODAY, paths('en')).byAppointment).toBe(
      undefined,
    );
  });

  it('says it on its card, after where it is', () => {
    expect(cardHtml(source, context('en'))).toContain(
      '<p class="meta">Mutual aid meetings · Lansing · By appointment</p>',
    );
    expect(cardHtml(source, context('es'))).toContain('· Lansing · Con cita previa</p>');
  });
});
