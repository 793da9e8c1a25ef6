/**
 * The /gaps/ page: reads the planner's choices from the URL, counts for every place of the region
 * the matching assets within the distance (src/lib/gaps/coverage.ts), and shows the result as
 * sentences, a sortable table (downloadable as CSV) and a map that loads only when scrolled to.
 * Distances from every place to every listing are worked out once; a change of choice then only
 * walks the matching listings. The page's data files are the finder's, the same for everyone.
 */
import {
  biggestGaps,
  isGap,
  placeCoverage,
  placeDistanceRow,
  pointCosines,
  unplacedMatches,
  type PlaceCoverage,
} from '#lib/gaps/coverage.ts';
import { gapPlacesOf } from '#lib/gaps/places.ts';
import { decodeSessionIndex, type SessionIndex, type SessionIndexJson } from '#lib/gaps/sessions.ts';
import { csvText } from '#lib/csv/write.ts';
import { asksAboutTimes, GAP_FACETS, gapsMatches, gapsQuery, parseGapsState, type GapsState } from '#lib/gaps/state.ts';
import { indexesOf, popcount } from '#lib/finder/bitset.ts';
import {
  decodeFacetIndex,
  FACET_KEYS,
  type FacetIndex,
  type FacetIndexJson,
  type FacetKey,
} from '#lib/finder/facets.ts';
import type { PlacesJson } from '#lib/map/places.ts';
import { decodePoints, pointOf, type Points, type PointsJson } from '#lib/map/points.ts';
import { el } from './dom.ts';
import { nextTask } from './next-task.ts';
import { loadListItems } from './list-data.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural, type Plural } from '#i18n/text.ts';
import { pageWords } from './page-words.ts';
import { formatNumber } from '#i18n/numbers.ts';

type GapsWords = Dictionary['gaps'];

/** What the page hands this script (gaps.astro). */
export interface GapsScriptWords {
  locale: string;
  summary: GapsWords['summary'];
  biggest: GapsWords['biggest'];
  anything: string;
  table: GapsWords['table'];
  map: GapsWords['map'];
  fileName: string;
  miles: Plural;
  labels: Partial<Record<FacetKey, Record<string, string>>>;
  times: Record<string, string>;
  staleDays: number;
  /** The build's day, "YYYY-MM-DD": staleness is counted as the page was published. */
  today: string;
}

type SortKey = 'place' | 'count' | 'distance';

/** The places that show first: gaps, the farthest from help first; then the least covered. */
export function sortRows(rows: readonly PlaceCoverage[], key: SortKey, locale: string): PlaceCoverage[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const far = (r: PlaceCoverage) => r.nearestMiles ?? Infinity;
  const compare: Record<SortKey, (a: PlaceCoverage, b: PlaceCoverage) => number> = {
    place: (a, b) => collator.compare(a.place.name, b.place.name),
    count: (a, b) => a.count - b.count || far(b) - far(a) || collator.compare(a.place.name, b.place.name),
    distance: (a, b) => far(b) - far(a) || collator.compare(a.place.name, b.place.name),
  };
  return [...rows].sort(compare[key]);
}

/**
 * How long the distances are worked out before the page gets a turn: well under a long task's
 * 50 ms on a slow phone, which takes several times as long as a laptop for each slice.
 */
const SLICE_MS = 10;

