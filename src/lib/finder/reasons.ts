/**
 * Why a listing is in the results: the chosen filter values it has ("Spanish", "Friday"), so a
 * card can say "Matches: Spanish · Friday". Read from the facet index's bitsets, one bit test per
 * chosen value, for the few cards on show.
 */
import { fill } from '#i18n/text.ts';
import { hasBit } from './bitset.ts';
import { FACET_KEYS, type FacetIndex, type FacetKey } from './facets.ts';
import type { FacetGroup } from './facet-groups.ts';

/** Each facet value's label, by facet. */
export type FacetLabels = Record<FacetKey, ReadonlyMap<string, string>>;

export function facetLabels(groups: readonly FacetGroup[]): FacetLabels {
  const labels = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, string>()])) as Record<
    FacetKey,
    Map<string, string>
  >;
  for (const group of groups) for (const option of group.options) labels[group.key].set(option.value, option.label);
  return labels;
}

/**
 * The labels of the chosen values the listing at `position` has, facet by facet in URL order and
 * in the order they were chosen within a facet; empty when nothing is chosen.
 */
export function matchedLabels(
  index: FacetIndex,
  selected: Record<FacetKey, readonly string[]>,
  labels: FacetLabels,
  position: number,
): string[] {
  const out: string[] = [];
  for (const key of FACET_KEYS) {
    for (const value of selected[key]) {
      const bits = index.facets[key].get(value);
      if (bits && hasBit(bits, position)) out.push(labels[key].get(value) ?? value);
    }
  }
  return out;
}

/**
 * The line a card shows: "Matches: Spanish · Friday", or '' when nothing chosen explains it.
 * `template` is the page's words for it, with `{labels}` ("Matches: {labels}").
 */
export function matchesLine(matched: readonly string[], template: string): string {
  return matched.length > 0 ? fill(template, { labels: matched.join(' · ') }) : '';
}
