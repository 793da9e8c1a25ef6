/**
 * Draws a detail page's small map (see DetailMap.astro). Plain Leaflet, no framework: one point
 * or one area, a zoom control, and the tile layer from site.yaml.
 */
import * as L from 'leaflet';
import { loadLeafletCss } from './leaflet-css.ts';
import { addTiles, placeIcon } from './map-base.ts';

/** Close enough to find the street, wide enough that the tiles asked for cover a neighbourhood. */
const ZOOM = 14;

export async function drawDetailMap(figure: HTMLElement): Promise<void> {
  await loadLeafletCss();
  const canvas = figure.querySelector<HTMLElement>('.map-canvas');
  const { lat, lng, areaRadius, tileUrl, attribution, attributionUrl, tilesNote } = figure.dataset;
  if (!canvas || !lat || !lng || !tileUrl) return;
  const center = L.latLng(Number(lat), Number(lng));
  // Scrolling the page must not zoom the map by accident.
  const map = L.map(canvas, { center, zoom: ZOOM, scrollWheelZoom: false, keyboard: true });
  addTiles(map, tileUrl, { text: attribution ?? '', url: attributionUrl }, (failing) => {
    // The note's words come from the page, in its language (DetailMap.astro).
    if (!failing || !tilesNote || figure.querySelector('[data-tiles-failed]')) return;
    const note = document.createElement('p');
    note.dataset.tilesFailed = '';
    note.className = 'meta';
    note.textContent = tilesNote;
    figure.append(note);
  });
  if (areaRadius) {
    L.circle(center, { radius: Number(areaRadius), className: 'map-area-circle', interactive: false }).addTo(map);
  } else {
    const marker = L.marker(center, {
      icon: placeIcon,
      keyboard: false,
      interactive: false,
    }).addTo(map);
    marker.getElement()?.setAttribute('aria-hidden', 'true');
  }
  canvas.dataset.mapReady = '';
}
