/**
 * The results: the facet index run over the state, narrowed by the words Pagefind found, the
 * distance from the place and what is open now. While any of these is still being worked out
 * the results are held (undefined), rather than shown without it.
 */
import { useMemo } from 'react';
import type { Bitset } from '#lib/finder/bitset.ts';
import type { FacetIndex } from '#lib/finder/facets.ts';
import { runFinder, type FinderResult, type FinderState } from '#lib/finder/query.ts';
import { distancesFrom, type Points } from '#lib/map/points.ts';
import type { Near } from './use-near-place.ts';
import type { TextSearch } from './use-text-search.ts';

export interface FinderResultInputs {
  index: FacetIndex | undefined;
  state: FinderState;
  text: TextSearch;
  near: Near;
  points: Points | undefined;
  onNow: Bitset | undefined;
}

export interface HeldResult {
  result: FinderResult | undefined;
  /** Miles from the place by position, once the place and the point data are known. */
  distances: Float64Array | undefined;
  /** Still looking the place up. */
  nearPending: boolean;
}

export function useFinderResult({ index, state, text, near, points, onNow }: FinderResultInputs): HeldResult {
  // Still looking the place up: hold the results rather than show them without distances.
  const nearPending = near.waiting || (!!near.place && !points);
  const distances = useMemo(
    () => (points && near.place ? distancesFrom(points, near.place) : undefined),
    [points, near.place],
  );
  // With open=now, hold the results until it is known what is open.
  const openPending = state.open && !onNow;
  const result = useMemo(
    () =>
      index && !(state.q && !text.matches) && !nearPending && !openPending
        ? runFinder(index, state, state.q ? text.matches : undefined, distances, onNow)
        : undefined,
    [index, state, text.matches, nearPending, openPending, distances, onNow],
  );
  return { result, distances, nearPending };
}
