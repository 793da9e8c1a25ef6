import { describe, expect, it } from 'vitest';
import {
  and,
  createBitset,
  decodeBitset,
  encodeBitset,
  fullBitset,
  hasBit,
  indexesOf,
  intersectionCount,
  or,
  popcount,
  setBit,
} from '#lib/finder/bitset.ts';
import { buildFacetIndex, decodeFacetIndex, facetValues, FACET_KEYS } from '#lib/finder/facets.ts';
import { facetGroups, facetValueOrder, initialCounts, languageLabelIn } from '#lib/finder/facet-groups.ts';
import { facetWordsIn } from '#lib/finder/facet-words.ts';
import { dictionary } from '#i18n/index.ts';
import { parseState, runFinder, serializeState, unplacedState } from '#lib/finder/query.ts';
import { PATHWAY_IDS } from '#taxonomy';
import { listingData } from '../../helpers/listing-data.ts';

describe('bitsets', () => {
  it('sets, counts and lists bits across word boundaries', () => {
    const bits = createBitset(100);
    for (const i of [0, 31, 32, 63, 64, 99]) setBit(bits, i);
    expect(popcount(bits)).toBe(6);
    expect(indexesOf(bits)).toEqual([0, 31, 32, 63, 64, 99]);
    expect(hasBit(bits, 31)).toBe(true);
    expect(hasBit(bits, 30)).toBe(false);
  });
  it('keeps a full set to its size', () => {
    expect(popcount(fullBitset(70))).toBe(70);
    expect(indexesOf(fullBitset(33))).toHaveLength(33);
  });
  it('combines and round-trips through base64', () => {
    const a = createBitset(40);
    const b = createBitset(40);
    setBit(a, 1);
    setBit(a, 35);
    setBit(b, 35);
    setBit(b, 2);
    expect(indexesOf(and(a, b))).toEqual([35]);
    expect(indexesOf(or(a, b))).toEqual([1, 2, 35]);
    expect(intersectionCount(a, b)).toBe(1);
    expect(indexesOf(decodeBitset(encodeBitset(or(a, b)), 40))).toEqual([1, 2, 35]);
  });
});

const listing = listingData;
const listings = [
  { slug: 'a-pantry', data: listing({ cost: 'free' }) },
  {
    slug: 'b-meeting',
    data: listing({
      category: 'mutual-aid-meeting',
      support: ['emotional'],
      pathways: ['twelve-step'],
      last_verified: '2026-11-20',
      schedule: [{ day: 'friday' }, { day: 'tuesday' }, { day: 'friday' }],
    }),
  },
  {
    slug: 'c-center',
    data: listing({
      category: 'recovery-community-center',
      support: ['emotional', 'instrumental'],
      pathways: ['all-pathways'],
      languages: ['en', 'es'],
    }),
  },
  {
    slug: 'd-smart',
    data: listing({
      category: 'mutual-aid-meeting',
      support: ['emotional', 'informational'],
      pathways: ['secular'],
      attendance: 'online',
      last_verified: '2026-06-01',
      schedule: [{ day: 'friday' }],
    }),
  },
];
const index = decodeFacetIndex(buildFacetIndex(listings, facetValueOrder(listings.map((l) => l.data))));
const slugsOf = (order: number[]) => order.map((i) => index.slugs[i]);

describe('facet values', () => {
  it('treats all-pathways as every pathway', () => {
    expect(facetValues(listings[2]!.data, 'pathway')).toEqual(PATHWAY_IDS);
    expect(facetValues(listings[0]!.data, 'pathway')).toEqual([]);
  });
  it('gives the days a listing meets, Monday first and once each; places with hours have none', () => {
    expect(facetValues(listings[1]!.data, 'day')).toEqual(['tuesday', 'friday']);
    expect(facetValues(listings[0]!.data, 'day')).toEqual([]);
    expect(facetValueOrder(listings.map((l) => l.data)).day).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
    expect(initialCounts(listings.map((l) => l.data)).day).toEqual({ tuesday: 1, friday: 2 });
  });
  it('offers the days with their names, linked to the meetings page for browsers without JavaScript', () => {
    const day = facetGroups(
      listings.map((l) => l.data),
      (path) => `/base${path}`,
      facetWordsIn('en'),
    ).find((g) => g.key === 'day')!;
    expect(day.legend).toBe('Day it meets or happens');
    expect(day.options[0]).toEqual({ value: 'monday', label: 'Monday', href: '/base/meetings/?day=monday#monday' });
  });
  it('labels the groups in Spanish on Spanish pages, with links that stay in Spanish', () => {
    const groups = facetGroups(
      listings.map((l) => l.data),
      (path) => `/es${path}`,
      facetWordsIn('es'),
    );
    const day = groups.find((g) => g.key === 'day')!;
    expect(day.legend).toBe('Día de reunión o actividad');
    expect(day.options[0]).toEqual({
      value: 'monday',
      label: dictionary('es').vocabulary.weekdays.monday.label,
      href: '/es/meetings/?day=monday#monday',
    });
    const support = groups.find((g) => g.key === 'support')!;
    expect(support.legend).toBe('Tipo de apoyo');
    expect(support.options.find((o) => o.value === 'emotional')).toMatchObject({
      label: dictionary('es').vocabulary.support.emotional.label,
      href: '/es/support/emotional/',
    });
    // The values stay ids in every language: a shared link works for everyone.
    expect(groups.find((g) => g.key === 'language')!.options.map((o) => [o.value, o.label])).toEqual([
      ['en', 'Inglés'],
      ['es', 'Español'],
    ]);
  });
  it('names languages in the page’s language, then in their own', () => {
    const names = dictionary('es').finder.languageNames;
    expect(languageLabelIn('ar', 'es-US', names)).toBe('Árabe (العربية)');
    expect(languageLabelIn('ase', 'es-US', names)).toBe('Lengua de señas americana');
    expect(languageLabelIn('es', 'en-US', dictionary('en').finder.languageNames)).toBe('Spanish (Español)');
  });
  it('orders languages by how common they are', () => {
    expect(facetValueOrder(listings.map((l) => l.data)).language).toEqual(['en', 'es']);
  });
});

