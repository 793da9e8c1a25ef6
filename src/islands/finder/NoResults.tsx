/**
 * What the finder shows instead of an empty list: the categories nearest the words, and each
 * filter that narrows the results with how many listings taking it away would show (worked out
 * in src/lib/finder/no-results.ts). Drawn right under the count, so on a phone it is on the
 * first screen rather than below every filter.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import { categoryCount, categoryState, loosenings, type CountInputs, type Loosening } from '#lib/finder/no-results.ts';
import type { NearCategory } from '#lib/finder/nearest-category.ts';
import { serializeState, type FinderState, type View } from '#lib/finder/query.ts';
import { milesLabel, type DistanceWords } from '#lib/map/geo.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';

type Words = Dictionary['finder']['noResults'];

interface Props {
  state: FinderState;
  inputs: CountInputs;
  groups: FacetGroup[];
  /** Where the page's language starts ('/', '/es/'). */
  home: string;
  words: Words;
  distance: DistanceWords;
  locale: string;
  defaultView: View;
  update: (next: FinderState) => void;
}

/** The words on a way out that loosens the search: "Remove “Spanish” (3 listings)". */
function loosenText(
  option: Loosening,
  words: Words,
  distance: DistanceWords,
  label: (key: string, value: string) => string,
): string {
  const count = plural(distance.locale, words.listings, option.count);
  switch (option.kind) {
    case 'words':
      return fill(words.words, { q: option.q, count });
    case 'facet':
      return fill(words.facet, { label: label(option.key, option.value), count });
    case 'radius':
      return fill(words.radius, { distance: milesLabel(option.miles, distance), count });
    case 'open':
      return fill(words.open, { count });
  }
}

/**
 * The categories nearest the words. The everyday words are loaded only now, when a search finds
 * nothing, so the finder's first load does not carry them.
 */
function useNearestCategories(q: string, labels: Readonly<Record<string, string>>): NearCategory[] {
  const [found, setFound] = useState<{ q: string; categories: NearCategory[] }>();
  useEffect(() => {
    if (!q) return;
    let current = true;
    import('#lib/finder/nearest-category.ts')
      .then(({ nearestCategories }) => current && setFound({ q, categories: nearestCategories(q, labels) }))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [q, labels]);
  return found?.q === q ? found.categories : [];
}

export function NoResults({ state, inputs, groups, home, words, distance, locale, defaultView, update }: Props) {
  // The category labels in the page's language, matched against the words and shown.
  const categoryLabels = useMemo(
    () => Object.fromEntries(groups.find((g) => g.key === 'category')?.options.map((o) => [o.value, o.label]) ?? []),
    [groups],
  );
  const nearest = useNearestCategories(state.q, categoryLabels);
  const label = (key: string, value: string) =>
    groups.find((g) => g.key === key)?.options.find((o) => o.value === value)?.label ?? value;
  const categories = nearest
    .map((c) => ({ ...c, count: categoryCount(inputs.index, c.id), state: categoryState(state, c.id) }))
    .filter((c) => c.count > 0);
  const options = loosenings(inputs, state);
  const href = (next: FinderState) => `${location.pathname}${serializeState(next, defaultView)}`;
  const follow = (event: Pick<Event, 'preventDefault'>, next: FinderState) => {
    event.preventDefault();
    update(next);
  };
  return (
    <section className="finder-empty" aria-labelledby="finder-empty-title" data-no-results>
      <h2 id="finder-empty-title">{words.title}</h2>
      {state.q && inputs.textMatches?.length === 0 && <p>{fill(words.noWords, { q: state.q })}</p>}
      {(categories.length > 0 || options.length > 0) && <p>{words.tryThese}</p>}
      <ul className="finder-empty-options">
        {categories.map((c) => (
          <li key={c.id}>
            <a className="button" href={href(c.state)} onClick={(e) => follow(e, c.state)} data-suggest-category={c.id}>
              {fill(words.category, { label: c.label, count: plural(locale, words.listings, c.count) })}
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
              {loosenText(option, words, distance, label)}
            </button>
          </li>
        ))}
        <li>
          <a href={`${home}categories/`}>{words.browse}</a>
        </li>
      </ul>
    </section>
  );
}
