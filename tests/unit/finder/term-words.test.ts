import { describe, expect, it } from 'vitest';
import { buildFacetIndex, decodeFacetIndex } from '#lib/finder/facets.ts';
import { facetValueOrder } from '#lib/finder/facet-groups.ts';
import {
  TERM_FACETS,
  matchedInBrowser,
  rankWordMatches,
  termMatches,
  termsNamed,
  textSearches,
  wordGroups,
  type TermRef,
} from '#lib/finder/term-words.ts';
import { TERM_WORDS, type WordVocabulary } from '#taxonomy-words';
import { listingData as listing } from '../../helpers/listing-data.ts';

const named = (word: string, last = false) => termsNamed(word, last).map((r) => `${r.key}=${r.value}`);

describe('the terms a typed word names', () => {
  it('reads English and Spanish words, whatever their case and accents', () => {
    expect(named('dentist')).toContain('category=dental');
    expect(named('DENTISTA')).toContain('category=dental');
    expect(named('vivienda')).toContain('category=recovery-housing');
    expect(named('Suboxone')).toEqual(['pathway=medication-assisted']);
    expect(named('gratis')).toEqual(['cost=free']);
    expect(named('baño')).toContain('accessibility=accessible-restroom');
  });
  it('reads a plural as its word, and each word of a phrase', () => {
    expect(named('dentists')).toContain('category=dental');
    expect(named('sober')).toContain('category=recovery-housing');
    expect(named('living')).toContain('category=recovery-housing');
    // "drop-in" is one word to Pagefind and two to a person.
    expect(named('drop-in')).toContain('category=recovery-community-center');
    expect(named('drop')).toContain('category=recovery-community-center');
  });
  it('never reads a short word of a longer phrase as a term, but keeps short words that are a whole phrase', () => {
    for (const word of ['de', 'to', 'in', 'la', 'las', 'en', 'no', 'or', 'the', 'para'])
      expect(named(word), word).toEqual([]);
    expect(named('VA')).toEqual(['population=veterans']);
    expect(named('fe')).toContain('pathway=faith-based');
  });
  it('reads a half-typed last word as the start of a term’s word, from three letters', () => {
    expect(named('dent', true)).toContain('category=dental');
    expect(named('dent')).toEqual([]);
    expect(named('de', true)).toEqual([]);
  });
  it('names only vocabularies the finder can filter on; the rest stay in the search records', () => {
    expect(named('Narcan')).not.toContain('feature=naloxone');
    for (const vocabulary of Object.keys(TERM_WORDS) as WordVocabulary[])
      expect(matchedInBrowser(vocabulary), vocabulary).toBe(Object.hasOwn(TERM_FACETS, vocabulary));
    expect(matchedInBrowser('moud')).toBe(false);
  });
  it('knows no word that is not a term’s', () => {
    expect(named('sunflower')).toEqual([]);
    expect(named('')).toEqual([]);
  });
});

describe('a search’s words in groups', () => {
  it('puts the words that name no term together, first, and each naming word on its own', () => {
    expect(wordGroups('free Sunflower dentist pantry  hill')).toEqual([
      { words: 'Sunflower hill', refs: [] },
      { words: 'free', refs: termsNamed('free') },
      { words: 'dentist', refs: termsNamed('dentist') },
      { words: 'pantry', refs: termsNamed('pantry') },
    ]);
    expect(wordGroups('  ')).toEqual([]);
    expect(wordGroups('!!')).toEqual([]);
  });
  it('reads only the last word as half typed', () => {
    expect(wordGroups('dent')).toEqual([{ words: 'dent', refs: termsNamed('dent', true) }]);
    expect(wordGroups('dent hill')).toEqual([{ words: 'dent hill', refs: [] }]);
  });
});

