/**
 * The finder island: facets, text search, a place to measure distances from, sorting and the
 * map, with the whole state in the URL. It owns the controls and the count; the result cards are
 * the server-rendered page of cards in #finder-results, which it filters and orders in place (so
 * the page works without JavaScript and nothing jumps when this takes over), joined by cards
 * from the card files as results need them. The map (its own lazily loaded chunk) is drawn into
 * #finder-map when it is on screen.
 *
 * Nothing typed and no position leaves the device: the facet index, the point data, the ZIP and
 * town table and Pagefind's index are fetched from this site and searched locally.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dictionary } from '#i18n/dictionary.ts';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import { FACET_KEYS, type FacetKey } from '#lib/finder/facets.ts';
import { emptySelection, serializeState, unplacedState, type FinderState, type View } from '#lib/finder/query.ts';
import { typedPlace } from '#lib/map/places.ts';
import { RESULTS_PER_PAGE } from '#lib/finder/result-pages.ts';
import { filterChips, withoutChip } from '#lib/finder/chips.ts';
import { facetLabels } from '#lib/finder/reasons.ts';
import { fill, plural } from '#i18n/text.ts';
import type { MapSettings } from '#islands/map/use-leaflet-map.ts';
import { FacetGroups } from './FacetGroups.tsx';
import { FilterChips } from './FilterChips.tsx';
import { FinderMap } from './FinderMap.tsx';
import { NoResults } from './NoResults.tsx';
import { PlaceControls } from './PlaceControls.tsx';
import { ResultCount } from './ResultCount.tsx';
import { ShowMore } from './ShowMore.tsx';
import { SortControl } from './SortControl.tsx';
import { useFinderData } from './use-finder-data.ts';
import { useFinderResult } from './use-finder-result.ts';
import { useFinderUrl } from './use-finder-url.ts';
import { useMediaQuery } from './use-media-query.ts';
import { useNearPlace } from './use-near-place.ts';
import { useOpenNow } from './use-open-now.ts';
import { useResultCards } from './use-result-cards.ts';
import { useTextSearch } from './use-text-search.ts';
import { ViewToggle } from './ViewToggle.tsx';
import { WordSearch } from './WordSearch.tsx';
import { formatNumber } from '#i18n/numbers.ts';

/**
 * The finder dictionary's words the island shows; the page's own (titles, legends already in
 * `groups`, the search page, the search records) stay out of its props, which every page carries.
 */
export type IslandWords = Omit<
  Dictionary['finder'],
  'find' | 'mapPage' | 'layout' | 'legends' | 'languageNames' | 'search' | 'searchPage' | 'record'
>;

interface Props {
  groups: FacetGroup[];
  /** Counts over all listings, shown before the index loads (and without JavaScript). */
  initialCounts: Record<FacetKey, Record<string, number>>;
  total: number;
  indexUrl: string;
  pointsUrl: string;
  placesUrl: string;
  timesUrl: string;
  /** The folder of the card files in the page's language ('/es/find/cards/'). */
  cardsUrl: string;
  /** The position of the page's first card: /find/page/3/ starts further on until a change. */
  offset: number;
  /** The finder's own address in the page's language ('/es/find/'): changes are written there. */
  path: string;
  /** The site's base path, where the JSON files and Pagefind's index are. */
  base: string;
  /** Where the page's language starts ('/' or '/es/', base path included): links stay in it. */
  home: string;
  /** The finder's words in the page's language, and its locale (numbers, plurals). */
  words: IslandWords;
  locale: string;
  map: MapSettings;
  /** The area the site covers, for messages ("… in Greater Lansing"). */
  regionName: string;
  /** What the page shows on a phone when the URL does not say: the list, or the map (/map/). */
  defaultView: View;
}

/** Wide screens show the map beside the results; narrower ones switch between them. */
const WIDE = '(min-width: 64rem)';
/** From this width the filters stand beside the results (finder.css); narrower, behind a button. */
const SIDE_FILTERS = '(min-width: 52rem)';
/**
 * Cards shown at a time, as many as a page holds without JavaScript. The count always covers
 * every match; showing them in pages keeps a facet change fast (only shown cards are fetched
 * and laid out) and phones light.
 */
const PAGE = RESULTS_PER_PAGE;

