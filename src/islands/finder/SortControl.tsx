/** The order of the results; "Nearest" is offered once there is a place to measure from. */
import type { Dictionary } from '#i18n/dictionary.ts';
import { SORTS, type SortKey } from '#lib/finder/query.ts';

interface Props {
  sort: SortKey;
  /** A place is known, so distances are. */
  nearby: boolean;
  onChange: (sort: SortKey) => void;
  /** The control's label and one label per order. */
  words: Dictionary['finder']['sort'];
}

export function SortControl({ sort, nearby, onChange, words }: Props) {
  const sorts = SORTS.filter((s) => s !== 'nearest' || nearby);
  return (
    <label htmlFor="finder-sort" className="finder-sort">
      {words.label}{' '}
      <select
        id="finder-sort"
        value={sorts.includes(sort) ? sort : 'best'}
        onChange={(e) => onChange(e.currentTarget.value as SortKey)}
      >
        {sorts.map((s) => (
          <option key={s} value={s}>
            {words[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
