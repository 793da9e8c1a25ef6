/**
 * The re-verification queue (`npm run validate -- --stale`): which listings are on it, in what
 * order, what each line tells a volunteer, and that it is a worklist (exit 0) unless the data
 * has errors. Each test builds a small project in the system's temp folder.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/lib/validate/index.ts';
import {
  countPublished,
  formatQueueItem,
  howToReach,
  queueLines,
  reverificationQueue,
} from '../../src/lib/validate/queue.ts';
import type { ListingData } from '../../src/schemas/listing.ts';
import { tempProjects } from './temp-project.ts';

const cli = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
// The fixture site marks listings stale after 180 days: 2026-05-28 is 180 days before this.
const TODAY = '2026-11-24';

/** A valid online listing verified on `verified`; `extra` lines go before last_verified (line 7). */
const listing = (name: string, verified: string, extra = '') =>
  `---\n# yaml-language-server: $schema=../../../public/schema/listing.json\nname: ${name}\ncategory: food\nsupport: [instrumental]\nattendance: online\n${extra}last_verified: ${verified}\nverified_how: phone\n---\nA description.\n`;

const project = tempProjects('stale-queue-');

const runCli = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [cli, '--root', root, '--today', TODAY, '--stale', ...args], { encoding: 'utf8' });

/** A project with listings of every age, written in no particular order. */
const mixed = () =>
  project({
    'data/listings/food/fresh.md': listing('Fresh Pantry', '2026-11-01', 'phone: "517-555-0100"\n'),
    'data/listings/food/due-soon.md': listing('Due Soon Pantry', '2026-06-10', 'website: https://example.org/due\n'),
    'data/listings/food/oldest.md': listing('Oldest Pantry', '2025-10-01', 'phone: "517-555-0101"\n'),
    'data/listings/food/stale.md': listing('Stale Pantry', '2026-03-01', 'email: hello@example.org\n'),
    'data/listings/food/closed.md': listing('Closed Pantry', '2025-01-01', 'status: closed\n'),
    'data/listings/food/last-day.md': listing('Last Day Pantry', '2026-05-28'),
    'data/listings/food/first-stale-day.md': listing('First Stale Day Pantry', '2026-05-27'),
  });

describe('the queue', () => {
  it('lists stale listings, then those due within 30 days, oldest first, leaving out closed and fresh ones', () => {
    const report = validateProject(mixed(), { today: TODAY });
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
    const report = validateProject(mixed(), { today: TODAY });
    expect(reverificationQueue(report.listings, TODAY, 180, 0).map((item) => item.name)).toEqual([
      'Oldest Pantry',
      'Stale Pantry',
      'First Stale Day Pantry',
    ]);
    expect(reverificationQueue(report.listings, TODAY, 180, 30).length).toBe(5);
  });

  it('points at the last_verified line and says how it was verified and whom to contact', () => {
    const report = validateProject(mixed(), { today: TODAY });
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
    const report = validateProject(mixed(), { today: TODAY });
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

describe('npm run validate -- --stale', () => {
  it('prints the queue instead of stale warnings, and exits 0', () => {
    const run = runCli(mixed());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Stale: not verified in the last 180 days, oldest first:');
    expect(lines[1]).toMatch(/^data\/listings\/food\/oldest\.md:8: Oldest Pantry: last verified 2025-10-01/);
    expect(lines.at(-1)).toMatch(/^3 stale and 2 due soon, of 6 published listings/);
  });

  it('takes --due-within, and rejects a value that is not a number of days', () => {
    expect(runCli(mixed(), '--due-within', '0').stdout).not.toMatch(/Due soon/);
    const bad = runCli(mixed(), '--due-within', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--due-within must be a number of days, like 30, not "soon"/);
  });

  it('prints the errors as usual and exits 1 when the data has errors', () => {
    const root = project({
      'data/listings/food/old.md': listing('Old Pantry', '2025-10-01'),
      'data/listings/food/broken.md': listing('Broken Pantry', '2026-11-01', 'phnoe: "517-555-0100"\n'),
    });
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^data\/listings\/food\/broken\.md:7: phnoe: is not a known field/m);
    expect(run.stdout).toMatch(/✗ 1 error, 1 warning in 3 files/);
    expect(run.stdout).toMatch(/Fix the errors above, then run npm run validate -- --stale again/);
    expect(run.stdout).not.toMatch(/Stale:/);
  });

  it('says when there is nothing to re-verify', () => {
    const run = runCli(project({ 'data/listings/food/fresh.md': listing('Fresh Pantry', '2026-11-01') }));
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('Nothing to re-verify: none of 1 published listing is stale or due within 30 days.');
  });

  it('answers a mistyped option or a file name with one line and the usage, not a stack trace', () => {
    for (const args of [['--stal'], ['data/listings/food/fresh.md']]) {
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(/^usage: npm run validate/m);
      expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });
});
