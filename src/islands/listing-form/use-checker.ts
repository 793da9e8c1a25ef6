/** The checker, once its chunk has loaded (undefined until then, or if it cannot load). */
import { useEffect, useState } from 'react';
import { loadChecker, type Checker } from './load.ts';

export function useChecker(): { checker: Checker | undefined; failed: boolean } {
  const [loaded, setLoaded] = useState<{ checker: Checker | undefined; failed: boolean }>({
    checker: undefined,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadChecker().then(
      (checker) => live && setLoaded({ checker, failed: false }),
      () => live && setLoaded({ checker: undefined, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}
