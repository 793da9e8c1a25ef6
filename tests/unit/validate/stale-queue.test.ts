/**
 * The re-verification queue: which listings are on it, in what order, and what each line tells a
 * volunteer (the `npm run validate -- --stale` command is in tests/integration/validate-stale.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '#lib/validate/index.ts';
import { countPublished, formatQueueItem, howToReach, queueLines, reverificationQueue } from '#lib/validate/queue.ts';
import type { ListingData } from '#schemas/listing.ts';
import { mixedAges, TODAY } from '../../helpers/stale-projects.ts';

describe('the queue', () => {
  it('lists stale listings, then those due within 30 days, oldest first, leaving out closed and fresh ones', () => {
    const report = validateProject(mixedAges(), { today: TODAY });
    const queue = reverificationQueue(report.listings, report.today, 180);
    expect(queue.map((item) => [item.name, item.age, item.daysLeft])).toEqual([
      ['Oldest Pantry', 419, -239],
      ['Stale Pantry', 268, -88],
      ['First Stale Day Pantry', 181, -1],
      ['Last Day Pantry', 180, 0],
      ['Due Soon Pantry', 167, 13],
    ]);
    expect(countPublished(report.listings)).toBe(6);
  });

  it('takes another window for "due soon", or none', () => {
    const report = validateProject(mixedAges(), { today: TODAY });
    expect(reverificationQueue(report.listings, TODAY, 180, 0).map((item) => item.name)).toEqual([
      'Oldest Pantry',
      'Stale Pantry',
      'First Stale Day Pantry',
    ]);
    expect(reverificationQueue(report.listings, TODAY, 180, 30).length).toBe(5);
  });

  it('points at the last_verified line and says how it was verified and whom to contact', () => {
    const report = validateProject(mixedAges(), { today: TODAY });
    const [oldest, , , lastDay, dueSoon] = reverificationQueue(report.listings, TODAY, 180).map(formatQueueItem);
    expect(oldest).toBe(
      'data/listings/food/oldest.md:8: Oldest Pantry: last verified 2025-10-01 (419 days ago, by phone); call 517-555-0101',
    );
    expect(lastDay).toMatch(
      /last-day\.md:7: Last Day Pantry: last verified 2026-05-28 \(180 days ago, by phone; stale tomorrow\); /,
    );
    expect(dueSoon).toBe(
      'data/listings/food/due-soon.md:8: Due Soon Pantry: last verified 2026-06-10 (167 days ago, by phone; stale in 14 days); see https://example.org/due',
    );
  });

  it('prints a heading for each part and a count', () => {
    const report = validateProject(mixedAges(), { today: TODAY });
    const lines = queueLines(reverificationQueue(report.listings, TODAY, 180), 6, 180);
    expect(lines[0]).toBe('Stale: not verified in the last 180 days, oldest first:');
    expect(lines).toContain('Due soon: stale within the next 30 days:');
    expect(lines.at(-1)).toMatch(/^3 stale and 2 due soon, of 6 published listings\. Confirm each/);
    expect(queueLines([], 6, 180)).toEqual([
      'Nothing to re-verify: none of 6 published listings is stale or due within 30 days.',
    ]);
  });
});

describe('whom to contact', () => {
  const base = { name: 'X', category: 'food', support: ['instrumental'], last_verified: '2026-01-01' } as const;
  const reach = (fields: Partial<ListingData>) => howToReach({ ...base, ...fields } as ListingData);

  it('offers a phone call first, then e-mail and the website, at most two', () => {
    expect(reach({ phone: '517-555-0100', email: 'a@example.org', website: 'https://example.org' })).toBe(
      'call 517-555-0100 or e-mail a@example.org',
    );
    expect(reach({ website: 'https://example.org', sms: '517-555-0100' })).toBe(
      'see https://example.org or text 517-555-0100',
    );
    expect(reach({ conference_phone: '517-555-0109' })).toBe('call 517-555-0109');
  });

  it('offers a visit only to a public address, then the join link', () => {
    expect(reach({ address: { street: '1 Main St', city: 'Mason' } })).toBe('visit 1 Main St, Mason');
    expect(reach({ address: { street: '1 Main St', city: 'Mason' }, location_private: true })).toMatch(
      /^no phone, e-mail or website/,
    );
    expect(reach({ conference_url: 'https://example.org/join' })).toBe('join https://example.org/join');
  });
});
