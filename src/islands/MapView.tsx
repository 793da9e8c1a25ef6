/**
 * The asset map: the finder's matching listings that have a place, clustered with supercluster
 * over the visible area only, so 10,000 listings cost a few dozen markers on screen, not 10,000.
 *
 * Loaded lazily by the finder (its own chunk with Leaflet and supercluster), only when a map is
 * on screen. Leaflet is driven directly rather than through react-leaflet: markers are added and
 * removed by hand on every pan anyway, and it keeps the map route inside its 130 KB budget.
 *
 * Privacy: the only other host contacted is the tile server set in site.yaml, sent the site's
 * origin but never the page's address (which holds the search). The map never moves to a
 * searched place or the visitor's position by itself, so tile requests do not give either away;
 * "Show this area" does so only when asked. Private locations are drawn as areas, never pins.
 */
import * as L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import Supercluster, { type AnyProps, type ClusterProperties, type PointFeature } from 'supercluster';
import { and, hasBit, indexesOf, popcount, type Bitset } from '#lib/finder/bitset.ts';
import { milesToMeters, type Bounds } from '#lib/map/geo.ts';
import type { NearPlace } from '#lib/map/places.ts';
import type { Points } from '#lib/map/points.ts';
import { addTiles, placeIcon } from '#client/map-base.ts';

export interface MapSettings {
  tileUrl: string;
  attribution: string;
  center: [number, number];
  zoom: number;
  bounds: Bounds;
}

/** What a marker says about a listing, read from its card in the result list. */
export interface MarkerInfo {
  name: string;
  href: string;
  /** The card's parts to show in the popup (category line, badges), cloned. */
  details: Node[];
}

export interface MapViewProps {
  settings: MapSettings;
  points: Points;
  matched: Bitset;
  slugs: readonly string[];
  near?: NearPlace | undefined;
  radiusMiles?: number | undefined;
  /** The listing a person is pointing at in the list: its marker (or cluster) is highlighted. */
  activeSlug?: string | undefined;
  /** Called when a marker is chosen on the map. */
  onSelect: (slug: string | undefined) => void;
  describe: (slug: string) => MarkerInfo | undefined;
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

function clusterIcon(count: number): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
  return L.divIcon({
    className: 'map-cluster',
    html: `<span aria-hidden="true">${count.toLocaleString('en-US')}</span>`,
    iconSize: [size, size],
  });
}
const areaIcon = L.divIcon({ className: 'map-place map-area', iconSize: [24, 24] });
const nearIcon = L.divIcon({ className: 'map-near', iconSize: [18, 18] });

/** Enter and Space choose a focused marker, as they would a button. */
function activateWithKeys(marker: L.Marker): void {
  marker.getElement()?.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    marker.fire('click');
  });
}

function popupContent(info: MarkerInfo, isArea: boolean): HTMLElement {
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
    note.textContent = 'Approximate area: the exact address is private.';
    box.append(note);
  }
  return box;
}

