/** List or map: which one a phone shows (wide screens show both). */
import type { View } from '#lib/finder/query.ts';

interface Props {
  view: View;
  onChange: (view: View) => void;
}

export function ViewToggle({ view: current, onChange }: Props) {
  return (
    <div className="view-toggle" role="group" aria-label="Show results as">
      {(['list', 'map'] as const).map((view) => (
        <button
          key={view}
          type="button"
          className="button secondary"
          aria-pressed={current === view}
          onClick={() => onChange(view)}
        >
          {view === 'list' ? 'List' : 'Map'}
        </button>
      ))}
    </div>
  );
}
