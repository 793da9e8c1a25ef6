/** The fields the finder and the map read, filled in as a plain in-person food listing. */
import type { FacetSource } from '#lib/finder/facets.ts';
import type { PointSource } from '#lib/map/points.ts';

export type TestListing = FacetSource & Partial<PointSource> & { last_verified: string; attendance: string };

export const listingData = (over: Partial<TestListing> = {}): TestListing => ({
  category: 'food',
  support: ['instrumental'],
  attendance: 'in-person',
  languages: ['en'],
  last_verified: '2026-11-01',
  ...over,
});
