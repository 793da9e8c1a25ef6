/**
 * The finder's map, drawn into #finder-map (outside the island's own HTML) while a map is on
 * screen. The map's code and Leaflet's stylesheet arrive together, only then: MapView is its own
 * chunk, which pages without a map never load.
 */
import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import type { Bitset } from '#lib/finder/bitset.ts';
import type { Points } from '#lib/map/points.ts';
import type { MapViewProps } from '#islands/map/MapView.tsx';

const MapView = lazy(() =>
  Promise.all([
    import('#islands/map/MapView.tsx'),
    import('#client/leaflet-css.ts').then((css) => css.loadLeafletCss()),
  ]).then(([module]) => module),
);

/** The map's own props, with the data it needs possibly still loading ("Loading the map…"). */
type Props = Omit<MapViewProps, 'points' | 'matched' | 'slugs'> & {
  points: Points | undefined;
  matched: Bitset | undefined;
  slugs: readonly string[] | undefined;
};

export function FinderMap({ points, matched, slugs, ...props }: Props) {
  const target = document.getElementById('finder-map');
  if (!target) return null;
  return createPortal(
    points && matched && slugs ? (
      <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
        <MapView points={points} matched={matched} slugs={slugs} {...props} />
      </Suspense>
    ) : (
      <p className="map-loading">Loading the map…</p>
    ),
    target,
  );
}
