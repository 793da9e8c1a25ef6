/**
 * Moves focus to an element once it is drawn: a row added gets its first box focused, and a
 * removed row hands focus to the button that adds rows, so keyboard users never lose their place.
 * A ref, not state: asking for focus draws nothing. A layout effect, because Preact runs a plain
 * effect left from an earlier drawing just before the next one: a press that came first would be
 * taken by that effect, before the new row exists.
 */
import { useLayoutEffect, useRef } from 'react';

export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    pending.current = undefined;
    element?.focus();
  });
  return (id) => {
    pending.current = id;
  };
}
