import { describe, expect, it } from 'vitest';
import { capitalStatement } from '#recovery-capital';
import { finderHref, statementMatches, statementSelection } from '#lib/capital/assets.ts';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { parseState, runFinder } from '#lib/finder/query.ts';
import { listingData } from '../../helpers/listing-data.ts';

const listings = [
  { slug: 'a-clinic', data: listingData({ category: 'treatment', pathways: ['medication-assisted'] }) },
  { slug: 'b-program', data: listingData({ category: 'treatment', pathways: ['twelve-step'] }) },
  { slug: 'c-center', data: listingData({ category: 'treatment', pathways: ['all-pathways'] }) },
  { slug: 'd-house', data: listingData({ category: 'recovery-housing' }) },
  { slug: 'e-pantry', data: listingData({ category: 'food' }) },
];
const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data))));

describe('assets for a statement', () => {
  it('matches as the finder does: any of its categories, narrowed by its pathway (welcoming all counts)', () => {
    const cravings = capitalStatement('craving-medication')!;
    const slugs = statementMatches(index, cravings).map((i) => index.slugs[i]);
    expect(slugs).toEqual(['a-clinic', 'c-center']);
    const finder = runFinder(index, parseState('?category=treatment&pathway=medication-assisted'));
    expect(statementMatches(index, cravings)).toEqual(finder.order);
  });

  it('finds nothing for a statement with no listings of its kinds', () => {
    expect(statementMatches(index, capitalStatement('clothes')!)).toEqual([]);
  });

  it('puts the nearest first when distances are given, places without one last', () => {
    const distances = new Float64Array([Number.NaN, 1, 5, 0.5, 2]);
    const food = { ...capitalStatement('sober-home')!, categories: ['recovery-housing', 'food', 'treatment'] as const };
    expect(statementMatches(index, food, distances).map((i) => index.slugs[i])).toEqual([
      'd-house',
      'b-program',
      'e-pantry',
      'c-center',
      'a-clinic',
    ]);
  });

  it('links the same search in the finder', () => {
    const cravings = capitalStatement('craving-medication')!;
    expect(statementSelection(cravings).category).toEqual(['treatment']);
    expect(finderHref('/es/find/', cravings)).toBe('/es/find/?category=treatment&pathway=medication-assisted');
    expect(finderHref('/find/', capitalStatement('meals')!, '48912')).toBe(
      '/find/?category=food&sort=nearest&near=48912',
    );
  });
});
