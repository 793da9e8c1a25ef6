/**
 * Moves focus to an element once React has drawn it: a row added gets its first box focused, and
 * a removed row hands focus to the button that adds rows, so keyboard users never lose their
 * place. A ref, not state: asking for focus draws nothing.
 */
import { useEffect, useRef } from 'react';

export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    pending.current = undefined;
    element?.focus();
  });
  return (id) => {
    pending.current = id;
  };
}
