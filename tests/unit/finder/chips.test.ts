import { describe, expect, it } from 'vitest';
import { filterChips, withoutChip } from '#lib/finder/chips.ts';
import { FACET_KEYS } from '#lib/finder/facets.ts';
import { parseState } from '#lib/finder/query.ts';
import type { FacetLabels } from '#lib/finder/reasons.ts';

const labels = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, string>()])) as unknown as FacetLabels;
(labels.support as Map<string, string>).set('emotional', 'Emotional');
(labels.language as Map<string, string>).set('es', 'Spanish');
const words = { openNow: 'Open now', near: (place: string) => `Near ${place}` };

describe('filterChips', () => {
  it('lists no chip for an unfiltered finder, nor for words (the search box shows them)', () => {
    expect(filterChips(parseState('?q=dentist&sort=name&view=map'), labels, undefined, words)).toEqual([]);
  });

  it('lists facets in URL order, then open now, then the place by the name it was understood as', () => {
    const state = parseState('?near=48864&open=now&language=es&support=emotional');
    expect(filterChips(state, labels, 'Okemos (48864)', words).map((c) => c.label)).toEqual([
      'Emotional',
      'Spanish',
      'Open now',
      'Near Okemos (48864)',
    ]);
  });

  it('shows a value it has no label for as itself rather than hiding that it narrows', () => {
    const chips = filterChips(parseState('?support=unknown-kind'), labels, undefined, words);
    expect(chips).toEqual([{ kind: 'facet', key: 'support', value: 'unknown-kind', label: 'unknown-kind' }]);
  });
});

describe('withoutChip', () => {
  it('removes one facet value and keeps the others', () => {
    const state = parseState('?support=emotional,instrumental&language=es');
    const [first] = filterChips(state, labels, undefined, words);
    const next = withoutChip(state, first!);
    expect(next.selected.support).toEqual(['instrumental']);
    expect(next.selected.language).toEqual(['es']);
  });

  it('removes the place with its distance limit and the nearest-first order', () => {
    const state = parseState('?near=48864&radius=5&sort=nearest');
    const chip = filterChips(state, labels, undefined, words).find((c) => c.kind === 'near')!;
    expect(withoutChip(state, chip)).toMatchObject({ near: '', radius: undefined, sort: 'best' });
  });

  it('turns "open now" off', () => {
    const state = parseState('?open=now');
    expect(withoutChip(state, filterChips(state, labels, undefined, words)[0]!).open).toBe(false);
  });
});
