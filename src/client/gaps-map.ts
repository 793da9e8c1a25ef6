/**
 * The gaps page's map, loaded only when it scrolls into view: one marker per place of the region.
 * A place with matching assets nearby is a circle with their number, larger for more; a place
 * with none is a red square with a cross, so a gap differs in shape and mark, not in colour alone.
 * The key under the map says the same in words. Markers are pictures of the table's rows, which
 * a screen reader reads instead, so they are hidden from it.
 */
import * as L from 'leaflet';
import type { PlaceCoverage } from '#lib/gaps/coverage.ts';
import { loadLeafletCss } from './leaflet-css.ts';
import { addTiles } from './map-base.ts';

/** The marker's size in pixels: 28 for one asset, up to 48 for many. */
const sizeFor = (count: number) => Math.round(Math.min(48, 24 + Math.sqrt(count) * 6));

/** Draws the map in `canvas`; the function it returns redraws the markers for new rows. */
export async function gapsMap(
  canvas: HTMLElement,
  data: DOMStringMap,
  tilesFailed: string,
): Promise<(rows: readonly PlaceCoverage[], within: number) => void> {
  await loadLeafletCss();
  // Scrolling the page must not zoom the map; Leaflet's own zoom buttons would speak English.
  const map = L.map(canvas, { scrollWheelZoom: false, keyboard: true, zoomControl: false });
  L.control.zoom({ zoomInTitle: canvas.dataset.zoomIn ?? '+', zoomOutTitle: canvas.dataset.zoomOut ?? '−' }).addTo(map);
  addTiles(map, data.tileUrl ?? '', { text: data.attribution ?? '', url: data.attributionUrl }, (failing) => {
    if (!failing || canvas.parentElement?.querySelector('[data-tiles-failed]')) return;
    const note = document.createElement('p');
    note.dataset.tilesFailed = '';
    note.className = 'meta';
    note.textContent = tilesFailed;
    canvas.after(note);
  });
  const layer = L.layerGroup().addTo(map);
  let fitted = false;
  return (rows) => {
    layer.clearLayers();
    for (const row of rows) {
      const gap = row.count === 0;
      const size = gap ? 26 : sizeFor(row.count);
      const icon = L.divIcon({
        className: gap ? 'gap-marker' : 'covered-marker',
        html: gap ? '×' : String(row.count),
        iconSize: [size, size],
      });
      // Gaps are drawn above covered places, so a cluster of circles never hides one.
      const marker = L.marker([row.place.lat, row.place.lng], {
        icon,
        keyboard: false,
        interactive: false,
        zIndexOffset: gap ? 1000 : 0,
      });
      marker.addTo(layer);
      marker.getElement()?.setAttribute('aria-hidden', 'true');
    }
    if (!fitted && rows.length > 0) {
      map.fitBounds(L.latLngBounds(rows.map((r) => [r.place.lat, r.place.lng] as [number, number])), {
        padding: [24, 24],
      });
      fitted = true;
    }
    canvas.dataset.mapReady = '';
  };
}
