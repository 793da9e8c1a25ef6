/**
 * The finder map's markers: the matching listings that have a place, clustered in a worker
 * (clusterer.ts) and drawn for the visible area only, so 100,000 listings cost a few dozen
 * markers on screen and no clustering on the page's thread. Markers are added and removed by
 * hand on every pan, which is why this is plain Leaflet in a class rather than components.
 *
 * Each view is asked of the worker; an answer arriving after a newer question, or after the
 * places changed, is dropped, so what is drawn is always the latest view of the latest places.
 *
 * Private locations are drawn as areas, never pins.
 *
 * Markers are buttons (a screen reader's reading cursor or a click chooses them) but not tab
 * stops: dozens of them stood between the filters and the first result, and the result list
 * holds the same places. `notTabStop` undoes the tab stop Leaflet's keyboard option adds.
 */
import * as L from 'leaflet';
import { hasBit, type Bitset } from '#lib/finder/bitset.ts';
import { CLUSTER_RADIUS_PX } from '#lib/map/cluster-radius.ts';
import { clusterInput } from '#lib/map/cluster-input.ts';
import type { ClusterItem } from '#lib/map/clusters.ts';
import type { Points } from '#lib/map/points.ts';
import { placeIcon } from '#client/map-base.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { formatNumber } from '#i18n/numbers.ts';
import { Clusterer } from './clusterer.ts';

/** The markers' words in the page's language, with its locale. */
export type ClusterWords = Pick<Dictionary['finder']['map'], 'cluster' | 'clusterLabel' | 'areaLabel' | 'areaNote'> & {
  locale: string;
};

/** What a marker says about a listing, read from its card in the result list. */
export interface MarkerInfo {
  name: string;
  href: string;
  /** The card's parts to show in the popup (category line, badges), cloned. */
  details: Node[];
}

/** Where the layer learns about a listing and reports a chosen one; asked when a marker is drawn or chosen. */
export interface MarkerSource {
  /** The listing at a position of the finder's index. */
  slug: (position: number) => string;
  describe: (slug: string) => MarkerInfo | undefined;
  /**
   * Brings the details of listings `describe` does not know yet (their cards are still to be
   * fetched); the markers are drawn again once they are here.
   */
  need: (positions: number[]) => Promise<void>;
  /** Called when a listing's marker is chosen. */
  select: (slug: string) => void;
}

interface Shown {
  marker: L.Marker;
  area?: L.Circle;
  /** Listing position for a single place; undefined for a cluster. */
  position?: number;
  count: number;
}

function clusterIcon(count: number, locale: string): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
  return L.divIcon({
    className: 'map-cluster',
    html: `<span aria-hidden="true">${formatNumber(count, locale)}</span>`,
    iconSize: [size, size],
  });
}
const areaIcon = L.divIcon({ className: 'map-place map-area', iconSize: [24, 24] });

/** Keeps a marker focusable (by a screen reader, or by the script) but out of the Tab order. */
function notTabStop(marker: L.Marker): void {
  marker.getElement()?.setAttribute('tabindex', '-1');
}

/** Enter and Space choose a focused marker, as they would a button. */
function activateWithKeys(marker: L.Marker): void {
  marker.getElement()?.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    marker.fire('click');
  });
}

function popupContent(info: MarkerInfo, isArea: boolean, areaNote: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup-name';
  const link = document.createElement('a');
  link.href = info.href;
  link.textContent = info.name;
  title.append(link);
  box.append(title, ...info.details);
  if (isArea) {
    const note = document.createElement('p');
    note.className = 'meta';
    note.textContent = areaNote;
    box.append(note);
  }
  return box;
}

export class ClusterLayer {
  readonly #map: L.Map;
  readonly #group: L.LayerGroup;
  readonly #source: MarkerSource;
  readonly #startZoom: number;
  readonly #words: ClusterWords;
  readonly #shown = new Map<string, Shown>();
  readonly #clusterer: Clusterer;
  /** Whether the clusterer is this layer's own, to stop with it, rather than the finder's. */
  readonly #ownsClusterer: boolean;
  #points: Points | undefined;
  /** Counts the sets of places loaded; the markers drawn belong to `#drawn`. */
  #generation = 0;
  #drawn = 0;
  /** Counts the views asked for: only the answer to the latest is drawn. */
  #asking = 0;
  /** Positions whose details were asked for once: a file that fails is not asked for again and again. */
  readonly #asked = new Set<number>();
  /** Markers of places whose details have arrived since they were drawn: drawn again at the next view. */
  readonly #renamed = new Set<string>();

  /**
   * `zoom` is the region's starting zoom (clusters are kept down to ZOOM_OUT_LEVELS out from it).
   * `clusterer` is one already started (FinderMap.tsx), which outlives the layer; without it the
   * layer starts and stops its own.
   */
  constructor(map: L.Map, zoom: number, source: MarkerSource, words: ClusterWords, clusterer?: Clusterer) {
    this.#map = map;
    this.#words = words;
    this.#startZoom = zoom;
    this.#clusterer = clusterer ?? new Clusterer();
    this.#ownsClusterer = !clusterer;
    this.#source = source;
    this.#group = L.layerGroup().addTo(map);
    map.on('moveend', this.redraw);
  }

  /** Whether a set of places has been given yet. */
  get loaded(): boolean {
    return this.#generation > 0;
  }