export default function MapView({
  settings,
  points,
  matched,
  slugs,
  near,
  radiusMiles,
  activeSlug,
  onSelect,
  describe,
}: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map>(undefined);
  const layer = useRef<L.LayerGroup>(undefined);
  const shown = useRef(new Map<string, Shown>());
  const clusters = useRef<Supercluster<{ i: number }, AnyProps>>(undefined);
  const redraw = useRef<() => void>(() => {});
  const [tilesFailed, setTilesFailed] = useState(false);
  // Latest callbacks for Leaflet's handlers, which are bound once.
  const latest = useRef({ onSelect, describe, slugs });
  latest.current = { onSelect, describe, slugs };

  const plotted = and(matched, points.placed);
  const plottedCount = popcount(plotted);
  // Matching listings without a place (online, by phone): counted beside the map, not plotted.
  const unplacedCount = popcount(matched) - plottedCount;

  // Create the map once.
  useEffect(() => {
    performance.mark('map:start');
    const [[south, west], [north, east]] = settings.bounds;
    const region = L.latLngBounds([south, west], [north, east]);
    const instance = L.map(container.current!, {
      center: settings.center,
      zoom: settings.zoom,
      minZoom: Math.max(1, settings.zoom - 4),
      maxBounds: region.pad(0.5),
      keyboard: true,
    });
    addTiles(instance, settings.tileUrl, settings.attribution, setTilesFailed);
    instance.getContainer().setAttribute('role', 'region');
    instance
      .getContainer()
      .setAttribute('aria-label', 'Map of the matching places; arrow keys move it, plus and minus zoom');
    layer.current = L.layerGroup().addTo(instance);
    map.current = instance;
    const onMove = () => redraw.current();
    instance.on('moveend', onMove);
    return () => {
      instance.off('moveend', onMove);
      instance.remove();
      map.current = undefined;
      shown.current.clear();
    };
  }, [settings]);

  // Re-cluster when the matching set changes; draw what is in view.
  useEffect(() => {
    const recluster = () => {
      const index = new Supercluster<{ i: number }>({
        radius: CLUSTER_RADIUS_PX,
        // Leaflet's tiles are 256 px, so this makes the radius screen pixels.
        extent: 256,
        maxZoom: 16,
        minZoom: Math.max(0, settings.zoom - 4),
      });
      const features: Feature[] = indexesOf(plotted).map((i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [points.lng[i]!, points.lat[i]!] },
        properties: { i },
      }));
      clusters.current = index.load(features);

      redraw.current = () => {
        const instance = map.current;
        const group = layer.current;
        const index = clusters.current;
        if (!instance || !group || !index) return;
        const start = performance.now();
        const view = instance.getBounds();
        const zoom = Math.round(instance.getZoom());
        const items = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
        const next = new Set<string>();
        for (const item of items) {
          const [lng, lat] = item.geometry.coordinates as [number, number];
          const props = item.properties as Partial<ClusterProperties> & { i?: number };
          const key = props.cluster ? `c${props.cluster_id}:${zoom}` : `p${props.i}`;
          next.add(key);
          if (shown.current.has(key)) continue;
          if (props.cluster) {
            const count = props.point_count!;
            const id = props.cluster_id!;
            const marker = L.marker([lat, lng], { icon: clusterIcon(count), keyboard: true, title: `${count} places` });
            marker.on('click', () => {
              instance.setView([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18));
              // The cluster's marker is about to go; keep keyboard users on the map.
              instance.getContainer().focus();
            });
            marker.addTo(group);
            marker.getElement()?.setAttribute('aria-label', `${count} places here; zoom in to see them`);
            activateWithKeys(marker);
            shown.current.set(key, { marker, count });
          } else {
            const i = props.i!;
            const slug = latest.current.slugs[i]!;
            const isArea = hasBit(points.areas, i);
            const info = latest.current.describe(slug);
            const name = info?.name ?? slug;
            const marker = L.marker([lat, lng], { icon: isArea ? areaIcon : placeIcon, keyboard: true, title: name });
            if (info) marker.bindPopup(() => popupContent(info, isArea), { maxWidth: 280 });
            marker.on('click', () => latest.current.onSelect(slug));
            marker.on('popupopen', (event) => {
              // Keyboard users land on the listing's link.
              (event as L.PopupEvent).popup
                .getElement()
                ?.querySelector<HTMLElement>('a[href]:not(.leaflet-popup-close-button)')
                ?.focus();
            });
            marker.addTo(group);
            marker.getElement()?.setAttribute('aria-label', isArea ? `${name}, approximate area` : name);
            activateWithKeys(marker);
            const area = isArea
              ? L.circle([lat, lng], {
                  radius: points.areaRadius,
                  className: 'map-area-circle',
                  interactive: false,
                }).addTo(group)
              : undefined;
            shown.current.set(key, { marker, area, position: i, count: 1 });
          }
        }
        for (const [key, item] of shown.current) {
          if (next.has(key)) continue;
          item.marker.remove();
          item.area?.remove();
          shown.current.delete(key);
        }
        performance.measure('map:update', { start, end: performance.now() });
      };
      // Markers drawn for the previous set belong to other clusters now.
      for (const item of shown.current.values()) {
        item.marker.remove();
        item.area?.remove();
      }
      shown.current.clear();
      redraw.current();
    };
    if (!clusters.current) {
      recluster();
      requestAnimationFrame(() => performance.measure('map:first-render', 'map:start'));
      return;
    }
    // Later changes wait for the frame that shows the new results, so the list never waits on the map.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(recluster, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // `plotted` is derived from `matched` and `points`, which are the dependencies.
  }, [matched, points, settings]);

  // Highlight the marker, or the cluster holding it, of the listing pointed at in the list.
  useEffect(() => {
    const instance = map.current;
    if (!instance || !activeSlug) return;
    const position = slugs.indexOf(activeSlug);
    if (position < 0 || !hasBit(plotted, position)) return;
    const target = instance.latLngToLayerPoint([points.lat[position]!, points.lng[position]!]);
    let best: Shown | undefined;
    let bestDistance = Infinity;
    for (const item of shown.current.values()) {
      if (item.position === position) {
        best = item;
        break;
      }
      if (item.position !== undefined) continue;
      const distance = instance.latLngToLayerPoint(item.marker.getLatLng()).distanceTo(target);
      if (distance < bestDistance && distance <= CLUSTER_RADIUS_PX * 2) {
        best = item;
        bestDistance = distance;
      }
    }
    const element = best?.marker.getElement();
    element?.classList.add('is-active');
    return () => element?.classList.remove('is-active');
  }, [activeSlug, matched, points]);

  // Where distances are measured from, and the distance limit, drawn but never flown to.
  useEffect(() => {
    const instance = map.current;
    if (!instance || !near) return;
    const drawn: L.Layer[] = [L.marker([near.lat, near.lng], { icon: nearIcon, keyboard: false, interactive: false })];
    if (radiusMiles) {
      drawn.push(
        L.circle([near.lat, near.lng], {
          radius: milesToMeters(radiusMiles),
          className: 'map-radius',
          interactive: false,
        }),
      );
    }
    for (const item of drawn) item.addTo(instance);
    return () => {
      for (const item of drawn) item.remove();
    };
  }, [near, radiusMiles]);

  const showNear = () => {
    if (!map.current || !near) return;
    if (radiusMiles) {
      map.current.fitBounds(L.latLng(near.lat, near.lng).toBounds(milesToMeters(radiusMiles) * 2));
    } else {
      map.current.setView([near.lat, near.lng], Math.max(map.current.getZoom(), 13));
    }
  };

  return (
    <div className="finder-map" data-map-points={plottedCount}>
      <div ref={container} className="map-canvas" />
      <div className="map-notes">
        <p aria-live="polite" aria-atomic="true">
          {plottedCount === 1 ? '1 place' : `${plottedCount.toLocaleString('en-US')} places`} on the map
          {unplacedCount > 0 && (
            <>
              {' '}
              · <span data-map-online>{unplacedCount.toLocaleString('en-US')}</span> online or by phone, not on the map
            </>
          )}
        </p>
        {near && (
          <button type="button" className="button secondary" onClick={showNear}>
            Show the area around {near.label}
          </button>
        )}
        {tilesFailed && (
          <p className="notice" role="status" data-tiles-failed>
            The map background could not load (you may be offline). The places are still shown.
          </p>
        )}
      </div>
    </div>
  );
}
