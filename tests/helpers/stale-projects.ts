/**
 * Small projects for the re-verification queue tests (unit and command line): listings of every
 * age against the fixture site, which marks listings stale after 180 days.
 */
import { tempProjects } from './temp-project.ts';

/** 2026-05-28 is 180 days before this. */
export const TODAY = '2026-11-24';

/** A valid online listing verified on `verified`; `extra` lines go before last_verified (line 7). */
export const staleListing = (name: string, verified: string, extra = '') =>
  `---\n# yaml-language-server: $schema=../../../public/schema/listing.json\nname: ${name}\ncategory: food\nsupport: [instrumental]\nattendance: online\n${extra}last_verified: ${verified}\nverified_how: phone\n---\nA description.\n`;

export const project = tempProjects('stale-queue-');

/** A project with listings of every age, written in no particular order. */
export const mixedAges = () =>
  project({
    'data/listings/food/fresh.md': staleListing('Fresh Pantry', '2026-11-01', 'phone: "517-555-0100"\n'),
    'data/listings/food/due-soon.md': staleListing(
      'Due Soon Pantry',
      '2026-06-10',
      'website: https://example.org/due\n',
    ),
    'data/listings/food/oldest.md': staleListing('Oldest Pantry', '2025-10-01', 'phone: "517-555-0101"\n'),
    'data/listings/food/stale.md': staleListing('Stale Pantry', '2026-03-01', 'email: hello@example.org\n'),
    'data/listings/food/closed.md': staleListing('Closed Pantry', '2025-01-01', 'status: closed\n'),
    'data/listings/food/last-day.md': staleListing('Last Day Pantry', '2026-05-28'),
    'data/listings/food/first-stale-day.md': staleListing('First Stale Day Pantry', '2026-05-27'),
  });
