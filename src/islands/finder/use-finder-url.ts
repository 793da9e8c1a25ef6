/**
 * The finder's state, kept in the page's address so a search can be bookmarked, shared and gone
 * back to. It is read once the island has taken over (the first render must match the server's
 * HTML, which knows no address) and again on Back and Forward, and written on every change.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import type { FacetKey } from '#lib/finder/facets.ts';
import { parseState, serializeState, type FinderState, type View } from '#lib/finder/query.ts';

export interface FinderUrl {
  state: FinderState;
  /** False for the first render, which matches the server's HTML; true once the address is read. */
  hydrated: boolean;
  /** Shows `next` and records it in the address: a new history entry, or in place of the current one. */
  navigate: (next: FinderState, mode?: 'push' | 'replace') => void;
}

/**
 * Facet values not in `groups` are dropped from the address; `defaultView` is the page's own view.
 * Changes are written at `path`, the finder's own address (a later page, /find/page/3/, leads
 * there once anything changes). `onRead` is called with each state read from the address, in
 * the same render as it is shown.
 */
export function useFinderUrl(
  groups: readonly FacetGroup[],
  defaultView: View,
  path: string,
  onRead: (state: FinderState) => void,
): FinderUrl {
  const known = useMemo(
    () =>
      Object.fromEntries(groups.map((g) => [g.key, new Set(g.options.map((o) => o.value))])) as Record<
        FacetKey,
        Set<string>
      >,
    [groups],
  );
  const [state, setState] = useState<FinderState>(() => parseState('', undefined, defaultView));
  const [hydrated, setHydrated] = useState(false);

  // The latest onRead, for the listener below that is added once (Preact has no useEffectEvent).
  const onReadRef = useRef(onRead);
  useLayoutEffect(() => {
    onReadRef.current = onRead;
  });
  // Once, as the island takes over the server-rendered page (known and defaultView come from the
  // page's props, which never change).
  useEffect(() => {
    const read = () => {
      const next = parseState(location.search, known, defaultView);
      setState(next);
      onReadRef.current(next);
    };
    // The first render had to match the server's HTML, which cannot know the address: the state
    // it holds can only be set once that render is on screen, so this second render is the point.
    read();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHydrated(true);
    const onPop = () => read();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [known, defaultView]);

  const navigate = useCallback(
    (next: FinderState, mode: 'push' | 'replace' = 'push') => {
      setState(next);
      const url = `${path}${serializeState(next, defaultView)}${location.hash}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    [defaultView, path],
  );

  return { state, hydrated, navigate };
}
