/**
 * The filters in use, as removable chips above the results ("Spanish ×", "Open now ×", "Near
 * Okemos ×"), and the state without one of them. The same list counts the filters on the
 * phone's Filters button, so the button and the chips always agree.
 */
import { FACET_KEYS, type FacetKey } from './facets.ts';
import type { FinderState } from './query.ts';
import type { FacetLabels } from './reasons.ts';

export type FilterChip =
  | { kind: 'facet'; key: FacetKey; value: string; label: string }
  | { kind: 'open'; label: string }
  | { kind: 'near'; label: string };

export interface ChipWords {
  openNow: string;
  /** "Near {place}". */
  near: (place: string) => string;
}

/**
 * Every filter in use, facet by facet in URL order, then "open now", then the place (which
 * narrows only with a distance limit, but always changes what comes first). The words typed in
 * the search box are not a chip: the box shows them.
 */
export function filterChips(
  state: FinderState,
  labels: FacetLabels,
  placeLabel: string | undefined,
  words: ChipWords,
): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const key of FACET_KEYS) {
    for (const value of state.selected[key]) {
      chips.push({ kind: 'facet', key, value, label: labels[key].get(value) ?? value });
    }
  }
  if (state.open) chips.push({ kind: 'open', label: words.openNow });
  if (state.near) chips.push({ kind: 'near', label: words.near(placeLabel ?? state.near) });
  return chips;
}

/** The state without `chip`: a place goes with its distance limit and the "nearest" order. */
export function withoutChip(state: FinderState, chip: FilterChip): FinderState {
  switch (chip.kind) {
    case 'facet':
      return {
        ...state,
        selected: { ...state.selected, [chip.key]: state.selected[chip.key].filter((v) => v !== chip.value) },
      };
    case 'open':
      return { ...state, open: false };
    case 'near':
      return { ...state, near: '', radius: undefined, sort: state.sort === 'nearest' ? 'best' : state.sort };
  }
}
