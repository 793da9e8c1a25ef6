/** The checker, once its chunk has loaded (undefined until then, or if it cannot load). */
import { useEffect, useState } from 'react';
import { loadChecker, type Checker } from './load.ts';

/** What a volunteer does first on a page: any of these starts loading the checker. */
const FIRST_REACH = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * `eager`: load at once (an edit form has a listing to check). Otherwise a blank form has
 * nothing to check yet, so the checker (the page's heaviest code) loads when the volunteer first
 * reaches for the page, and a slow phone is not kept busy before they can start typing.
 */
export function useChecker(eager: boolean): { checker: Checker | undefined; failed: boolean } {
  const [loaded, setLoaded] = useState<{ checker: Checker | undefined; failed: boolean }>({
    checker: undefined,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    const load = () => {
      for (const type of FIRST_REACH) document.removeEventListener(type, load, true);
      loadChecker().then(
        (checker) => live && setLoaded({ checker, failed: false }),
        () => live && setLoaded({ checker: undefined, failed: true }),
      );
    };
    if (eager || document.activeElement?.closest('form')) load();
    else for (const type of FIRST_REACH) document.addEventListener(type, load, true);
    return () => {
      live = false;
      for (const type of FIRST_REACH) document.removeEventListener(type, load, true);
    };
  }, [eager]);
  return loaded;
}
