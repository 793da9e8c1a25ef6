/**
 * The finder island: facets, text search and sorting over every listing, with the whole state in
 * the URL. It owns the controls and the count; the result cards are the server-rendered list in
 * #finder-results, which it filters and orders in place (so the page works without JavaScript and
 * nothing jumps when this takes over). Nothing typed leaves the device: the facet index and
 * Pagefind's index are fetched from this site and searched locally.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { decodeFacetIndex, FACET_KEYS, type FacetIndex, type FacetIndexJson, type FacetKey } from '../lib/facets.ts';
import type { FacetGroup } from '../lib/finder-facets.ts';
import { parseState, runFinder, serializeState, SORTS, type FinderState, type SortKey } from '../lib/finder.ts';

interface Props {
  groups: FacetGroup[];
  /** Counts over all listings, shown before the index loads (and without JavaScript). */
  initialCounts: Record<FacetKey, Record<string, number>>;
  total: number;
  indexUrl: string;
  base: string;
}

const SORT_LABELS: Record<SortKey, string> = { best: 'Best match', name: 'Name', verified: 'Recently verified' };
const OPEN_BY_DEFAULT: readonly FacetKey[] = ['support', 'pathway'];
const MAX_TEXT_RESULTS = 1000;
/**
 * Cards shown at a time. The count always covers every match; showing them in pages keeps a
 * facet change fast at 10,000 listings (only shown cards are laid out) and phones light.
 */
const PAGE = 48;

interface PagefindModule {
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] } | null>;
  options?: (o: { baseUrl: string }) => Promise<void>;
}
let pagefind: Promise<PagefindModule> | undefined;

/** Positions (in the facet index) of the listings Pagefind finds for `q`, best match first. */
async function searchText(q: string, base: string, positions: Map<string, number>): Promise<number[]> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>).then(async (m) => {
    await m.options?.({ baseUrl: base });
    return m;
  });
  const engine = await pagefind;
  const response = await engine.search(q);
  const data = await Promise.all((response?.results ?? []).slice(0, MAX_TEXT_RESULTS).map((r) => r.data()));
  const found: number[] = [];
  for (const { url } of data) {
    const slug = /\/listings\/([^/]+)\//.exec(url)?.[1];
    const position = slug ? positions.get(slug) : undefined;
    if (position !== undefined && !found.includes(position)) found.push(position);
  }
  return found;
}

