/**
 * The small map of the listing form's place: a click or tap sets the point, and the point typed in
 * the two boxes shows as a marker. Plain Leaflet, loaded only when the volunteer asks for the map
 * (PointMap.tsx); the boxes work without it, and without its tiles.
 */
import * as L from 'leaflet';
import { addTiles, placeIcon } from '#client/map-base.ts';
import type { MapSettings } from '#lib/listing-form/page.ts';

/** Five decimals: about a metre, finer than any address needs. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** Close enough to see the street a place is on. */
const PICKED_ZOOM = 16;

export class PointPicker {
  private readonly map: L.Map;
  private marker: L.Marker | undefined;

  constructor(
    element: HTMLElement,
    settings: MapSettings,
    onPick: (lat: number, lng: number) => void,
    onTilesFailing: (failing: boolean) => void,
  ) {
    // Scrolling the page must not zoom the map by accident.
    this.map = L.map(element, { center: settings.center, zoom: settings.zoom, scrollWheelZoom: false });
    addTiles(this.map, settings.tileUrl, settings.attribution, onTilesFailing);
    this.map.on('click', (event: L.LeafletMouseEvent) => onPick(round(event.latlng.lat), round(event.latlng.lng)));
  }

  /** Shows the point (or none), and brings it into view when it is outside. */
  show(point: { lat: number; lng: number } | undefined): void {
    if (!point) {
      this.marker?.remove();
      this.marker = undefined;
      return;
    }
    const at = L.latLng(point.lat, point.lng);
    if (!this.marker) {
      this.marker = L.marker(at, { icon: placeIcon, keyboard: false, interactive: false }).addTo(this.map);
      // The boxes say where it is; the marker is a picture of the same numbers.
      this.marker.getElement()?.setAttribute('aria-hidden', 'true');
    } else {
      this.marker.setLatLng(at);
    }
    if (!this.map.getBounds().contains(at)) this.map.setView(at, Math.max(this.map.getZoom(), PICKED_ZOOM));
  }

  destroy(): void {
    this.map.remove();
  }
}
