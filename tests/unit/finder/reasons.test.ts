import { describe, expect, it } from 'vitest';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetGroups, facetValueOrder } from '#lib/finder/facet-groups.ts';
import { parseState } from '#lib/finder/query.ts';
import { facetLabels, matchedLabels, matchesLine } from '#lib/finder/reasons.ts';
import { facetWordsIn } from '#lib/finder/facet-words.ts';
import { dictionary } from '#i18n/index.ts';
import { listingData } from '../../helpers/listing-data.ts';

const listings = [
  {
    slug: 'a-meeting',
    data: listingData({
      category: 'mutual-aid-meeting',
      languages: ['en', 'es'],
      pathways: ['all-pathways'],
      schedule: [{ day: 'friday' }],
    }),
  },
  { slug: 'b-pantry', data: listingData({ cost: 'free' }) },
];
const data = listings.map((l) => l.data);
const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(data)));
const labels = facetLabels(facetGroups(data, (path) => path, facetWordsIn('en')));
const MATCHES = dictionary('en').finder.matches;

describe('why a card matched', () => {
  it('names the chosen values the listing has, in URL order', () => {
    const { selected } = parseState('?language=es&day=sunday,friday&pathway=secular&cost=free');
    expect(matchedLabels(index, selected, labels, 0)).toEqual(['Secular', 'Spanish (Español)', 'Friday']);
    expect(matchesLine(matchedLabels(index, selected, labels, 0), MATCHES)).toBe(
      'Matches: Secular · Spanish (Español) · Friday',
    );
    expect(matchedLabels(index, selected, labels, 1)).toEqual(['Free']);
  });
  it('says nothing when nothing is chosen', () => {
    const { selected } = parseState('?q=words');
    expect(matchedLabels(index, selected, labels, 0)).toEqual([]);
    expect(matchesLine([], MATCHES)).toBe('');
  });
  it('says it in Spanish on Spanish pages', () => {
    const es = facetLabels(facetGroups(data, (path) => `/es${path}`, facetWordsIn('es')));
    const { selected } = parseState('?language=es&day=friday');
    expect(matchesLine(matchedLabels(index, selected, es, 0), dictionary('es').finder.matches)).toBe(
      `Coincide con: Español · ${dictionary('es').vocabulary.weekdays.friday.label}`,
    );
  });
});
