/**
 * The filters: "open or meeting now" and a group of checkboxes per facet, each option with how
 * many listings it would match. Before the island takes over (and without JavaScript) the options
 * are links to the pages that list them, with counts over all listings.
 */
import { useState } from 'react';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import type { FacetKey } from '#lib/finder/facets.ts';
import type { FinderResult } from '#lib/finder/query.ts';
import type { Dictionary } from '#i18n/dictionary.ts';

const OPEN_BY_DEFAULT: readonly FacetKey[] = ['support', 'pathway'];

interface Props {
  groups: FacetGroup[];
  /** Counts over all listings, shown until the results are known. */
  initialCounts: Record<FacetKey, Record<string, number>>;
  selected: Record<FacetKey, string[]>;
  open: boolean;
  result: FinderResult | undefined;
  hydrated: boolean;
  words: Dictionary['finder']['filters'];
  onToggle: (key: FacetKey, value: string, checked: boolean) => void;
  onOpen: (open: boolean) => void;
}

export function FacetGroups({
  groups,
  initialCounts,
  selected,
  open,
  result,
  hydrated,
  words,
  onToggle,
  onOpen,
}: Props) {
  // A group that has had a chosen value (from a shared link, say) is opened, so what narrows the
  // results is in sight; it then stays open, so clearing its last value never folds it away
  // under the person's hands (Preact would remove `open` if it followed the selection).
  const [opened, setOpened] = useState<ReadonlySet<FacetKey>>(() => new Set(OPEN_BY_DEFAULT));
  const newlyChosen = groups.filter((g) => selected[g.key].length > 0 && !opened.has(g.key)).map((g) => g.key);
  if (newlyChosen.length > 0) setOpened(new Set([...opened, ...newlyChosen]));
  return (
    <div className="finder-facets" aria-label={words.label} role="group">
      {/* Drawn before the island takes over too, so the filters below it never move when it does. */}
      <div className="facet facet-open js-only">
        <div className={result?.openCount === 0 && !open ? 'option empty' : 'option'}>
          <input
            type="checkbox"
            id="f-open-now"
            name="open"
            value="now"
            checked={open}
            disabled={!hydrated}
            onChange={(e) => onOpen(e.currentTarget.checked)}
          />
          <label htmlFor="f-open-now">
            {words.openNow}{' '}
            {/* Its room is kept until the count is known, so the label does not grow a line under the filters. */}
            {result?.openCount !== undefined ? (
              <span className="n">({result.openCount})</span>
            ) : (
              <span className="n n-pending" aria-hidden="true">
                (0)
              </span>
            )}
          </label>
        </div>
      </div>
      {groups.map((group) => (
        <details key={group.key} className="facet" open={opened.has(group.key) || undefined}>
          <summary>
            {group.legend}
            {selected[group.key].length > 0 && ` (${selected[group.key].length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{group.legend}</legend>
            {group.options.map((option) => {
              const n = result?.counts[group.key].get(option.value) ?? initialCounts[group.key][option.value] ?? 0;
              const id = `f-${group.key}-${option.value}`;
              const checked = selected[group.key].includes(option.value);
              return hydrated ? (
                <div key={option.value} className={n === 0 && !checked ? 'option empty' : 'option'}>
                  <input
                    type="checkbox"
                    id={id}
                    name={group.key}
                    value={option.value}
                    checked={checked}
                    onChange={(e) => onToggle(group.key, option.value, e.currentTarget.checked)}
                  />
                  <label htmlFor={id}>
                    {option.label} <span className="n">({n})</span>
                  </label>
                </div>
              ) : (
                <div key={option.value} className="option">
                  <a href={option.href ?? `?${group.key}=${encodeURIComponent(option.value)}`}>
                    {option.label} <span className="n">({n})</span>
                  </a>
                </div>
              );
            })}
          </fieldset>
        </details>
      ))}
    </div>
  );
}