export default function Finder({ groups, initialCounts, total, indexUrl, base }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [index, setIndex] = useState<FacetIndex>();
  const [state, setState] = useState<FinderState>(() => parseState(''));
  const [textMatches, setTextMatches] = useState<number[] | undefined>();
  const [textPending, setTextPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [moreTarget, setMoreTarget] = useState<HTMLElement | null>(null);
  const focusAfterMore = useRef<string | undefined>(undefined);
  const cards = useRef<Map<string, HTMLElement>>(new Map());

  const known = useMemo(
    () =>
      Object.fromEntries(groups.map((g) => [g.key, new Set(g.options.map((o) => o.value))])) as Record<
        FacetKey,
        Set<string>
      >,
    [groups],
  );

  // Take over: read the URL, index the server-rendered cards, fetch the facet index.
  useEffect(() => {
    setState(parseState(location.search, known));
    setHydrated(true);
    setMoreTarget(document.getElementById('finder-more'));
    for (const el of document.querySelectorAll<HTMLElement>('#finder-results [data-listing]')) {
      cards.current.set(el.dataset.listing!, el);
    }
    fetch(indexUrl)
      .then((r) => r.json() as Promise<FacetIndexJson>)
      .then((json) => setIndex(decodeFacetIndex(json)))
      .catch(() => setFailed(true));
    const onPop = () => setState(parseState(location.search, known));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [indexUrl, known]);

  const positions = useMemo(() => new Map(index?.slugs.map((slug, i) => [slug, i]) ?? []), [index]);

  // Text search runs in Pagefind, debounced; facets then narrow its matches.
  useEffect(() => {
    if (!state.q || !index) {
      setTextMatches(undefined);
      setTextPending(false);
      return;
    }
    let cancelled = false;
    setTextPending(true);
    const timer = setTimeout(() => {
      searchText(state.q, base, positions)
        .then((found) => !cancelled && setTextMatches(found))
        .catch(() => !cancelled && setTextMatches([]))
        .finally(() => !cancelled && setTextPending(false));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [state.q, index, base, positions]);

  const result = useMemo(
    () =>
      index && !(state.q && !textMatches) ? runFinder(index, state, state.q ? textMatches : undefined) : undefined,
    [index, state, textMatches],
  );

  // Show the first `limit` matching cards in result order; hide the rest. Only changed cards are touched.
  useEffect(() => {
    if (!result || !index) return;
    const rank = new Map(result.order.slice(0, limit).map((position, i) => [index.slugs[position]!, i]));
    for (const [slug, el] of cards.current) {
      const r = rank.get(slug);
      const hidden = r === undefined;
      if (el.hidden !== hidden) el.hidden = hidden;
      const order = hidden ? '' : String(r);
      if (el.style.order !== order) el.style.order = order;
    }
    const focusSlug = focusAfterMore.current;
    focusAfterMore.current = undefined;
    if (focusSlug) cards.current.get(focusSlug)?.querySelector<HTMLElement>('a')?.focus();
  }, [result, index, limit]);

  const update = useCallback((next: FinderState, mode: 'push' | 'replace' = 'push') => {
    setState(next);
    setLimit(PAGE);
    const url = `${location.pathname}${serializeState(next)}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, []);

  const toggle = (key: FacetKey, value: string, checked: boolean) => {
    const values = state.selected[key].filter((v) => v !== value);
    if (checked) values.push(value);
    update({ ...state, selected: { ...state.selected, [key]: values } });
  };

  const selectedCount = FACET_KEYS.reduce((n, k) => n + state.selected[k].length, 0);
  const ready = hydrated && !!result && !textPending;
  const count = result?.count ?? total;
  const remaining = result ? result.count - Math.min(limit, result.count) : 0;
  const showMore = () => {
    // Move focus to the first newly shown card, so keyboard users continue where the list grew.
    focusAfterMore.current = index?.slugs[result!.order[limit]!];
    setLimit(limit + PAGE);
  };

  return (
    <>
      <div className="finder-controls" data-finder-ready={ready ? '' : undefined}>
        <form role="search" className="finder-search" onSubmit={(e) => e.preventDefault()} action={`${base}search/`}>
          <label htmlFor="finder-q">Search by word</label>
          <input
            id="finder-q"
            name="q"
            type="search"
            autoComplete="off"
            value={state.q}
            placeholder="e.g. dentist, Friday, Spanish"
            onChange={(e) => update({ ...state, q: e.target.value }, 'replace')}
          />
        </form>
        <div className="finder-bar">
          <p aria-live="polite" aria-atomic="true" className="finder-count">
            <strong data-result-count>{count}</strong> {count === 1 ? 'listing' : 'listings'}
            {state.q && ` matching “${state.q}”`}
            {failed && ' (filters are unavailable right now; showing everything)'}
          </p>
          <label htmlFor="finder-sort" className="finder-sort">
            Sort by{' '}
            <select
              id="finder-sort"
              value={state.sort}
              onChange={(e) => update({ ...state, sort: e.target.value as SortKey }, 'replace')}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          {(selectedCount > 0 || state.q) && (
            <button
              type="button"
              className="button secondary"
              onClick={() => update({ ...state, q: '', selected: parseState('').selected })}
            >
              Clear all
            </button>
          )}
        </div>
      </div>
      <div className="finder-facets" aria-label="Filters" role="group">
        {groups.map((group) => (
          <details key={group.key} className="facet" open={OPEN_BY_DEFAULT.includes(group.key) || undefined}>
            <summary>
              {group.legend}
              {state.selected[group.key].length > 0 && ` (${state.selected[group.key].length})`}
            </summary>
            <fieldset>
              <legend className="visually-hidden">{group.legend}</legend>
              {group.options.map((option) => {
                const n = result?.counts[group.key].get(option.value) ?? initialCounts[group.key][option.value] ?? 0;
                const id = `f-${group.key}-${option.value}`;
                const checked = state.selected[group.key].includes(option.value);
                return hydrated ? (
                  <div key={option.value} className={n === 0 && !checked ? 'option empty' : 'option'}>
                    <input
                      type="checkbox"
                      id={id}
                      name={group.key}
                      value={option.value}
                      checked={checked}
                      onChange={(e) => toggle(group.key, option.value, e.target.checked)}
                    />
                    <label htmlFor={id}>
                      {option.label} <span className="n">({n})</span>
                    </label>
                  </div>
                ) : (
                  <div key={option.value} className="option">
                    <a href={option.href ?? `?${group.key}=${encodeURIComponent(option.value)}`}>
                      {option.label} <span className="n">({n})</span>
                    </a>
                  </div>
                );
              })}
            </fieldset>
          </details>
        ))}
      </div>
      {moreTarget &&
        remaining > 0 &&
        createPortal(
          <button type="button" className="button secondary" onClick={showMore}>
            Show {Math.min(PAGE, remaining)} more ({remaining} not shown yet)
          </button>,
          moreTarget,
        )}
    </>
  );
}
