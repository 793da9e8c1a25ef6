/**
 * The finder island: facets, text search, a place to measure distances from, sorting and the
 * map, with the whole state in the URL. It owns the controls and the count; the result cards are
 * the server-rendered list in #finder-results, which it filters and orders in place (so the page
 * works without JavaScript and nothing jumps when this takes over). The map (its own lazily
 * loaded chunk) is drawn into #finder-map when it is on screen.
 *
 * Nothing typed and no position leaves the device: the facet index, the point data, the ZIP and
 * town table and Pagefind's index are fetched from this site and searched locally.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  decodeFacetIndex,
  FACET_KEYS,
  type FacetIndex,
  type FacetIndexJson,
  type FacetKey,
} from '#lib/finder/facets.ts';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import {
  emptySelection,
  parseState,
  runFinder,
  serializeState,
  SORTS,
  type FinderState,
  type SortKey,
  type View,
} from '#lib/finder/query.ts';
import { formatMiles, milesLabel } from '#lib/map/geo.ts';
import { parseNear, RADIUS_MILES, resolveNear, roundedPoint, type PlacesJson } from '#lib/map/places.ts';
import { decodePoints, distancesFrom, type Points, type PointsJson } from '#lib/map/points.ts';
import { decodeTimes, liveLine, onNowBits, type Times, type TimesJson } from '#lib/time/open-now.ts';
import { visitorTimeZone } from '#lib/time/schedule-text.ts';
import { everyMinute } from '#client/every-minute.ts';
import { loadPagefind } from '#client/pagefind.ts';
import type { MarkerInfo } from '#islands/map/cluster-layer.ts';
import type { MapSettings } from '#islands/map/use-leaflet-map.ts';

// The map's code and Leaflet's stylesheet arrive together, only when a map is on screen.
const MapView = lazy(() =>
  Promise.all([
    import('#islands/map/MapView.tsx'),
    import('#client/leaflet-css.ts').then((css) => css.loadLeafletCss()),
  ]).then(([module]) => module),
);

interface Props {
  groups: FacetGroup[];
  /** Counts over all listings, shown before the index loads (and without JavaScript). */
  initialCounts: Record<FacetKey, Record<string, number>>;
  total: number;
  indexUrl: string;
  pointsUrl: string;
  placesUrl: string;
  timesUrl: string;
  base: string;
  map: MapSettings;
  /** The area the site covers, for messages ("… in Greater Lansing"). */
  regionName: string;
  /** What the page shows on a phone when the URL does not say: the list, or the map (/map/). */
  defaultView: View;
}

const SORT_LABELS: Record<SortKey, string> = {
  best: 'Best match',
  name: 'Name',
  verified: 'Recently verified',
  nearest: 'Nearest',
};
const OPEN_BY_DEFAULT: readonly FacetKey[] = ['support', 'pathway'];
const MAX_TEXT_RESULTS = 1000;
/** Wide screens show the map beside the results; narrower ones switch between them. */
const WIDE = '(min-width: 64rem)';
/**
 * Cards shown at a time. The count always covers every match; showing them in pages keeps a
 * facet change fast at 10,000 listings (only shown cards are laid out) and phones light.
 */
const PAGE = 48;

