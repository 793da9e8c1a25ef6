/**
 * Leaflet's stylesheet, fetched only when a map is drawn. Importing it as a style would make
 * Astro add it to every page of the finder, map or not; as a URL it stays out of the way until
 * a map needs it.
 */
import href from 'leaflet/dist/leaflet.css?url';

let loading: Promise<void> | undefined;

export function loadLeafletCss(): Promise<void> {
  loading ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // A failed stylesheet leaves a plainer map, not a broken page.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return loading;
}
