/**
 * The finder's Leaflet map: made once in a container for the site's region, with the tile layer
 * from site.yaml, and removed with the component. Leaflet is driven directly rather than through
 * react-leaflet: the markers are added and removed by hand on every pan anyway (cluster-layer.ts),
 * and it keeps the map route inside its JavaScript budget.
 */
import * as L from 'leaflet';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Bounds } from '#lib/map/geo.ts';
import { ZOOM_OUT_LEVELS } from '#lib/map/cluster-radius.ts';
import { addTiles, type Attribution } from '#client/map-base.ts';

export interface MapSettings {
  tileUrl: string;
  attribution: Attribution;
  center: [number, number];
  zoom: number;
  bounds: Bounds;
}

export interface LeafletMap {
  /** For the element the map is drawn in. */
  container: RefObject<HTMLDivElement>;
  /** The map, from the first effect on; a ref, since Leaflet draws it, not Preact. */
  map: RefObject<L.Map | undefined>;
  /** Set while the tiles fail to load (offline, blocked). */
  tilesFailed: boolean;
}

/** What the map says to screen readers and on its zoom buttons, in the page's language. */
export interface LeafletMapWords {
  label: string;
  zoomIn: string;
  zoomOut: string;
}

export function useLeafletMap(settings: MapSettings, words: LeafletMapWords): LeafletMap {
  const { label, zoomIn, zoomOut } = words;
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | undefined>(undefined);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    performance.mark('map:start');
    const [[south, west], [north, east]] = settings.bounds;
    const region = L.latLngBounds([south, west], [north, east]);
    const instance = L.map(container.current!, {
      center: settings.center,
      zoom: settings.zoom,
      minZoom: Math.max(1, settings.zoom - ZOOM_OUT_LEVELS),
      maxBounds: region.pad(0.5),
      keyboard: true,
      // Leaflet's own zoom buttons say "Zoom in" in English: added below with the page's words.
      zoomControl: false,
    });
    L.control.zoom({ zoomInTitle: zoomIn, zoomOutTitle: zoomOut }).addTo(instance);
    addTiles(instance, settings.tileUrl, settings.attribution, setTilesFailed);
    instance.getContainer().setAttribute('role', 'region');
    instance.getContainer().setAttribute('aria-label', label);
    map.current = instance;
    return () => {
      instance.remove();
      map.current = undefined;
    };
  }, [settings, label, zoomIn, zoomOut]);

  return { container, map, tilesFailed };
}