/** Positions (in the facet index) of the listings Pagefind finds for `q`, best match first. */
async function searchText(q: string, base: string, positions: Map<string, number>): Promise<number[]> {
  const engine = await loadPagefind(base);
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

/** A listing's name, link and card details, for the map's labels and popups. */
function describeCard(card: HTMLElement | undefined): MarkerInfo | undefined {
  const link = card?.querySelector<HTMLAnchorElement>('h2 a, h3 a');
  if (!card || !link) return undefined;
  const details = [card.querySelector('.meta'), card.querySelector('.badges')]
    .filter((node): node is Element => node !== null)
    .map((node) => node.cloneNode(true));
  return { name: link.textContent ?? '', href: link.getAttribute('href') ?? '#', details };
}

export default function Finder({
  groups,
  initialCounts,
  total,
  indexUrl,
  pointsUrl,
  placesUrl,
  timesUrl,
  base,
  map,
  regionName,
  defaultView,
}: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [index, setIndex] = useState<FacetIndex>();
  const [points, setPoints] = useState<Points>();
  const [places, setPlaces] = useState<PlacesJson>();
  const [state, setState] = useState<FinderState>(() => parseState('', undefined, defaultView));
  const [textMatches, setTextMatches] = useState<number[] | undefined>();
  const [textPending, setTextPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [targets, setTargets] = useState<{ more: HTMLElement | null; map: HTMLElement | null }>({
    more: null,
    map: null,
  });
  const [wide, setWide] = useState(false);
  const [nearDraft, setNearDraft] = useState('');
  const [fromDevice, setFromDevice] = useState<string>();
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState('');
  const [activeSlug, setActiveSlug] = useState<string>();
  // Set when someone reaches for the place controls, so the data they need is here (even offline)
  // by the time they have typed.
  const [wantsDistances, setWantsDistances] = useState(false);
  const [selectedSlug, setSelectedSlug] = useState<string>();
  const [times, setTimes] = useState<(Times | undefined)[]>();
  // The minute the "open now" filter and the cards' state lines were worked out for.
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  const liveLabels = useRef<Map<string, HTMLElement>>(new Map());
  const liveMinute = useRef<Map<string, number>>(new Map());
  const focusAfterMore = useRef<string | undefined>(undefined);
  const cards = useRef<Map<string, HTMLElement>>(new Map());
  /** Slugs of the cards on show; undefined until the first pass has hidden the rest. */
  const shownCards = useRef<Set<string>>(undefined);
  const distanceLabels = useRef<Map<string, HTMLElement>>(new Map());

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
    const initial = parseState(location.search, known, defaultView);
    setState(initial);
    setNearDraft(initial.near);
    setHydrated(true);
    setTargets({ more: document.getElementById('finder-more'), map: document.getElementById('finder-map') });
    for (const el of document.querySelectorAll<HTMLElement>('#finder-results [data-listing]')) {
      cards.current.set(el.dataset.listing!, el);
    }
    fetch(indexUrl)
      .then((r) => r.json() as Promise<FacetIndexJson>)
      .then((json) => setIndex(decodeFacetIndex(json)))
      .catch(() => setFailed(true));
    const onPop = () => {
      const next = parseState(location.search, known, defaultView);
      setState(next);
      setNearDraft(next.near);
    };
    addEventListener('popstate', onPop);
    const wideQuery = matchMedia(WIDE);
    const onWide = () => setWide(wideQuery.matches);
    onWide();
    wideQuery.addEventListener('change', onWide);
    return () => {
      removeEventListener('popstate', onPop);
      wideQuery.removeEventListener('change', onWide);
    };
  }, [indexUrl, known, defaultView]);

  // Hours and schedules come after the first results are on screen; they only add to them.
  useEffect(() => {
    if (!index || times) return;
    fetch(timesUrl)
      .then((r) => r.json() as Promise<TimesJson>)
      .then((json) => setTimes(decodeTimes(json)))
      .catch(() => setTimes([]));
  }, [index, times, timesUrl]);
  // "Open now" is true for a minute at a time: re-check at the turn of each minute.
  useEffect(() => {
    if (!times) return;
    return everyMinute(() => setMinute(Math.floor(Date.now() / 60_000)));
  }, [times]);
  const onNow = useMemo(
    () => (times && times.length === index?.size ? onNowBits(times, minute * 60_000 + 30_000) : undefined),
    [times, index, minute],
  );

  const near = useMemo(() => parseNear(state.near), [state.near]);
  const mapOnScreen = hydrated && (wide || state.view === 'map');

  // Point data is fetched only once a map is on screen or distances are asked for.
  useEffect(() => {
    if (!index || points || !(mapOnScreen || near || wantsDistances)) return;
    fetch(pointsUrl)
      .then((r) => r.json() as Promise<PointsJson>)
      .then((json) => setPoints(decodePoints(json, index.size)))
      .catch(() => setFailed(true));
  }, [index, points, mapOnScreen, near, wantsDistances, pointsUrl]);

  const loadPlaces = useCallback(() => {
    if (places) return;
    fetch(placesUrl)
      .then((r) => r.json() as Promise<PlacesJson>)
      .then(setPlaces)
      .catch(() => setPlaces({ version: 1, zips: [], towns: [] }));
  }, [places, placesUrl]);
  useEffect(() => {
    if (near && near.kind !== 'point') loadPlaces();
  }, [near, loadPlaces]);

  const nearPlace = useMemo(() => {
    const place = near && resolveNear(near, places);
    if (place && near?.kind === 'point' && fromDevice === state.near) return { ...place, label: 'your location' };
    return place;
  }, [near, places, fromDevice, state.near]);
  // Still looking the place up: hold the results rather than show them without distances.
  const nearPending = !!near && (!points || (near.kind !== 'point' && !places));
  const distances = useMemo(
    () => (points && nearPlace ? distancesFrom(points, nearPlace) : undefined),
    [points, nearPlace],
  );

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

  // With open=now, hold the results until it is known what is open.
  const openPending = state.open && !onNow;
  const result = useMemo(
    () =>
      index && !(state.q && !textMatches) && !nearPending && !openPending
        ? runFinder(index, state, state.q ? textMatches : undefined, distances, onNow)
        : undefined,
    [index, state, textMatches, nearPending, openPending, distances, onNow],
  );

  // Show the first `limit` matching cards in result order; hide the rest. After the first pass
  // (which hides all but a page of the server-rendered list) only the cards shown before and the
  // ones shown now are touched, so a facet click costs the same at 100 or 10,000 listings.
  useEffect(() => {
    if (!result || !index) return;
    const rank = new Map(result.order.slice(0, limit).map((position, i) => [index.slugs[position]!, i]));
    const touched = shownCards.current ? [...shownCards.current, ...rank.keys()] : cards.current.keys();
    for (const slug of touched) {
      const el = cards.current.get(slug);
      if (!el) continue;
      const r = rank.get(slug);
      const hidden = r === undefined;
      if (el.hidden !== hidden) el.hidden = hidden;
      const order = hidden ? '' : String(r);
      if (el.style.order !== order) el.style.order = order;
    }
    if (!shownCards.current) document.getElementById('finder-results')?.setAttribute('data-paged', '');
    shownCards.current = new Set(rank.keys());
    // Distances on the shown cards, or none when no place is given.
    for (const [slug, label] of distanceLabels.current) {
      if (!distances || !rank.has(slug)) label.textContent = '';
    }
    if (distances) {
      for (const slug of rank.keys()) {
        const miles = distances[positions.get(slug)!]!;
        let label = distanceLabels.current.get(slug);
        if (!label && !Number.isNaN(miles)) {
          label = document.createElement('span');
          label.className = 'distance';
          label.dataset.distance = '';
          cards.current.get(slug)?.querySelector('.meta')?.append(label);
          distanceLabels.current.set(slug, label);
        }
        if (label) label.textContent = Number.isNaN(miles) ? '' : ` · ${formatMiles(miles)}`;
      }
    }
    // What is on now, on the shown cards: "Open now · closes at 5:00 PM", "Starts in 20 minutes".
    for (const [slug, label] of liveLabels.current) {
      if (!times || !rank.has(slug)) label.hidden = true;
    }
    if (times && times.length === index.size) {
      const now = Date.now();
      const visitorZone = visitorTimeZone('UTC');
      for (const slug of rank.keys()) {
        const t = times[positions.get(slug)!];
        if (!t) continue;
        // A card's line changes by the minute, not with the facets: a click reuses it.
        if (liveMinute.current.get(slug) === minute && liveLabels.current.get(slug)?.hidden === false) continue;
        liveMinute.current.set(slug, minute);
        let label = liveLabels.current.get(slug);
        if (!label) {
          label = document.createElement('p');
          label.className = 'live-status card-live';
          label.dataset.cardLive = '';
          cards.current.get(slug)?.querySelector('.badges')?.before(label);
          liveLabels.current.set(slug, label);
        }
        const { text, state: liveState } = liveLine(t, now, visitorZone);
        label.textContent = text;
        label.dataset.state = liveState;
        label.hidden = false;
      }
    }
    const focusSlug = focusAfterMore.current;
    focusAfterMore.current = undefined;
    if (focusSlug) cards.current.get(focusSlug)?.querySelector<HTMLElement>('a')?.focus();
  }, [result, index, limit, distances, positions, times, minute]);

  // Phones show the list or the map; the page's CSS reads this.
  useEffect(() => {
    document.querySelector('.finder-layout')?.setAttribute('data-view', state.view);
  }, [state.view]);

  // Pointing at a card highlights its place on the map.
  useEffect(() => {
    const list = document.getElementById('finder-results');
    if (!list) return;
    const point = (event: Event) =>
      setActiveSlug((event.target as HTMLElement).closest<HTMLElement>('[data-listing]')?.dataset.listing);
    const leave = () => setActiveSlug(undefined);
    list.addEventListener('pointerover', point);
    list.addEventListener('focusin', point);
    list.addEventListener('pointerleave', leave);
    list.addEventListener('focusout', leave);
    return () => {
      list.removeEventListener('pointerover', point);
      list.removeEventListener('focusin', point);
      list.removeEventListener('pointerleave', leave);
      list.removeEventListener('focusout', leave);
    };
  }, []);

  // Choosing a place on the map marks its card, and brings it into view beside the map.
  useEffect(() => {
    const card = selectedSlug ? cards.current.get(selectedSlug) : undefined;
    if (!card) return;
    card.classList.add('is-selected');
    if (wide && !card.hidden) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return () => card.classList.remove('is-selected');
  }, [selectedSlug, wide]);

  const update = useCallback(
    (next: FinderState, mode: 'push' | 'replace' = 'push') => {
      setState(next);
      setLimit(PAGE);
      const url = `${location.pathname}${serializeState(next, defaultView)}${location.hash}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    [defaultView],
  );

  const toggle = (key: FacetKey, value: string, checked: boolean) => {
    const values = state.selected[key].filter((v) => v !== value);
    if (checked) values.push(value);
    update({ ...state, selected: { ...state.selected, [key]: values } });
  };

  const setNear = (value: string) => {
    setNearDraft(value);
    setLocateError('');
    if (value.trim() !== state.near) update({ ...state, near: value.trim() });
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocateError('This browser cannot share a location. Type a ZIP code or town instead.');
      return;
    }
    setLocating(true);
    setLocateError('');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        // Rounded to about 100 m: close enough for distances, and what the address keeps.
        const value = roundedPoint(position.coords.latitude, position.coords.longitude);
        setFromDevice(value);
        setNearDraft('');
        update({ ...state, near: value });
      },
      () => {
        setLocating(false);
        setLocateError('Your location is not available. Type a ZIP code or town instead.');
      },
      { maximumAge: 300_000, timeout: 15_000 },
    );
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
  const sorts = SORTS.filter((s) => s !== 'nearest' || nearPlace);
  const unknownPlace = !!near && !nearPending && !nearPlace;

  let nearStatus = '';
  if (unknownPlace) nearStatus = `“${state.near}” is not a ZIP code or town we know in ${regionName}. Try another.`;
  else if (nearPlace)
    nearStatus = `Distances from ${nearPlace.label}${state.radius ? `, within ${milesLabel(state.radius)}` : ''}.`;
  else if (locating) nearStatus = 'Finding your location…';
  else if (locateError) nearStatus = locateError;

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
        {hydrated && (
          <form
            className="finder-near"
            onFocus={() => {
              loadPlaces();
              setWantsDistances(true);
            }}
            onPointerEnter={() => {
              loadPlaces();
              setWantsDistances(true);
            }}
            onSubmit={(e) => {
              e.preventDefault();
              setNear(nearDraft);
            }}
          >
            <label htmlFor="finder-near">Near a ZIP code or town</label>
            <div className="near-row">
              <input
                id="finder-near"
                type="text"
                list="finder-places"
                autoComplete="off"
                value={nearDraft}
                placeholder={fromDevice === state.near && state.near ? 'Your location' : 'e.g. 48912 or Okemos'}
                aria-describedby="finder-near-status finder-near-privacy"
                onChange={(e) => setNearDraft(e.target.value)}
                onBlur={() => nearDraft.trim() !== '' && setNear(nearDraft)}
              />
              <button type="submit" className="button secondary">
                Go
              </button>
              <button type="button" className="button secondary" onClick={locate} disabled={locating}>
                Use my location
              </button>
              {state.near && (
                <button type="button" className="button secondary" onClick={() => setNear('')}>
                  Clear place
                </button>
              )}
            </div>
            <datalist id="finder-places">
              {places?.towns.map(([name]) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <label htmlFor="finder-radius" className="finder-radius" hidden={!nearPlace}>
              Within{' '}
              <select
                id="finder-radius"
                value={state.radius ?? ''}
                onChange={(e) => update({ ...state, radius: e.target.value ? Number(e.target.value) : undefined })}
              >
                <option value="">any distance</option>
                {RADIUS_MILES.map((miles) => (
                  <option key={miles} value={miles}>
                    {milesLabel(miles)}
                  </option>
                ))}
              </select>
            </label>
            <p id="finder-near-status" className="near-status" aria-live="polite">
              {nearStatus}
            </p>
            <p id="finder-near-privacy" className="near-privacy">
              Looked up on this device; your place is never sent anywhere.
            </p>
          </form>
        )}
        <div className="finder-bar">
          <p aria-live="polite" aria-atomic="true" className="finder-count">
            <strong data-result-count>{count}</strong> {count === 1 ? 'listing' : 'listings'}
            {state.q && ` matching “${state.q}”`}
            {nearPlace && state.radius && ` within ${milesLabel(state.radius)}`}
            {state.open && ' open or meeting now'}
            {failed && ' (filters are unavailable right now; showing everything)'}
          </p>
          <label htmlFor="finder-sort" className="finder-sort">
            Sort by{' '}
            <select
              id="finder-sort"
              value={sorts.includes(state.sort) ? state.sort : 'best'}
              onChange={(e) => update({ ...state, sort: e.target.value as SortKey }, 'replace')}
            >
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          {hydrated && (
            <div className="view-toggle" role="group" aria-label="Show results as">
              {(['list', 'map'] as const).map((view) => (
                <button
                  key={view}
                  type="button"
                  className="button secondary"
                  aria-pressed={state.view === view}
                  onClick={() => update({ ...state, view })}
                >
                  {view === 'list' ? 'List' : 'Map'}
                </button>
              ))}
            </div>
          )}
          {(selectedCount > 0 || state.q || state.near || state.open) && (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setNearDraft('');
                update({ ...state, q: '', selected: emptySelection(), near: '', radius: undefined, open: false });
              }}
            >
              Clear all
            </button>
          )}
        </div>
      </div>
      <div className="finder-facets" aria-label="Filters" role="group">
        {hydrated && (
          <div className="facet facet-open">
            <div className={result?.openCount === 0 && !state.open ? 'option empty' : 'option'}>
              <input
                type="checkbox"
                id="f-open-now"
                name="open"
                value="now"
                checked={state.open}
                onChange={(e) => update({ ...state, open: e.target.checked })}
              />
              <label htmlFor="f-open-now">
                Open or meeting now {result?.openCount !== undefined && <span className="n">({result.openCount})</span>}
              </label>
            </div>
          </div>
        )}
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
      {targets.more &&
        remaining > 0 &&
        createPortal(
          <button type="button" className="button secondary" onClick={showMore}>
            Show {Math.min(PAGE, remaining)} more ({remaining} not shown yet)
          </button>,
          targets.more,
        )}
      {targets.map &&
        mapOnScreen &&
        createPortal(
          points && result && index ? (
            <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
              <MapView
                settings={map}
                points={points}
                matched={result.matched}
                slugs={index.slugs}
                near={nearPlace}
                radiusMiles={state.radius}
                activeSlug={activeSlug}
                onSelect={setSelectedSlug}
                describe={(slug) => describeCard(cards.current.get(slug))}
              />
            </Suspense>
          ) : (
            <p className="map-loading">Loading the map…</p>
          ),
          targets.map,
        )}
    </>
  );
}
