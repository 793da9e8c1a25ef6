/** The order of the results; "Nearest" is offered once there is a place to measure from. */
import { SORTS, type SortKey } from '#lib/finder/query.ts';

const SORT_LABELS: Record<SortKey, string> = {
  best: 'Best match',
  name: 'Name',
  verified: 'Recently verified',
  nearest: 'Nearest',
};

interface Props {
  sort: SortKey;
  /** A place is known, so distances are. */
  nearby: boolean;
  onChange: (sort: SortKey) => void;
}

export function SortControl({ sort, nearby, onChange }: Props) {
  const sorts = SORTS.filter((s) => s !== 'nearest' || nearby);
  return (
    <label htmlFor="finder-sort" className="finder-sort">
      Sort by{' '}
      <select
        id="finder-sort"
        value={sorts.includes(sort) ? sort : 'best'}
        onChange={(e) => onChange(e.target.value as SortKey)}
      >
        {sorts.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