describe('the text searches a word search makes', () => {
  const plans = (q: string) =>
    textSearches(wordGroups(q), { narrowed: true }).map(
      (p) => `${p.words} | text ${p.inText.join(',')} | terms ${p.byTerms.join(',')}`,
    );

  it('narrowed, searches each choice of words in the text, narrowed to the other words’ terms, most words first', () => {
    // Groups: 0 "free", 1 "dentist".
    expect(plans('free dentist')).toEqual([
      'free dentist | text 0,1 | terms ',
      'free | text 0 | terms 1',
      'dentist | text 1 | terms 0',
    ]);
  });
  it('keeps plain words in every search, and needs no search for terms alone only when there are none', () => {
    // Groups: 0 "sunflower hill" (plain), 1 "dentist".
    expect(plans('sunflower dentist hill')).toEqual([
      'sunflower hill dentist | text 0,1 | terms ',
      'sunflower hill | text 0 | terms 1',
    ]);
    expect(plans('sunflower')).toEqual(['sunflower | text 0 | terms ']);
    expect(plans('dentist')).toEqual(['dentist | text 0 | terms ']);
    expect(plans('')).toEqual([]);
  });
  it('covers every way a listing can match: each group by its text or by its terms', () => {
    const groups = wordGroups('free dentist women');
    const searches = textSearches(groups, { narrowed: true });
    // Every choice but "all by terms" (found without Pagefind) is searched once.
    expect(searches).toHaveLength(2 ** 3 - 1);
    const choices = new Set(searches.map((p) => p.inText.join(',')));
    expect(choices.size).toBe(7);
    for (const p of searches) expect([...p.inText, ...p.byTerms].sort()).toEqual([0, 1, 2]);
  });
  it('past three words naming terms, searches each word’s text whole, on its own', () => {
    const groups = wordGroups('free dentist women veterans');
    expect(groups).toHaveLength(4);
    expect(textSearches(groups, { narrowed: true })).toEqual(
      groups.map((g, i) => ({ words: g.words, inText: [i], byTerms: [] })),
    );
  });
  it('whole, searches each group’s words in all the text, once each', () => {
    const groups = wordGroups('sunflower free dentist');
    expect(textSearches(groups)).toEqual([
      { words: 'sunflower', inText: [0], byTerms: [] },
      { words: 'free', inText: [1], byTerms: [] },
      { words: 'dentist', inText: [2], byTerms: [] },
    ]);
  });
});

describe('the listings a word’s terms match', () => {
  const listings = [
    { slug: 'a-dental', data: listing({ category: 'dental', cost: 'free' }) },
    { slug: 'b-house', data: listing({ category: 'recovery-housing', pathways: ['medication-assisted'] }) },
    { slug: 'c-center', data: listing({ category: 'recovery-community-center', pathways: ['all-pathways'] }) },
    { slug: 'd-clinic', data: listing({ category: 'health', cost: 'free', support: ['instrumental'] }) },
  ];
  const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data))));
  const refs = (...pairs: [TermRef['key'], string][]) => pairs.map(([key, value]) => ({ key, value }));

  it('weighs a listing’s kind above its other terms', () => {
    expect(termMatches(index, refs(['category', 'dental'], ['cost', 'free']))).toEqual(
      new Map([
        [0, 0.8],
        [3, 0.5],
      ]),
    );
    expect(termMatches(index, [])).toEqual(new Map());
    expect(termMatches(index, refs(['cost', 'no-such-cost']))).toEqual(new Map());
  });
  it('finds the listings that name a pathway, not every one that welcomes all', () => {
    expect([...termMatches(index, refs(['pathway', 'medication-assisted'])).keys()]).toEqual([1]);
    expect([...termMatches(index, refs(['pathway', 'all-pathways'])).keys()]).toEqual([2]);
  });
});

describe('ranking what every group matches', () => {
  it('keeps only listings every group matches, by text or by term', () => {
    const found = rankWordMatches(
      [
        { text: [5, 1], terms: new Map([[2, 0.5]]) },
        {
          text: [],
          terms: new Map([
            [1, 0.8],
            [2, 0.8],
            [3, 0.8],
          ]),
        },
      ],
      (id) => id,
    );
    expect(found).toEqual([1, 2]);
  });
  it('puts text matches first in Pagefind’s order, then the kind of place, then other terms, then the given order', () => {
    const found = rankWordMatches(
      [
        {
          text: [9, 4],
          terms: new Map([
            [1, 0.5],
            [2, 0.8],
            [3, 0.5],
            [4, 0.8],
          ]),
        },
      ],
      (id) => -id,
    );
    expect(found).toEqual([9, 4, 2, 3, 1]);
  });
  it('finds nothing without words', () => {
    expect(rankWordMatches([], (id: number) => id)).toEqual([]);
  });
});