describe('matching', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    const state = parseState('?support=instrumental,informational&category=mutual-aid-meeting');
    expect(slugsOf(runFinder(index, state).order)).toEqual(['d-smart']);
    expect(runFinder(index, parseState('?support=instrumental,informational')).count).toBe(3);
  });
  it('matches all-pathways listings for any pathway', () => {
    expect(slugsOf(runFinder(index, parseState('?pathway=secular')).order)).toEqual(['c-center', 'd-smart']);
    expect(slugsOf(runFinder(index, parseState('?pathway=twelve-step')).order)).toEqual(['b-meeting', 'c-center']);
  });
  it('counts each value as if it were added, respecting the other facets only', () => {
    const { counts } = runFinder(index, parseState('?support=emotional&category=mutual-aid-meeting'));
    // Support counts ignore the support selection but respect the category.
    expect(counts.support.get('informational')).toBe(1);
    expect(counts.support.get('instrumental')).toBe(0);
    // Category counts respect the support selection.
    expect(counts.category.get('recovery-community-center')).toBe(1);
    expect(counts.category.get('food')).toBe(0);
  });
  it('narrows text matches with facets and keeps the text order for best match', () => {
    const text = [3, 1, 0]; // positions Pagefind ranked: d-smart, b-meeting, a-pantry
    expect(slugsOf(runFinder(index, parseState('?q=x&support=emotional'), text).order)).toEqual([
      'd-smart',
      'b-meeting',
    ]);
    expect(slugsOf(runFinder(index, parseState('?q=x&sort=name'), text).order)).toEqual([
      'a-pantry',
      'b-meeting',
      'd-smart',
    ]);
  });
  it('sorts by most recently verified', () => {
    expect(slugsOf(runFinder(index, parseState('?sort=verified')).order)).toEqual([
      'b-meeting',
      'a-pantry',
      'c-center',
      'd-smart',
    ]);
  });
  it('matches a day when any schedule entry falls on it, ORed within and ANDed with other facets', () => {
    expect(slugsOf(runFinder(index, parseState('?day=friday')).order)).toEqual(['b-meeting', 'd-smart']);
    expect(slugsOf(runFinder(index, parseState('?day=tuesday,monday')).order)).toEqual(['b-meeting']);
    expect(slugsOf(runFinder(index, parseState('?day=friday&attendance=online')).order)).toEqual(['d-smart']);
    const { counts } = runFinder(index, parseState('?day=tuesday&pathway=secular'));
    expect(counts.day.get('friday')).toBe(1);
    expect(counts.day.get('tuesday')).toBe(0);
  });
  it('finds nothing for an unknown value rather than everything', () => {
    expect(runFinder(index, parseState('?category=nope')).count).toBe(0);
  });
});

describe('the URL contract', () => {
  it('round-trips every facet in contract order and keeps other parameters', () => {
    const search =
      '?q=dental%20care&category=dental&support=instrumental,emotional&pathway=secular&population=women&attendance=online&cost=free&language=es&accessibility=asl&day=monday,friday&sort=name&view=map&near=48912&radius=5&print=1';
    const state = parseState(search);
    expect(state.selected.support).toEqual(['instrumental', 'emotional']);
    expect(state.q).toBe('dental care');
    expect(state).toMatchObject({ view: 'map', near: '48912', radius: 5 });
    // Parameters other features own are kept as they were.
    expect(state.extra).toEqual([['print', '1']]);
    expect(serializeState(state)).toBe(search);
    expect(FACET_KEYS).toEqual([
      'category',
      'support',
      'pathway',
      'population',
      'attendance',
      'cost',
      'language',
      'accessibility',
      'day',
    ]);
  });
  it('drops unknown values when the vocabulary is known, and duplicates always', () => {
    const known = Object.fromEntries(FACET_KEYS.map((k) => [k, new Set(['emotional'])])) as never;
    expect(parseState('?support=emotional,bogus,emotional', known).selected.support).toEqual(['emotional']);
    expect(serializeState(parseState(''))).toBe('');
  });
});

describe('the map’s link to what it cannot plot', () => {
  it('keeps the search, narrows to online and by phone, and drops the place', () => {
    const state = parseState('?q=x&support=emotional&view=map&near=48912&radius=5&sort=nearest');
    expect(serializeState(unplacedState(state))).toBe('?q=x&support=emotional&attendance=online,phone');
    expect(serializeState(unplacedState(parseState('?attendance=in-person,phone&sort=name')))).toBe(
      '?attendance=phone&sort=name',
    );
    // It matches exactly the listings without a place.
    expect(slugsOf(runFinder(index, unplacedState(parseState(''))).order)).toEqual(['d-smart']);
  });
});
