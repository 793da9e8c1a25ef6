/**
 * The asset map: the finder's matching listings that have a place, in clusters (cluster-layer.ts)
 * on a Leaflet map (use-leaflet-map.ts), with the place distances are measured from.
 *
 * Loaded lazily by the finder (its own chunk with Leaflet and supercluster), only when a map is
 * on screen.
 *
 * Privacy: the only other host contacted is the tile server set in site.yaml, sent the site's
 * origin but never the page's address (which holds the search). The map never moves to a
 * searched place or the visitor's position by itself, so tile requests do not give either away;
 * "Show this area" does so only when asked.
 */
import * as L from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { and, hasBit, popcount, type Bitset } from '#lib/finder/bitset.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { milesToMeters } from '#lib/map/geo.ts';
import type { NearPlace } from '#lib/map/places.ts';
import type { Points } from '#lib/map/points.ts';
import { ClusterLayer, type MarkerInfo } from './cluster-layer.ts';
import type { Clusterer } from './clusterer.ts';
import { useLeafletMap, type MapSettings } from './use-leaflet-map.ts';
import { formatNumber } from '#i18n/numbers.ts';

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
  /** Brings the details of listings whose cards are not on the page yet. */
  need: (positions: number[]) => Promise<void>;
  /** The list of the matching listings the map cannot plot (online, by phone). */
  unplacedHref?: string | undefined;
  /** The map's words in the page's language, and its locale (numbers, plurals). */
  words: Dictionary['finder']['map'];
  locale: string;
  /**
   * The clustering the finder started before this code arrived (FinderMap.tsx), read when the
   * markers' layer is made; without one the layer starts its own.
   */
  clusterer?: { readonly current: Clusterer | undefined } | undefined;
}

/** A message split around its number, which the markup wraps: ["", " online or by phone"]. */
function aroundNumber(text: string): [string, string] {
  const at = text.indexOf('{n}');
  return at < 0 ? ['', ` ${text}`] : [text.slice(0, at), text.slice(at + 3)];
}

const nearIcon = L.divIcon({ className: 'map-near', iconSize: [18, 18] });

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
  need,
  unplacedHref,
  words,
  locale,
  clusterer,
}: MapViewProps) {
  const { container, map, tilesFailed } = useLeafletMap(settings, words);
  const clusters = useRef<ClusterLayer | undefined>(undefined);
  // Latest callbacks for Leaflet's handlers, which are bound once; kept before any effect runs.
  const latest = useRef({ onSelect, describe, need, slugs });
  useLayoutEffect(() => {
    latest.current = { onSelect, describe, need, slugs };
  });

  const plotted = useMemo(() => and(matched, points.placed), [matched, points]);
  const plottedCount = popcount(plotted);
  // Matching listings without a place (online, by phone): counted beside the map, not plotted.
  const unplacedCount = popcount(matched) - plottedCount;

  // The layer of markers lives as long as the map (made anew if the settings change).
  useEffect(() => {
    const layer = new ClusterLayer(
      map.current!,
      settings.zoom,
      {
        slug: (position) => latest.current.slugs[position]!,
        describe: (slug) => latest.current.describe(slug),
        need: (positions) => latest.current.need(positions),
        select: (slug) => latest.current.onSelect(slug),
      },
      { ...words, locale },
      clusterer?.current,
    );
    clusters.current = layer;
    return () => {
      layer.remove();
      clusters.current = undefined;
    };
  }, [map, settings, words, locale, clusterer]);

  // Re-cluster when the matching set changes; draw what is in view.
  useEffect(() => {
    const layer = clusters.current!;
    if (!layer.loaded) {
      void layer
        .load(points, plotted)
        .then(() => requestAnimationFrame(() => performance.measure('map:first-render', 'map:start')));
      return;
    }
    // Later changes wait for the frame that shows the new results, so the list never waits on the map.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => void layer.load(points, plotted), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [plotted, points, settings]);

  // Highlight the marker, or the cluster holding it, of the listing pointed at in the list.
  useEffect(() => {
    const layer = clusters.current;
    if (!layer || !activeSlug) return;
    const position = slugs.indexOf(activeSlug);
    if (position < 0 || !hasBit(plotted, position)) return;
    return layer.highlight(position, points);
  }, [activeSlug, plotted, points, slugs]);

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
  }, [map, near, radiusMiles]);

  const showNear = () => {
    const instance = map.current;
    if (!instance || !near) return;
    if (radiusMiles) {
      instance.fitBounds(L.latLng(near.lat, near.lng).toBounds(milesToMeters(radiusMiles) * 2));
    } else {
      instance.setView([near.lat, near.lng], Math.max(instance.getZoom(), 13));
    }
  };

  const [onlineBefore, onlineAfter] = aroundNumber(words.online);

  return (
    <div className="finder-map" data-map-points={plottedCount}>
      <div ref={container} className="map-canvas" />
      <div className="map-notes">
        <p aria-live="polite" aria-atomic="true">
          {plural(locale, words.places, plottedCount)}
          {unplacedCount > 0 && (
            <>
              {' '}
              ·{' '}
              <a href={unplacedHref} data-map-online-link>
                {onlineBefore}
                <span data-map-online>{formatNumber(unplacedCount, locale)}</span>
                {onlineAfter}
              </a>
              {words.notOnMap}
            </>
          )}
        </p>
        {near && (
          <button type="button" className="button secondary" onClick={showNear}>
            {fill(words.showArea, { place: near.label })}
          </button>
        )}
        {tilesFailed && (
          <p className="notice" role="status" data-tiles-failed>
            {words.tilesFailed}
          </p>
        )}
      </div>
    </div>
  );
}
