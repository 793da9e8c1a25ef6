import { describe, expect, it } from 'vitest';
import { DEFAULT_WITHIN, gapsMatches, gapsQuery, parseGapsState } from '#lib/gaps/state.ts';
import { buildSessionIndex, decodeSessionIndex } from '#lib/gaps/sessions.ts';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import { indexesOf } from '#lib/finder/bitset.ts';
import { listingData } from '../../helpers/listing-data.ts';

describe('the gaps page state', () => {
  it('reads the finder’s parameters, the distance, parts of the day and weekends, and writes them back', () => {
    const state = parseGapsState(
      '?category=mutual-aid-meeting&pathway=secular,secular&within=5&time=evening,nope&weekend=1&day=monday',
    );
    expect(state.selected.category).toEqual(['mutual-aid-meeting']);
    expect(state.selected.pathway).toEqual(['secular']);
    expect(state.selected.day).toEqual([]);
    expect(state).toMatchObject({ within: 5, time: ['evening'], weekend: true });
    expect(gapsQuery(state)).toBe('?category=mutual-aid-meeting&pathway=secular&time=evening&weekend=1&within=5');
  });

  it('falls back to 10 miles for a distance it does not offer, and leaves the default out of links', () => {
    expect(parseGapsState('within=7').within).toBe(DEFAULT_WITHIN);
    expect(gapsQuery(parseGapsState('category=food'))).toBe('?category=food');
  });

  it('answers "no evening secular meeting" with the meetings’ own start times and days', () => {
    const listings = [
      {
        slug: 'a',
        data: listingData({
          category: 'mutual-aid-meeting',
          pathways: ['secular'],
          schedule: [{ day: 'monday', start: '19:00' }] as never,
        }),
      },
      {
        slug: 'b',
        data: listingData({
          category: 'mutual-aid-meeting',
          pathways: ['secular'],
          schedule: [{ day: 'saturday', start: '09:30' }] as never,
        }),
      },
      {
        slug: 'c',
        data: listingData({
          category: 'mutual-aid-meeting',
          pathways: ['twelve-step'],
          schedule: [{ day: 'sunday', start: '20:00' }] as never,
        }),
      },
      {
        // A weekday evening and a weekend morning: not an evening meeting on a weekend.
        slug: 'd',
        data: listingData({
          category: 'mutual-aid-meeting',
          pathways: ['twelve-step'],
          schedule: [
            { day: 'tuesday', start: '18:30' },
            { day: 'sunday', start: '08:00' },
          ] as never,
        }),
      },
    ];
    const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data))));
    const sessions = decodeSessionIndex(buildSessionIndex(listings.map((l) => l.data) as never), 4);
    const slugs = (q: string) => indexesOf(gapsMatches(index, sessions, parseGapsState(q))).map((i) => index.slugs[i]);
    expect(slugs('category=mutual-aid-meeting&time=evening')).toEqual(['a', 'c', 'd']);
    expect(slugs('category=mutual-aid-meeting&pathway=secular&time=evening')).toEqual(['a']);
    expect(slugs('category=mutual-aid-meeting&weekend=1')).toEqual(['b', 'c', 'd']);
    expect(slugs('category=mutual-aid-meeting&time=morning,evening&weekend=1')).toEqual(['b', 'c', 'd']);
    expect(slugs('category=mutual-aid-meeting&time=evening&weekend=1')).toEqual(['c']);
  });
});
