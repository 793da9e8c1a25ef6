/**
 * The filters in use, above the results: one button per filter that removes it, and "Clear all".
 * Removing one keeps the keyboard in the row (on the next chip, or the last one left), so a
 * person can take off several in a row; with none left, it goes to the search box.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { FilterChip } from '#lib/finder/chips.ts';
import { fill } from '#i18n/text.ts';

interface Props {
  chips: readonly FilterChip[];
  /** Anything narrows the results (words included), so "Clear all" is offered. */
  filtered: boolean;
  words: { inUse: string; remove: string; clearAll: string };
  onRemove: (chip: FilterChip) => void;
  onClearAll: () => void;
}

export function FilterChips({ chips, filtered, words, onRemove, onClearAll }: Props) {
  const list = useRef<HTMLUListElement>(null);
  // After a removal: which chip takes the focus once the row is drawn again (as it is drawn: Preact
  // runs plain effects a frame later, when a key pressed meanwhile would go astray).
  const [focusAt, setFocusAt] = useState<number>();
  useLayoutEffect(() => {
    if (focusAt === undefined) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
    if (buttons?.length) buttons[Math.min(focusAt, buttons.length - 1)]!.focus();
    else document.getElementById('finder-q')?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-shot request, done once focus has moved
    setFocusAt(undefined);
  }, [focusAt, chips]);
  if (!filtered) return null;
  return (
    <ul className="filter-chips" aria-label={words.inUse} ref={list}>
      {chips.map((chip, i) => (
        <li key={chip.kind === 'facet' ? `${chip.key}=${chip.value}` : chip.kind}>
          <button
            type="button"
            className="chip"
            aria-label={fill(words.remove, { label: chip.label })}
            onClick={() => {
              onRemove(chip);
              setFocusAt(i);
            }}
          >
            {chip.label}
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="chip chip-clear"
          onClick={() => {
            onClearAll();
            setFocusAt(0);
          }}
        >
          {words.clearAll}
        </button>
      </li>
    </ul>
  );
}
