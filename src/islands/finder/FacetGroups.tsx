/**
 * The filters: "open or meeting now" and a group of checkboxes per facet, each option with how
 * many listings it would match. Before the island takes over (and without JavaScript) the options
 * are links to the pages that list them, with counts over all listings. A group's links become
 * checkboxes once it is on screen: the filters shown and the group open. Turning every group at
 * once as the island took over was the longest task of a phone's first load, where the filters
 * start closed behind their button.
 */
import { useState } from 'react';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import type { FacetKey } from '#lib/finder/facets.ts';
import type { FinderResult } from '#lib/finder/query.ts';
import type { Dictionary } from '#i18n/dictionary.ts';

const OPEN_BY_DEFAULT: readonly FacetKey[] = ['support', 'pathway'];
/** Rendering on the server, where every group is written out as links. */
const ON_SERVER = typeof document === 'undefined';
/** One object, so a later render finds the same HTML as before and changes nothing. */
const AS_SERVED = { __html: '' };

interface Props {
  groups: FacetGroup[];
  /** Counts over all listings, shown until the results are known. */
  initialCounts: Record<FacetKey, Record<string, number>>;
  selected: Record<FacetKey, string[]>;
  open: boolean;
  result: FinderResult | undefined;
  hydrated: boolean;
  /** Whether the filters are on screen: beside the results, or opened by the Filters button. */
  shown: boolean;
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
  shown,
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
  // The groups whose options are checkboxes; once turned, a group stays so. Opening a group turns
  // it from its summary's click, before the browser paints the opened group.
  const [live, setLive] = useState<ReadonlySet<FacetKey>>(() => new Set());
  const turn = (keys: readonly FacetKey[]) => {
    const fresh = keys.filter((key) => !live.has(key));
    if (fresh.length > 0) setLive(new Set([...live, ...fresh]));
  };
  if (hydrated && shown) turn([...opened]);
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
        <details key={group.key} className="facet" data-facet={group.key} open={opened.has(group.key) || undefined}>
          <summary onClick={() => hydrated && turn([group.key])}>
            {group.legend}
            {selected[group.key].length > 0 && ` (${selected[group.key].length})`}
          </summary>
          {hydrated && live.has(group.key) ? (
            <fieldset>
              <legend className="visually-hidden">{group.legend}</legend>
              {group.options.map((option) => {
                const n = result?.counts[group.key].get(option.value) ?? initialCounts[group.key][option.value] ?? 0;
                const id = `f-${group.key}-${option.value}`;
                const checked = selected[group.key].includes(option.value);
                return (
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
                );
              })}
            </fieldset>
          ) : ON_SERVER ? (
            <fieldset>
              <legend className="visually-hidden">{group.legend}</legend>
              {group.options.map((option) => (
                <div key={option.value} className="option">
                  <a href={option.href ?? `?${group.key}=${encodeURIComponent(option.value)}`}>
                    {option.label} <span className="n">({initialCounts[group.key][option.value] ?? 0})</span>
                  </a>
                </div>
              ))}
            </fieldset>
          ) : (
            // In the browser, a group not yet turned keeps the server's links untouched: Preact
            // leaves the content of an element given as HTML alone, so taking over the page skips
            // them, and turning the group replaces them.
            <fieldset dangerouslySetInnerHTML={AS_SERVED} />
          )}
        </details>
      ))}
    </div>
  );
}
