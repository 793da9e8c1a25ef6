/**
 * The finder's logic, pure so it is unit-tested and fast: the state a URL encodes, matching
 * (OR within a facet, AND across facets, within a distance), facet counts that respect the other
 * facets, and sorting.
 */
import {
  and,
  createBitset,
  fullBitset,
  indexesOf,
  intersectionCount,
  or,
  popcount,
  setBit,
  type Bitset,
} from './bitset.ts';
import { FACET_KEYS, type FacetIndex, type FacetKey } from './facets.ts';
import { parseRadius } from '#lib/map/places.ts';
import { UNPLACED_ATTENDANCE } from '#lib/map/points.ts';

/**
 * `best` is the most useful order for what is known: relevance when words are searched, else
 * nearest first when a place is given, else by name.
 */
export const SORTS = ['best', 'name', 'verified', 'nearest'] as const;
export type SortKey = (typeof SORTS)[number];

export const VIEWS = ['list', 'map'] as const;
export type View = (typeof VIEWS)[number];

export interface FinderState {
  q: string;
  selected: Record<FacetKey, string[]>;
  sort: SortKey;
  /** `list` or `map`: which one a phone shows (wide screens show both). */
  view: View;
  /**
   * Where distances are measured from: a ZIP code, a town, "lat,lng", or "me" for the device's
   * position, which is held in memory and never written here (see src/lib/map/places.ts).
   */
  near: string;
  /** Only places within this many miles of `near`. */
  radius: number | undefined;
  /** `open=now`: only places open and meetings going on at the moment the visitor looks. */
  open: boolean;
  /** Parameters other features own, kept as they were. */
  extra: [string, string][];
}

/** Parameters the finder owns besides the facets. */
const OWN_PARAMS = new Set(['q', 'sort', 'view', 'near', 'radius', 'open']);

export function emptySelection(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as Record<FacetKey, string[]>;
}

/**
 * Reads `?q=…&support=a,b&…` into a state; unknown values are dropped when `known` is given.
 * `defaultView` is the page's own view when the URL names none (the map page opens on the map).
 */
export function parseState(
  search: string,
  known?: Record<FacetKey, ReadonlySet<string>>,
  defaultView: View = 'list',
): FinderState {
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
    } else if (!OWN_PARAMS.has(name)) {
      extra.push([name, value]);
    }
  }
  const sort = params.get('sort');
  const view = params.get('view');
  return {
    q: params.get('q')?.trim() ?? '',
    selected,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'best',
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : defaultView,
    near: params.get('near')?.trim() ?? '',
    radius: parseRadius(params.get('radius')),
    open: params.get('open') === 'now',
    extra,
  };
}

/** The query string for a state, facets in contract order, `,` left readable. */
export function serializeState(state: FinderState, defaultView: View = 'list'): string {
  const parts: string[] = [];
  const enc = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');
  if (state.q) parts.push(`q=${enc(state.q)}`);
  for (const key of FACET_KEYS) {
    if (state.selected[key].length > 0) parts.push(`${key}=${state.selected[key].map(enc).join(',')}`);
  }
  if (state.open) parts.push('open=now');
  if (state.sort !== 'best') parts.push(`sort=${state.sort}`);
  if (state.view !== defaultView) parts.push(`view=${state.view}`);
  if (state.near) parts.push(`near=${enc(state.near)}`);
  if (state.near && state.radius) parts.push(`radius=${state.radius}`);
  for (const [name, value] of state.extra) parts.push(`${enc(name)}=${enc(value)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * The same search narrowed to what the map counts but cannot plot (online and by phone), as a
 * list: the target of the map's "9 online or by phone" link. The place and the distance limit go,
 * since these listings have no distance.
 */
export function unplacedState(state: FinderState): FinderState {
  const chosen = state.selected.attendance.filter((id) => UNPLACED_ATTENDANCE.includes(id));
  return {
    ...state,
    selected: { ...state.selected, attendance: chosen.length > 0 ? chosen : [...UNPLACED_ATTENDANCE] },
    near: '',
    radius: undefined,
    sort: state.sort === 'nearest' ? 'best' : state.sort,
    view: 'list',
  };
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
  /** The same listings as a bitset (the map plots these). */
  matched: Bitset;
  count: number;
  counts: Record<FacetKey, Map<string, number>>;
  /** How many would match with `open=now` added (or kept), when it is known what is on now. */
  openCount?: number;
}

/** Listings whose distance (NaN: no place) is at most `miles`. */
export function withinMiles(distances: Float64Array, miles: number): Bitset {
  const bits = createBitset(distances.length);
  for (let i = 0; i < distances.length; i++) if (distances[i]! <= miles) setBit(bits, i);
  return bits;
}

/**
 * Runs the finder. `textMatches` is the positions Pagefind returned for `q`, best first, or
 * undefined when there is no text query. `distances` (miles from the state's place per listing,
 * NaN for listings without a place) is given when a place is known. `onNow` marks the listings
 * open or meeting at this moment (src/lib/time/open-now.ts); `open=now` narrows to them once known.
 */
export function runFinder(
  index: FacetIndex,
  state: FinderState,
  textMatches?: readonly number[],
  distances?: Float64Array,
  onNow?: Bitset,
): FinderResult {
  let base = fullBitset(index.size);
  if (textMatches) {
    base = new Uint32Array(base.length);
    for (const i of textMatches) base[i >>> 5]! |= 1 << (i & 31);
  }
  // A distance limit narrows everything, facet counts included; listings without a place
  // (online, by phone) have no distance and drop out.
  if (distances && state.radius) base = and(base, withinMiles(distances, state.radius));
  // Facets narrow by AND, so matching once serves both the "open now" count and the results.
  const facetMatches = matchFacets(index, state.selected, base);
  const openCount = onNow && intersectionCount(facetMatches, onNow);
  const openOnly = state.open && onNow;
  // Like a distance limit, "open now" narrows the facet counts too.
  if (openOnly) base = and(base, onNow);
  const matched = openOnly ? and(facetMatches, onNow) : facetMatches;
  let order = indexesOf(matched); // name order: the index is sorted by name
  const byDistance = distances && (state.sort === 'nearest' || (state.sort === 'best' && !textMatches));
  if (state.sort === 'verified') {
    order = order.sort((a, b) => index.verified[b]! - index.verified[a]! || a - b);
  } else if (state.sort === 'best' && textMatches) {
    const rank = new Map(textMatches.map((position, i) => [position, i]));
    order = order.sort((a, b) => rank.get(a)! - rank.get(b)!);
  } else if (byDistance) {
    // Nearest first; listings without a place keep name order after all the places.
    const key = (i: number) => (Number.isNaN(distances[i]!) ? Infinity : distances[i]!);
    order = order.sort((a, b) => key(a) - key(b) || a - b);
  }
  return {
    order,
    matched,
    count: popcount(matched),
    counts: facetCounts(index, state.selected, base),
    ...(openCount !== undefined && { openCount }),
  };
}
