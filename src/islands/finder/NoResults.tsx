/**
 * What the finder shows instead of an empty list: the categories nearest the words, and each
 * filter that narrows the results with how many listings taking it away would show (worked out
 * in src/lib/finder/no-results.ts). Drawn right under the count, so on a phone it is on the
 * first screen rather than below every filter.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import { categoryCount, categoryState, loosenings, type CountInputs, type Loosening } from '#lib/finder/no-results.ts';
import type { NearCategory } from '#lib/finder/nearest-category.ts';
import { serializeState, type FinderState, type View } from '#lib/finder/query.ts';
import { milesLabel } from '#lib/map/geo.ts';

interface Props {
  state: FinderState;
  inputs: CountInputs;
  groups: FacetGroup[];
  base: string;
  defaultView: View;
  update: (next: FinderState) => void;
}

const listings = (n: number) => `${n} ${n === 1 ? 'listing' : 'listings'}`;

/** The words on each way out, in one place for the translations to come. */
const TEXT = {
  title: 'Nothing matches all of that',
  noWords: (q: string) => `No listing uses the words “${q}”. Check the spelling, or try a simpler word.`,
  tryThese: 'You could try:',
  category: (label: string, n: number) => `Everything in ${label} (${listings(n)})`,
  loosen(option: Loosening, label: (key: string, value: string) => string): string {
    const n = listings(option.count);
    switch (option.kind) {
      case 'words':
        return `Search without the words “${option.q}” (${n})`;
      case 'facet':
        return `Remove “${label(option.key, option.value)}” (${n})`;
      case 'radius':
        return `Look farther than ${milesLabel(option.miles)} (${n})`;
      case 'open':
        return `Include places not open right now (${n})`;
    }
  },
  browse: 'Browse every kind of place',
};

/**
 * The categories nearest the words. The everyday words are loaded only now, when a search finds
 * nothing, so the finder's first load does not carry them.
 */
function useNearestCategories(q: string): NearCategory[] {
  const [found, setFound] = useState<{ q: string; categories: NearCategory[] }>();
  useEffect(() => {
    if (!q) return;
    let current = true;
    import('#lib/finder/nearest-category.ts')
      .then(({ nearestCategories }) => current && setFound({ q, categories: nearestCategories(q) }))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [q]);
  return found?.q === q ? found.categories : [];
}

export function NoResults({ state, inputs, groups, base, defaultView, update }: Props) {
  const nearest = useNearestCategories(state.q);
  const label = (key: string, value: string) =>
    groups.find((g) => g.key === key)?.options.find((o) => o.value === value)?.label ?? value;
  const categories = nearest
    .map((c) => ({ ...c, count: categoryCount(inputs.index, c.id), state: categoryState(state, c.id) }))
    .filter((c) => c.count > 0);
  const options = loosenings(inputs, state);
  const href = (next: FinderState) => `${location.pathname}${serializeState(next, defaultView)}`;
  const follow = (event: MouseEvent, next: FinderState) => {
    event.preventDefault();
    update(next);
  };
  return (
    <section className="finder-empty" aria-labelledby="finder-empty-title" data-no-results>
      <h2 id="finder-empty-title">{TEXT.title}</h2>
      {state.q && inputs.textMatches?.length === 0 && <p>{TEXT.noWords(state.q)}</p>}
      {(categories.length > 0 || options.length > 0) && <p>{TEXT.tryThese}</p>}
      <ul className="finder-empty-options">
        {categories.map((c) => (
          <li key={c.id}>
            <a className="button" href={href(c.state)} onClick={(e) => follow(e, c.state)} data-suggest-category={c.id}>
              {TEXT.category(c.label, c.count)}
            </a>
          </li>
        ))}
        {options.map((option) => (
          <li key={option.kind === 'facet' ? `${option.key}=${option.value}` : option.kind}>
            <button
              type="button"
              className="button secondary"
              onClick={() => update(option.state)}
              data-loosen={option.kind === 'facet' ? `${option.key}=${option.value}` : option.kind}
            >
              {TEXT.loosen(option, label)}
            </button>
          </li>
        ))}
        <li>
          <a href={`${base}categories/`}>{TEXT.browse}</a>
        </li>
      </ul>
    </section>
  );
}