  /**
   * Clusters the `plotted` listings anew and draws what is in view; settles once drawn (or once
   * a newer set or view took over).
   */
  async load(points: Points, plotted: Bitset): Promise<void> {
    const generation = ++this.#generation;
    this.#points = points;
    await this.#clusterer.load(clusterInput(points, plotted, this.#startZoom));
    if (generation === this.#generation) await this.redraw();
  }

  /** Draws the clusters and places in view, keeping the markers already drawn that still are. */
  readonly redraw = async (): Promise<void> => {
    const points = this.#points;
    if (!points || !this.loaded) return;
    const start = performance.now();
    const generation = this.#generation;
    const asking = ++this.#asking;
    const view = this.#map.getBounds();
    const zoom = Math.round(this.#map.getZoom());
    let items: ClusterItem[];
    try {
      items = await this.#clusterer.view([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
    } catch {
      // The markers already drawn stay; the next pan or change asks again.
      return;
    }
    if (asking !== this.#asking || generation !== this.#generation) return;
    this.#draw(items, zoom, points, generation);
    // The zoom rides along so a test can tell the redraw after its own zoom from any other.
    performance.measure('map:update', { start, end: performance.now(), detail: { zoom } });
  };

  #draw(items: ClusterItem[], zoom: number, points: Points, generation: number): void {
    const instance = this.#map;
    if (generation !== this.#drawn) {
      // Markers drawn for the previous set belong to other clusters now.
      for (const item of this.#shown.values()) {
        item.marker.remove();
        item.area?.remove();
      }
      this.#shown.clear();
      this.#drawn = generation;
    }
    const next = new Set<string>();
    const unnamed: number[] = [];
    for (const item of items) {
      const { lat, lng } = item;
      const key = item.kind === 'cluster' ? `c${item.id}:${zoom}` : `p${item.position}`;
      next.add(key);
      const old = this.#shown.get(key);
      if (old && !this.#renamed.has(key)) continue;
      old?.marker.remove();
      old?.area?.remove();
      if (item.kind === 'cluster') {
        const { count, expansionZoom } = item;
        const words = this.#words;
        const marker = L.marker([lat, lng], {
          icon: clusterIcon(count, words.locale),
          keyboard: true,
          title: plural(words.locale, words.cluster, count),
        });
        marker.on('click', () => {
          instance.setView([lat, lng], Math.min(expansionZoom, 18));
          // The cluster's marker is about to go; keep keyboard users on the map.
          instance.getContainer().focus();
        });
        marker.addTo(this.#group);
        marker.getElement()?.setAttribute('aria-label', plural(words.locale, words.clusterLabel, count));
        notTabStop(marker);
        activateWithKeys(marker);
        this.#shown.set(key, { marker, count });
      } else {
        const i = item.position;
        const slug = this.#source.slug(i);
        const isArea = hasBit(points.areas, i);
        const info = this.#source.describe(slug);
        if (!info && !this.#asked.has(i)) unnamed.push(i);
        const name = info?.name ?? slug;
        const marker = L.marker([lat, lng], { icon: isArea ? areaIcon : placeIcon, keyboard: true, title: name });
        const { areaNote, areaLabel } = this.#words;
        if (info) marker.bindPopup(() => popupContent(info, isArea, areaNote), { maxWidth: 280 });
        marker.on('click', () => this.#source.select(slug));
        marker.on('popupopen', (event) => {
          // Keyboard users land on the listing's link.
          (event as L.PopupEvent).popup
            .getElement()
            ?.querySelector<HTMLElement>('a[href]:not(.leaflet-popup-close-button)')
            ?.focus();
        });
        marker.addTo(this.#group);
        marker.getElement()?.setAttribute('aria-label', isArea ? fill(areaLabel, { name }) : name);
        notTabStop(marker);
        activateWithKeys(marker);
        const area = isArea
          ? L.circle([lat, lng], {
              radius: points.areaRadius,
              className: 'map-area-circle',
              interactive: false,
            }).addTo(this.#group)
          : undefined;
        this.#shown.set(key, { marker, area, position: i, count: 1 });
      }
    }
    for (const [key, item] of this.#shown) {
      if (next.has(key)) continue;
      item.marker.remove();
      item.area?.remove();
      this.#shown.delete(key);
    }
    this.#renamed.clear();
    if (unnamed.length > 0) this.#name(unnamed);
  }

  /** Draws these places' markers again once their names and details are here. */
  #name(positions: number[]): void {
    for (const i of positions) this.#asked.add(i);
    void this.#source.need(positions).then(() => {
      for (const i of positions) this.#renamed.add(`p${i}`);
      void this.redraw();
    });
  }

  /**
   * Highlights the marker of the listing at `position`, or the cluster holding it, until the
   * returned function is called.
   */
  highlight(position: number, points: Points): () => void {
    const target = this.#map.latLngToLayerPoint([points.lat[position]!, points.lng[position]!]);
    let best: Shown | undefined;
    let bestDistance = Infinity;
    for (const item of this.#shown.values()) {
      if (item.position === position) {
        best = item;
        break;
      }
      if (item.position !== undefined) continue;
      const distance = this.#map.latLngToLayerPoint(item.marker.getLatLng()).distanceTo(target);
      if (distance < bestDistance && distance <= CLUSTER_RADIUS_PX * 2) {
        best = item;
        bestDistance = distance;
      }
    }
    const element = best?.marker.getElement();
    element?.classList.add('is-active');
    return () => element?.classList.remove('is-active');
  }

  /** Stops following the map; its markers go with the map. */
  remove(): void {
    this.#map.off('moveend', this.redraw);
    if (this.#ownsClusterer) this.#clusterer.stop();
    // Answers still on their way are for a map that is gone.
    this.#generation++;
    this.#shown.clear();
  }
}