export default function Finder({
  groups,
  initialCounts,
  total,
  indexUrl,
  pointsUrl,
  placesUrl,
  timesUrl,
  cardsUrl,
  offset,
  path,
  base,
  home,
  words,
  locale,
  map,
  regionName,
  defaultView,
}: Props) {
  const distanceWords = { ...words.distance, locale };
  const [limit, setLimit] = useState(PAGE);
  // A phone's filters, behind the Filters button (wide screens always show them).
  const [panelOpen, setPanelOpen] = useState(false);
  // A later page's cards are shown from where the page starts, until anything is changed.
  const [start, setStart] = useState(offset);
  // The place box's text: what is typed until it is applied, and the place read from the address.
  const [nearDraft, setNearDraft] = useState('');
  const { state, hydrated, navigate } = useFinderUrl(groups, defaultView, path, (read) =>
    setNearDraft(typedPlace(read.near)),
  );
  const update = (next: FinderState, mode: 'push' | 'replace' = 'push') => {
    navigate(next, mode);
    setLimit(PAGE);
    setStart(0);
  };
  const wide = useMediaQuery(WIDE);
  const sideFilters = useMediaQuery(SIDE_FILTERS);
  const mapOnScreen = hydrated && (wide || state.view === 'map');
  const near = useNearPlace({ state, update, setDraft: setNearDraft, placesUrl, words: words.near });
  const wantsPoints = mapOnScreen || !!near.query || near.wantsDistances;
  // The first touch of the finder (a focus or a press anywhere in it) fetches the facet index,
  // so a filter chosen next is answered at once.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    const layout = document.querySelector('.finder-layout');
    const touch = () => setTouched(true);
    layout?.addEventListener('focusin', touch, { once: true });
    layout?.addEventListener('pointerdown', touch, { once: true });
    return () => {
      layout?.removeEventListener('focusin', touch);
      layout?.removeEventListener('pointerdown', touch);
    };
  }, []);
  // Anything that narrows the results; with none and the default order, the state is the one the
  // page was rendered in.
  const filtered = FACET_KEYS.some((k) => state.selected[k].length > 0) || !!state.q || !!state.near || state.open;
  const asRendered = !filtered && state.sort === 'best';
  const wantsIndex = hydrated && (touched || wantsPoints || !asRendered);
  const { index, points, times, failed } = useFinderData({ indexUrl, pointsUrl, timesUrl }, wantsIndex, wantsPoints);
  const { onNow, minute } = useOpenNow(times, index?.size);
  const text = useTextSearch(state.q, index, base);

  const { result, distances, nearPending } = useFinderResult({ index, state, text, near, points, onNow });
  const labels = useMemo(() => facetLabels(groups), [groups]);
  // Until the address is read, the state is the unfiltered one the page was rendered for.
  const first = hydrated && !asRendered ? 0 : start;
  const { cards, shown, activeSlug, select } = useResultCards({
    result,
    index,
    first,
    limit,
    cardsUrl,
    distances,
    times,
    minute,
    wide,
    labels,
    selected: state.selected,
    words: { matches: words.matches, distance: distanceWords },
  });

  // Phones show the list or the map; the page's CSS reads this, and hides the pager (the
  // pages without JavaScript) once "Show more" is here.
  useEffect(() => {
    const layout = document.querySelector('.finder-layout');
    layout?.setAttribute('data-view', state.view);
    layout?.setAttribute('data-island', '');
  }, [state.view]);

  // Ready once the results' cards are on show (some may come from the card files).
  // Without the index (an unfiltered first visit), the page's own cards are the results.
  const ready = hydrated && !text.pending && (result ? shown : !wantsIndex);
  // Words in the address or just typed, not yet searched: no count rather than a stale one.
  const searching = hydrated && !!state.q && !failed && (!result || text.pending);
  const count = result?.count ?? total;
  const remaining = result ? Math.max(0, result.count - first - limit) : 0;
  const showMore = () => {
    // Move focus to the first newly shown card, so keyboard users continue where the list grew.
    cards.focusOnUpdate(index?.slugs[result!.order[first + limit]!]);
    setLimit(limit + PAGE);
  };
  const chips = filterChips(state, labels, near.place?.label, {
    openNow: words.filters.openNow,
    near: (place) => fill(words.filters.nearChip, { place }),
  });
  const clearAll = () => {
    setNearDraft('');
    const sort = state.sort === 'nearest' ? 'best' : state.sort;
    update({ ...state, q: '', selected: emptySelection(), near: '', radius: undefined, open: false, sort });
  };

  return (
    <>
      <div className="finder-controls" data-finder-ready={ready ? '' : undefined}>
        <WordSearch q={state.q} home={home} words={words.words} onChange={(q) => update({ ...state, q }, 'replace')} />
        {/* Drawn before the island takes over too (it needs JavaScript to work), so nothing moves when it does. */}
        <PlaceControls
          near={near}
          pending={nearPending}
          state={state}
          update={update}
          draft={nearDraft}
          setDraft={setNearDraft}
          regionName={regionName}
          words={words.near}
          distance={distanceWords}
        />
        <div className="finder-bar js-only">
          <button
            type="button"
            id="finder-filters-button"
            className="button secondary filters-button"
            aria-expanded={panelOpen}
            aria-controls="finder-filters"
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {chips.length > 0
              ? fill(words.filters.buttonCount, { n: formatNumber(chips.length, locale) })
              : words.filters.button}
          </button>
          <ViewToggle view={state.view} words={words.view} onChange={(view) => update({ ...state, view })} />
        </div>
      </div>
      {/* The filters: beside the results on wide screens; on a phone, opened by the Filters button. */}
      <div
        id="finder-filters"
        className="finder-panel"
        data-open={panelOpen ? '' : undefined}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !panelOpen) return;
          setPanelOpen(false);
          document.getElementById('finder-filters-button')?.focus();
        }}
      >
        <SortControl
          words={words.sort}
          sort={state.sort}
          nearby={!!near.place}
          onChange={(sort) => update({ ...state, sort }, 'replace')}
        />
        <FacetGroups
          groups={groups}
          initialCounts={initialCounts}
          selected={state.selected}
          open={state.open}
          result={result}
          hydrated={hydrated}
          shown={sideFilters || panelOpen}
          words={words.filters}
          onToggle={(key, value, checked) => {
            const values = state.selected[key].filter((v) => v !== value);
            if (checked) values.push(value);
            update({ ...state, selected: { ...state.selected, [key]: values } });
          }}
          onOpen={(open) => update({ ...state, open })}
        />
        <button
          type="button"
          className="button finder-done js-only"
          onClick={() => {
            setPanelOpen(false);
            cards.focusFirst();
          }}
        >
          {plural(locale, words.filters.done, count, { n: formatNumber(count, locale) })}
        </button>
      </div>
      <div className="finder-summary">
        <ResultCount
          count={count}
          state={state}
          place={near.place}
          failed={failed}
          searching={searching}
          words={words.count}
          distance={distanceWords}
        />
        <FilterChips
          chips={chips}
          filtered={filtered}
          words={{ inUse: words.filters.inUse, remove: words.filters.remove, clearAll: words.clearAll }}
          onRemove={(chip) => {
            if (chip.kind === 'near') setNearDraft('');
            update(withoutChip(state, chip));
          }}
          onClearAll={clearAll}
        />
        {index && result?.count === 0 && !searching && (
          <NoResults
            state={state}
            inputs={{ index, textMatches: state.q ? text.matches : undefined, distances, onNow }}
            groups={groups}
            home={home}
            words={words.noResults}
            distance={distanceWords}
            locale={locale}
            defaultView={defaultView}
            update={(next) => update(next)}
          />
        )}
      </div>
      {hydrated && (
        <ShowMore remaining={remaining} page={PAGE} template={words.showMore} locale={locale} onShowMore={showMore} />
      )}
      {mapOnScreen && (
        <FinderMap
          settings={map}
          points={points}
          matched={result?.matched}
          slugs={index?.slugs}
          near={near.place}
          radiusMiles={state.radius}
          activeSlug={activeSlug}
          onSelect={select}
          describe={(slug) => cards.describe(slug)}
          need={(positions) => (index ? cards.need(positions, index.slugs) : Promise.resolve())}
          onSkip={() => cards.focusFirst()}
          unplacedHref={`${home}find/${serializeState(unplacedState(state))}`}
          words={words.map}
          locale={locale}
        />
      )}
    </>
  );
}
