/**
 * The finder's logic, pure so it is unit-tested and fast: the state a URL encodes, matching
 * (OR within a facet, AND across facets), facet counts that respect the other facets, and sorting.
 */
import { and, fullBitset, indexesOf, intersectionCount, or, popcount, type Bitset } from './bitset.ts';
import { FACET_KEYS, type FacetIndex, type FacetKey } from './facets.ts';

export const SORTS = ['best', 'name', 'verified'] as const;
export type SortKey = (typeof SORTS)[number];

export interface FinderState {
  q: string;
  selected: Record<FacetKey, string[]>;
  sort: SortKey;
  /** Parameters other features own (`view`, `near`, …), kept as they were. */
  extra: [string, string][];
}

export function emptySelection(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as Record<FacetKey, string[]>;
}

/** Reads `?q=…&support=a,b&…` into a state; unknown values are dropped when `known` is given. */
export function parseState(search: string, known?: Record<FacetKey, ReadonlySet<string>>): FinderState {
  const params = new URLSearchParams(search);
  const selected = emptySelection();
  const extra: [string, string][] = [];
  for (const [name, value] of params) {
    if ((FACET_KEYS as readonly string[]).includes(name)) {
      const key = name as FacetKey;
      for (const v of value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if ((!known || known[key].has(v)) && !selected[key].includes(v)) selected[key].push(v);
      }
    } else if (name !== 'q' && name !== 'sort') {
      extra.push([name, value]);
    }
  }
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    selected,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'best',
    extra,
  };
}

/** The query string for a state, facets in contract order, `,` left readable. */
export function serializeState(state: FinderState): string {
  const parts: string[] = [];
  const enc = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');
  if (state.q) parts.push(`q=${enc(state.q)}`);
  for (const key of FACET_KEYS) {
    if (state.selected[key].length > 0) parts.push(`${key}=${state.selected[key].map(enc).join(',')}`);
  }
  if (state.sort !== 'best') parts.push(`sort=${state.sort}`);
  for (const [name, value] of state.extra) parts.push(`${enc(name)}=${enc(value)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Listings matching every facet except `except` (OR within a facet, AND across), within `base`. */
export function matchFacets(
  index: FacetIndex,
  selected: Record<FacetKey, string[]>,
  base: Bitset,
  except?: FacetKey,
): Bitset {
  let result = base;
  for (const key of FACET_KEYS) {
    if (key === except || selected[key].length === 0) continue;
    let union: Bitset | undefined;
    for (const value of selected[key]) {
      const bits = index.facets[key].get(value);
      if (bits) union = union ? or(union, bits) : bits;
    }
    result = and(result, union ?? new Uint32Array(result.length));
  }
  return result;
}

/**
 * For every facet value, how many listings would match if it were added: the count respects
 * the other facets and the text search, but not the facet's own selection (OR within a facet).
 */
export function facetCounts(
  index: FacetIndex,
  selected: Record<FacetKey, string[]>,
  base: Bitset,
): Record<FacetKey, Map<string, number>> {
  const counts = {} as Record<FacetKey, Map<string, number>>;
  for (const key of FACET_KEYS) {
    const others = matchFacets(index, selected, base, key);
    counts[key] = new Map([...index.facets[key]].map(([value, bits]) => [value, intersectionCount(others, bits)]));
  }
  return counts;
}

export interface FinderResult {
  /** Positions of matching listings, in display order. */
  order: number[];
  count: number;
  counts: Record<FacetKey, Map<string, number>>;
}

/**
 * Runs the finder. `textMatches` is the positions Pagefind returned for `q`, best first, or
 * undefined when there is no text query.
 */
export function runFinder(index: FacetIndex, state: FinderState, textMatches?: readonly number[]): FinderResult {
  let base = fullBitset(index.size);
  if (textMatches) {
    base = new Uint32Array(base.length);
    for (const i of textMatches) base[i >>> 5]! |= 1 << (i & 31);
  }
  const matched = matchFacets(index, state.selected, base);
  let order = indexesOf(matched); // name order: the index is sorted by name
  if (state.sort === 'verified') {
    order = order.sort((a, b) => index.verified[b]! - index.verified[a]! || a - b);
  } else if (state.sort === 'best' && textMatches) {
    const rank = new Map(textMatches.map((position, i) => [position, i]));
    order = order.sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
  return { order, count: popcount(matched), counts: facetCounts(index, state.selected, base) };
}
