import { describe, expect, it } from 'vitest';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { categoryCount, categoryState, countMatches, loosenings } from '#lib/finder/no-results.ts';
import { parseState, runFinder, serializeState } from '#lib/finder/query.ts';
import { createBitset, setBit } from '#lib/finder/bitset.ts';
import { listingData as listing } from '../../helpers/listing-data.ts';

const listings = [
  { slug: 'a-dental', data: listing({ category: 'dental', cost: 'free', geo: { lat: 0, lng: 0 } }) },
  { slug: 'b-dental', data: listing({ category: 'dental', cost: 'sliding-scale', languages: ['en', 'es'] }) },
  { slug: 'c-house', data: listing({ category: 'recovery-housing', pathways: ['medication-assisted'] }) },
  { slug: 'd-meeting', data: listing({ category: 'mutual-aid-meeting', attendance: 'online', languages: ['es'] }) },
];
const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data))));
const none = { index, textMatches: undefined, distances: undefined, onNow: undefined };

describe('what to loosen when nothing matches', () => {
  it('counts a state the same way the finder matches it', () => {
    for (const query of ['?category=dental', '?category=dental&cost=free', '?language=es', '?pathway=secular', '']) {
      const state = parseState(query);
      expect(countMatches(none, state), query).toBe(runFinder(index, state).count);
    }
    const state = parseState('?q=teeth&cost=free');
    expect(countMatches({ ...none, textMatches: [0, 1] }, state)).toBe(runFinder(index, state, [0, 1]).count);
  });
  it('offers each selected facet value with the count without it, most first, none that give nothing', () => {
    const state = parseState('?category=dental&cost=free&language=es');
    expect(runFinder(index, state).count).toBe(0);
    const offered = loosenings(none, state);
    expect(offered.map((o) => (o.kind === 'facet' ? `${o.key}=${o.value}:${o.count}` : o.kind))).toEqual([
      'cost=free:1',
      'language=es:1',
    ]);
    // Taking away "dental" still leaves free and Spanish together, which nothing is: not offered.
    expect(serializeState(offered[0]!.state)).toBe('?category=dental&language=es');
    expect(runFinder(index, offered[0]!.state).count).toBe(offered[0]!.count);
  });
  it('offers dropping the words, the distance limit and “open now”', () => {
    const state = parseState('?q=xyz&category=dental&near=48910&radius=5&open=now');
    const onNow = createBitset(index.size);
    setBit(onNow, 0);
    const distances = new Float64Array([1, NaN, 2, NaN]);
    const inputs = { index, textMatches: [], distances, onNow };
    const kinds = loosenings(inputs, state).map((o) => `${o.kind}:${o.count}`);
    expect(kinds).toEqual(['words:1']);
    const noWords = { ...state, q: '' };
    const closedToo = loosenings({ ...inputs, onNow: createBitset(index.size) }, noWords);
    expect(closedToo.map((o) => `${o.kind}:${o.count}`)).toEqual(['open:1']);
  });
  it('shows a whole category, keeping the place but dropping the rest', () => {
    const state = categoryState(parseState('?q=xyz&cost=free&near=48910&radius=5&sort=name'), 'dental');
    expect(serializeState(state)).toBe('?category=dental&sort=name&near=48910');
    expect(categoryCount(index, 'dental')).toBe(2);
    expect(categoryCount(index, 'food')).toBe(0);
  });
});
