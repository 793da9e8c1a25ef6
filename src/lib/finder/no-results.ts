/**
 * What to offer when a search or a set of filters finds nothing, so the page is never a dead end:
 * each thing that narrows the results, with how many listings taking it away would give (counted
 * from the facet index, the same way the finder matches), and the whole of a category the words
 * are near (./nearest-category.ts).
 */
import type { CategoryId } from '#taxonomy';
import { and, createBitset, fullBitset, popcount, setBit, type Bitset } from './bitset.ts';
import { FACET_KEYS, type FacetIndex, type FacetKey } from './facets.ts';
import { emptySelection, matchFacets, withinMiles, type FinderState } from './query.ts';

/** One thing narrowing the results. */
export type Narrowing =
  | { kind: 'facet'; key: FacetKey; value: string }
  | { kind: 'words'; q: string }
  | { kind: 'radius'; miles: number }
  | { kind: 'open' };

/** A narrowing, the state without it, and how many listings that state matches. */
export type Loosening = Narrowing & { state: FinderState; count: number };

/** What the finder knows when it counts: the same inputs as runFinder (src/lib/finder/query.ts). */
export interface CountInputs {
  index: FacetIndex;
  /** Positions Pagefind found for the state's words, or undefined with no words. */
  textMatches: readonly number[] | undefined;
  /** Miles from the state's place by position, when a place is known. */
  distances: Float64Array | undefined;
  /** Listings open or meeting now, once known. */
  onNow: Bitset | undefined;
}

/** How many listings a state matches, counted as runFinder matches. */
export function countMatches({ index, textMatches, distances, onNow }: CountInputs, state: FinderState): number {
  let base: Bitset = fullBitset(index.size);
  if (state.q && textMatches) {
    base = createBitset(index.size);
    for (const i of textMatches) setBit(base, i);
  }
  if (distances && state.radius) base = and(base, withinMiles(distances, state.radius));
  if (state.open && onNow) base = and(base, onNow);
  return popcount(matchFacets(index, state.selected, base));
}

/**
 * Everything narrowing `state`, each with the state without it and its count: the words, every
 * selected facet value, the distance limit and "open now". Only those that would show something
 * are offered, most results first, ties in the order the filters appear.
 */
export function loosenings(inputs: CountInputs, state: FinderState): Loosening[] {
  const options: (Narrowing & { state: FinderState })[] = [];
  if (state.q) options.push({ kind: 'words', q: state.q, state: { ...state, q: '' } });
  for (const key of FACET_KEYS) {
    for (const value of state.selected[key]) {
      const selected = { ...state.selected, [key]: state.selected[key].filter((v) => v !== value) };
      options.push({ kind: 'facet', key, value, state: { ...state, selected } });
    }
  }
  if (state.near && state.radius) {
    options.push({ kind: 'radius', miles: state.radius, state: { ...state, radius: undefined } });
  }
  if (state.open) options.push({ kind: 'open', state: { ...state, open: false } });
  return options
    .map((option): Loosening => ({ ...option, count: countMatches(inputs, option.state) }))
    .filter((option) => option.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The state that shows a whole category: the words and other filters gone, the place kept. */
export function categoryState(state: FinderState, id: CategoryId): FinderState {
  return { ...state, q: '', selected: { ...emptySelection(), category: [id] }, radius: undefined, open: false };
}

/** Listings in a category, over the whole index. */
export function categoryCount(index: FacetIndex, id: CategoryId): number {
  const bits = index.facets.category.get(id);
  return bits ? popcount(bits) : 0;
}
