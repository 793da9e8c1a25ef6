/**
 * What the finder's map and a detail page's map share: the tile layer from site.yaml and the
 * marker for a place. Imported only by the lazily loaded map code.
 */
import * as L from 'leaflet';
import { attributionHtml } from '#lib/map/attribution.ts';

/** The tile provider's credit from site.yaml: text, and the https address it links to. */
export interface Attribution {
  text: string;
  url?: string | undefined;
}

export const placeIcon = L.divIcon({ className: 'map-place', iconSize: [24, 24] });

/**
 * Adds the site's tile layer and its credit. `onFailing(true)` is called when tiles fail before any has loaded
 * (offline, blocked), and `onFailing(false)` once one loads after all.
 */
export function addTiles(
  map: L.Map,
  tileUrl: string,
  attribution: Attribution,
  onFailing: (failing: boolean) => void,
): L.TileLayer {
  const tiles = L.tileLayer(tileUrl, {
    // Leaflet inserts the credit as HTML: it is built from escaped text and a checked link.
    attribution: attributionHtml(attribution.text, attribution.url),
    maxZoom: 19,
    // The tile server learns which site asks (its usage rules want that), never the page's
    // address, which holds the search.
    referrerPolicy: 'strict-origin',
  });
  let loaded = 0;
  let failed = 0;
  tiles.on('tileload', () => {
    if (loaded++ === 0 && failed >= 2) onFailing(false);
  });
  tiles.on('tileerror', () => {
    if (++failed === 2 && loaded === 0) onFailing(true);
  });
  return tiles.addTo(map);
}
