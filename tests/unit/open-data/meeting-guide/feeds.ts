/**
 * What the Meeting Guide tests share: the small feeds in tests/fixtures/meeting-guide/ (nothing
 * here reads the real feeds kept outside the project), the import options and export site of the
 * test community, and a temporary project in which imported listings are checked by the
 * project's own validator.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ExportListing, ExportSite } from '#lib/open-data/meeting-guide/export.ts';
import type { ImportOptions, RecordOutcome } from '#lib/open-data/meeting-guide/import.ts';
import { listingSchema, type ListingData, type ListingInput } from '#schemas/listing.ts';
import { formatProblem, validateProject } from '#lib/validate/index.ts';
import { fixtureSite, tempProjects } from '../../../helpers/temp-project.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/meeting-guide/${name}`, import.meta.url));
export const readJson = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as unknown[];

export const TODAY = '2026-11-24';
const site = fixtureSite;
const OUT = 'data/listings/meetings';
export const options: ImportOptions = { site, today: TODAY, fellowship: 'aa', outDir: OUT, feed: 'example.org' };
export const exportSite: ExportSite = {
  timezone: site.timezone,
  country: 'US',
  url: 'https://example.org/map/',
  area: site.region.name,
};

/** A temporary project with the fixture site.yaml and an empty data/listings. */
export const tempProject = tempProjects('meeting-guide-');

/** Writes imported listings into a project and returns what the validator made of them. */
export function writeAndValidate(root: string, outcomes: readonly RecordOutcome[]) {
  mkdirSync(join(root, OUT), { recursive: true });
  for (const { listing } of outcomes) if (listing) writeFileSync(join(root, listing.file), listing.text);
  return validateProject(root, { today: TODAY });
}

export const byLabel = (outcomes: readonly RecordOutcome[], label: string) => {
  const found = outcomes.find((outcome) => outcome.label === label);
  if (!found) throw new Error(`no record ${label}`);
  return found;
};
export const changesOf = (outcome: RecordOutcome) => outcome.changes.map((change) => change.message).join('\n');

/** A listing's front matter, parsed the way the build reads it. */
export function fieldsOf(outcome: RecordOutcome): ListingData {
  const text = outcome.listing!.text;
  const root = tempProject();
  writeAndValidate(root, [outcome]);
  const checked = validateProject(root, { today: TODAY }).listings[0]!;
  expect(checked.problems.filter((p) => p.severity === 'error').map(formatProblem), text).toEqual([]);
  return checked.data!;
}

/** A valid listing for the export tests. */
export function listing(slug: string, over: Partial<ListingInput> = {}, body?: string): ExportListing {
  const data = listingSchema.parse({
    name: `Meeting ${slug}`,
    category: 'mutual-aid-meeting',
    support: ['emotional'],
    address: { street: '1021 E Kalamazoo St', city: 'Lansing', region: 'MI', postal_code: '48912' },
    geo: { lat: 42.7309, lng: -84.5369 },
    schedule: [{ day: 'tuesday', start: '19:00', end: '20:00' }],
    last_verified: '2026-11-01',
    ...over,
  });
  return { slug, data, body };
}
