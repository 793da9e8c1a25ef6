/**
 * The finder map's markers: the matching listings that have a place, clustered with supercluster
 * over the visible area only, so 10,000 listings cost a few dozen markers on screen, not 10,000.
 * Markers are added and removed by hand on every pan, which is why this is plain Leaflet in a
 * class rather than components.
 *
 * Private locations are drawn as areas, never pins.
 *
 * Markers are buttons (a screen reader's reading cursor or a click chooses them) but not tab
 * stops: dozens of them stood between the filters and the first result, and the result list
 * holds the same places. `notTabStop` undoes the tab stop Leaflet's keyboard option adds.
 */
import * as L from 'leaflet';
import Supercluster, { type AnyProps, type ClusterProperties, type PointFeature } from 'supercluster';
import { hasBit, indexesOf, type Bitset } from '#lib/finder/bitset.ts';
import type { Points } from '#lib/map/points.ts';
import { placeIcon } from '#client/map-base.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { formatNumber } from '#i18n/numbers.ts';

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

type Feature = PointFeature<{ i: number }>;

/**
 * Points closer than this on screen join a cluster, so separate markers never overlap and each
 * keeps a full 24 px target (WCAG 2.5.8).
 */
const CLUSTER_RADIUS_PX = 40;

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
  readonly #minZoom: number;
  readonly #words: ClusterWords;
  readonly #shown = new Map<string, Shown>();
  #points: Points | undefined;
  #clusters: Supercluster<{ i: number }, AnyProps> | undefined;
  /** Positions whose details were asked for once: a file that fails is not asked for again and again. */
  readonly #asked = new Set<number>();

  /** `zoom` is the region's starting zoom; clusters are kept down to four levels out from it. */
  constructor(map: L.Map, zoom: number, source: MarkerSource, words: ClusterWords) {
    this.#map = map;
    this.#words = words;
    this.#minZoom = Math.max(0, zoom - 4);
    this.#source = source;
    this.#group = L.layerGroup().addTo(map);
    map.on('moveend', this.redraw);
  }

  /** Whether a set of places has been clustered yet. */
  get loaded(): boolean {
    return this.#clusters !== undefined;
  }

  /** Clusters the `plotted` listings anew and draws what is in view. */
  load(points: Points, plotted: Bitset): void {
    const index = new Supercluster<{ i: number }>({
      radius: CLUSTER_RADIUS_PX,
      // Leaflet's tiles are 256 px, so this makes the radius screen pixels.
      extent: 256,
      maxZoom: 16,
      minZoom: this.#minZoom,
    });
    const features: Feature[] = indexesOf(plotted).map((i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [points.lng[i]!, points.lat[i]!] },
      properties: { i },
    }));
    this.#points = points;
    this.#clusters = index.load(features);
    // Markers drawn for the previous set belong to other clusters now.
    for (const item of this.#shown.values()) {
      item.marker.remove();
      item.area?.remove();
    }
    this.#shown.clear();
    this.redraw();
  }

  /** Draws the clusters and places in view, keeping the markers already drawn that still are. */
  readonly redraw = (): void => {
    const instance = this.#map;
    const index = this.#clusters;
    const points = this.#points;
    if (!index || !points) return;
    const start = performance.now();
    const view = instance.getBounds();
    const zoom = Math.round(instance.getZoom());
    const items = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
    const next = new Set<string>();
    const unnamed: number[] = [];
    for (const item of items) {
      const [lng, lat] = item.geometry.coordinates as [number, number];
      const props = item.properties as Partial<ClusterProperties> & { i?: number };
      const key = props.cluster ? `c${props.cluster_id}:${zoom}` : `p${props.i}`;
      next.add(key);
      if (this.#shown.has(key)) continue;
      if (props.cluster) {
        const count = props.point_count!;
        const id = props.cluster_id!;
        const words = this.#words;
        const marker = L.marker([lat, lng], {
          icon: clusterIcon(count, words.locale),
          keyboard: true,
          title: plural(words.locale, words.cluster, count),
        });
        marker.on('click', () => {
          instance.setView([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18));
          // The cluster's marker is about to go; keep keyboard users on the map.
          instance.getContainer().focus();
        });
        marker.addTo(this.#group);
        marker.getElement()?.setAttribute('aria-label', plural(words.locale, words.clusterLabel, count));
        notTabStop(marker);
        activateWithKeys(marker);
        this.#shown.set(key, { marker, count });
      } else {
        const i = props.i!;
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
    // The zoom rides along so a test can tell the redraw after its own zoom from any other.
    performance.measure('map:update', { start, end: performance.now(), detail: { zoom } });
    if (unnamed.length > 0) this.#name(unnamed);
  };

  /** Draws these places' markers again once their names and details are here. */
  #name(positions: number[]): void {
    for (const i of positions) this.#asked.add(i);
    void this.#source.need(positions).then(() => {
      for (const i of positions) {
        const item = this.#shown.get(`p${i}`);
        item?.marker.remove();
        item?.area?.remove();
        this.#shown.delete(`p${i}`);
      }
      this.redraw();
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
    this.#shown.clear();
  }
}