const json = <T>(url: string): Promise<T> =>
  fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`))));

export function startGaps(root: HTMLElement): void {
  const words = pageWords<GapsScriptWords>(document, 'gaps');
  const form = root.querySelector<HTMLFormElement>('[data-gaps-form]');
  if (!words || !form) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const base = root.dataset.base ?? '/';
  const shards = Number(root.dataset.shards ?? '1');
  const miles = (n: number) => plural(words.locale, words.miles, Math.round(n * 10) / 10);

  let state = parseGapsState(location.search);
  let sort: SortKey = 'count';
  let rows: PlaceCoverage[] = [];
  let index: FacetIndex | undefined;
  const names = new Map<string, string>();

  function writeForm(): void {
    for (const key of GAP_FACETS) {
      const select = form!.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) select.value = state.selected[key][0] ?? '';
    }
    (form!.elements.namedItem('time') as HTMLSelectElement).value = state.time[0] ?? '';
    (form!.elements.namedItem('within') as HTMLSelectElement).value = String(state.within);
    (form!.elements.namedItem('weekend') as HTMLInputElement).checked = state.weekend;
    // A link that chose something behind "More choices" shows it.
    const more = form!.querySelector<HTMLDetailsElement>('[data-gaps-more]');
    const chosenBehind = [
      ...(more?.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input') ?? []),
    ].some((field) => (field instanceof HTMLInputElement ? field.checked : field.value !== ''));
    if (more && chosenBehind) more.open = true;
  }
  /** The form as a state; a choice the form cannot show (a second value from a link) is kept. */
  function readForm(): GapsState {
    const data = new FormData(form!);
    const search = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string' && value) search.append(name, value);
    const next = parseGapsState(search.toString());
    for (const key of FACET_KEYS) {
      if (next.selected[key][0] && next.selected[key][0] === state.selected[key][0])
        next.selected[key] = state.selected[key];
    }
    return next;
  }

  /** "recovery housing for “Secular, Spanish”": what the sentences are about. */
  function what(): string {
    const label = (key: FacetKey, value: string) => words!.labels[key]?.[value] ?? value;
    const kinds = state.selected.category.map((v) => label('category', v));
    const head = kinds.length
      ? kinds.map((k) => k.charAt(0).toLocaleLowerCase(words!.locale) + k.slice(1)).join(' / ')
      : words!.anything;
    const more = [
      ...GAP_FACETS.filter((k) => k !== 'category').flatMap((key) => state.selected[key].map((v) => label(key, v))),
      ...state.time.map((t) => words!.times[t] ?? t),
      ...(state.weekend ? [words!.biggest.weekend] : []),
    ];
    return more.length ? fill(words!.biggest.qualified, { what: head, qualities: more.join(', ') }) : head;
  }

  // ---- Data, loaded once ------------------------------------------------------------------------
  let distances: Float32Array[] = [];
  let places: ReturnType<typeof gapPlacesOf> = [];
  let points: Points | undefined;
  let sessions: SessionIndex | undefined;
  const ready = Promise.all([
    json<FacetIndexJson>(root.dataset.facets!),
    json<PointsJson>(root.dataset.points!),
    json<PlacesJson>(root.dataset.places!),
    json<SessionIndexJson>(root.dataset.sessions!),
  ]).then(async ([indexJson, pointsJson, placesJson, sessionsJson]) => {
    index = decodeFacetIndex(indexJson);
    await nextTask();
    points = decodePoints(pointsJson, index.size);
    sessions = decodeSessionIndex(sessionsJson, index.size);
    places = gapPlacesOf(placesJson);
    await nextTask();
    const listingPoints = Array.from({ length: index.size }, (_, i) => pointOf(points!, i));
    const cosines = pointCosines(listingPoints);
    // Decoding the data, and every place times every listing, are long pieces of work with many
    // listings: they are done in turns (the distances a few places at a time), letting the page
    // answer a tap or draw a frame in between.
    const rows: Float32Array[] = [];
    let since = performance.now();
    for (const place of places) {
      rows.push(placeDistanceRow(place, listingPoints, cosines));
      if (performance.now() - since > SLICE_MS) {
        await nextTask();
        since = performance.now();
      }
    }
    distances = rows;
  });

  async function loadNames(slugs: readonly string[]): Promise<void> {
    const missing = slugs.filter((s) => !names.has(s));
    if (missing.length === 0) return;
    for (const item of await loadListItems(base, shards, missing)) names.set(item.s, item.n);
  }

  // ---- Working it out ---------------------------------------------------------------------------

  /** Counts every place for the current state; the time it took is kept for the benchmark. */
  function compute(): { matched: number; unplaced: number; stale: number } {
    const start = performance.now();
    const matched = gapsMatches(index!, asksAboutTimes(state) ? sessions : undefined, state);
    rows = placeCoverage(places, distances, matched, state.within);
    const today = Date.parse(`${words!.today}T00:00:00Z`) / 86_400_000;
    let stale = 0;
    for (const i of indexesOf(matched)) if (today - index!.verified[i]! > words!.staleDays) stale++;
    const result = { matched: popcount(matched), unplaced: unplacedMatches(matched, points!.placed), stale };
    root.dataset.computeMs = (performance.now() - start).toFixed(1);
    return result;
  }

  /** Renders started; a render whose names arrive after a newer choice's gives way to it. */
  let renders = 0;

  async function render(): Promise<void> {
    const token = ++renders;
    // A choice made while the data or the distances are still on their way waits for them (a
    // failure is said once, by the first render).
    if (
      !(await ready.then(
        () => true,
        () => false,
      )) ||
      token !== renders
    )
      return;
    const { matched, unplaced, stale } = compute();
    const within = miles(state.within);
    const gaps = rows.filter(isGap);
    const biggest = biggestGaps(rows, 8);
    await loadNames([
      ...new Set(rows.flatMap((r) => (r.nearest === undefined ? [] : [index!.slugs[r.nearest]!]))),
    ]).catch(() => {});
    if (token !== renders) return;
    const summary = [
      plural(words!.locale, words!.summary.listings, matched),
      ...(stale > 0 ? [plural(words!.locale, words!.summary.stale, stale, { days: words!.staleDays })] : []),
      plural(words!.locale, words!.summary.places, gaps.length, { total: rows.length, miles: within }),
      ...(unplaced > 0 ? [plural(words!.locale, words!.summary.unplaced, unplaced)] : []),
    ];
    $('[data-gaps-summary]').textContent = summary.join(' ');
    const subject = what();
    /** A place as a sentence names it: "Williamston", "ZIP code 48895". */
    const named = (row: PlaceCoverage) =>
      row.place.kind === 'zip' ? fill(words!.biggest.zip, { zip: row.place.name }) : row.place.name;
    $('[data-gaps-biggest]').replaceChildren(
      ...(biggest.length === 0
        ? [el('li', fill(words!.biggest.none, { miles: within }))]
        : biggest.map((row) =>
            el(
              'li',
              row.nearestMiles === undefined
                ? fill(words!.biggest.nowhere, { what: subject, place: named(row) })
                : fill(words!.biggest.line, {
                    what: subject,
                    miles: within,
                    place: named(row),
                    nearest: miles(row.nearestMiles),
                  }),
            ),
          )),
    );
    $('[data-key-covered]').textContent = fill(words!.map.covered, { miles: within });
    $('[data-key-gap]').textContent = fill(words!.map.gap, { miles: within });
    $('[data-gaps-caption]').textContent = fill(words!.table.caption, { miles: within });
    $('[data-count-heading]').textContent = fill(words!.table.count, { miles: within });
    renderTable();
    drawMap?.(rows, state.within);
    root.dataset.gapsReady = '';
    // Which choice the page shows, for the benchmark's "change to shown".
    root.dataset.rendered = String(token);
  }

  function renderTable(): void {
    const table = $('[data-gaps-table]');
    for (const th of table.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      const key = th.dataset.sortKey as SortKey;
      th.setAttribute(
        'aria-sort',
        key === sort ? (key === 'place' ? 'ascending' : key === 'count' ? 'ascending' : 'descending') : 'none',
      );
    }
    $('[data-gaps-rows]').replaceChildren(
      ...sortRows(rows, sort, words!.locale).map((row) => {
        const tr = el('tr');
        tr.dataset.place = row.place.name;
        tr.dataset.lat = String(row.place.lat);
        tr.dataset.lng = String(row.place.lng);
        tr.dataset.count = String(row.count);
        tr.dataset.nearestMiles = row.nearestMiles === undefined ? '' : row.nearestMiles.toFixed(1);
        if (isGap(row)) tr.dataset.gap = '';
        const place = el('th', row.place.name);
        place.scope = 'row';
        const count = el('td', formatNumber(row.count, words!.locale));
        if (isGap(row)) count.append(' ', el('span', `(${words!.table.gap})`, 'gap-mark'));
        const nearest = el('td');
        if (row.nearest === undefined) nearest.textContent = words!.table.none;
        else {
          const slug = index!.slugs[row.nearest]!;
          const a = el('a', names.get(slug) ?? slug);
          a.href = `${base}listings/${slug}/`;
          nearest.append(a);
        }
        tr.append(
          place,
          el('td', row.place.kind === 'zip' ? words!.table.zip : words!.table.town),
          count,
          nearest,
          // A narrow table may break "17.3 / miles" over two lines rather than scroll.
          el('td', row.nearestMiles === undefined ? '–' : miles(row.nearestMiles).replace(/\u00a0/g, ' ')),
        );
        return tr;
      }),
    );
  }

  // ---- The map, only once it is on screen -------------------------------------------------------
  let drawMap: ((rows: readonly PlaceCoverage[], within: number) => void) | undefined;
  const canvas = $('[data-gaps-map]');
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import('./gaps-map.ts').then(async ({ gapsMap }) => {
        drawMap = await gapsMap(canvas, root.dataset, words!.map.tilesFailed);
        await ready;
        drawMap(rows, state.within);
      });
    },
    { rootMargin: '200px' },
  );
  observer.observe(canvas);

  // ---- Choices, sorting, download, print --------------------------------------------------------
  form.addEventListener('change', () => {
    state = readForm();
    history.replaceState(history.state, '', `${location.pathname}${gapsQuery(state)}`);
    void render();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.dispatchEvent(new Event('change'));
  });
  root.querySelector('[data-gaps-table] thead')!.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-sort]');
    if (!button) return;
    sort = button.dataset.sort as SortKey;
    renderTable();
  });
  $('[data-gaps-download]').addEventListener('click', () => {
    const within = miles(state.within);
    const header = [
      words.table.place,
      words.table.kind,
      fill(words.table.count, { miles: within }),
      words.table.nearest,
      words.table.distance,
      words.table.gap,
    ];
    const lines = sortRows(rows, sort, words.locale).map((row) => {
      const slug = row.nearest === undefined ? undefined : index!.slugs[row.nearest]!;
      return [
        row.place.name,
        row.place.kind === 'zip' ? words.table.zip : words.table.town,
        row.count,
        slug ? (names.get(slug) ?? slug) : words.table.none,
        row.nearestMiles === undefined ? '' : Number(row.nearestMiles.toFixed(1)),
        isGap(row) ? words.table.gap : '',
      ];
    });
    const url = URL.createObjectURL(new Blob([csvText([header, ...lines])], { type: 'text/csv;charset=utf-8' }));
    const a = el('a');
    a.href = url;
    a.download = `${words.fileName}${gapsQuery(state).replace(/[?&=,]+/g, '-')}.csv`.replace(/-+\.csv$/, '.csv');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  $('[data-gaps-print]').addEventListener('click', () => print());

  writeForm();
  ready.then(
    () => render(),
    () => ($('[data-gaps-summary]').textContent = words.summary.failed),
  );
}
