/** List or map: which one a phone shows (wide screens show both). */
import type { Dictionary } from '#i18n/dictionary.ts';
import type { View } from '#lib/finder/query.ts';

interface Props {
  view: View;
  onChange: (view: View) => void;
  words: Dictionary['finder']['view'];
}

export function ViewToggle({ view: current, onChange, words }: Props) {
  return (
    <div className="view-toggle" role="group" aria-label={words.label}>
      {(['list', 'map'] as const).map((view) => (
        <button
          key={view}
          type="button"
          className="button secondary"
          aria-pressed={current === view}
          onClick={() => onChange(view)}
        >
          {words[view]}
        </button>
      ))}
    </div>
  );
}
