/** How many listings match, and what narrows them, announced as it changes. */
import type { FinderState } from '#lib/finder/query.ts';
import { milesLabel } from '#lib/map/geo.ts';
import type { NearPlace } from '#lib/map/places.ts';

interface Props {
  count: number;
  state: FinderState;
  /** The place distances are measured from, when it is known. */
  place: NearPlace | undefined;
  /** The data could not load: everything is shown. */
  failed: boolean;
  /** The words are being searched: the count would be the last search's, so none is shown. */
  searching: boolean;
}

export function ResultCount({ count, state, place, failed, searching }: Props) {
  if (searching) {
    return (
      <p aria-live="polite" aria-atomic="true" className="finder-count" data-searching>
        Searching for “{state.q}”…
      </p>
    );
  }
  return (
    <p aria-live="polite" aria-atomic="true" className="finder-count">
      <strong data-result-count>{count}</strong> {count === 1 ? 'listing' : 'listings'}
      {state.q && ` matching “${state.q}”`}
      {place && state.radius && ` within ${milesLabel(state.radius)}`}
      {state.open && ' open or meeting now'}
      {failed && ' (filters are unavailable right now; showing everything)'}
    </p>
  );
}
