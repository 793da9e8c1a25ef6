/**
 * The finder's map, drawn into #finder-map (outside the island's own HTML) while a map is on
 * screen. The map's code and Leaflet's stylesheet arrive together, only then: MapView is its own
 * chunk, which pages without a map never load.
 *
 * Keyboard users meet the map between the filters and the results. Its markers are not tab stops
 * (the list holds the same places, and a card in focus highlights its marker), and a "Skip the
 * map" link before it goes straight to the first result.
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
  /** Moves focus to the first result ("Skip the map"). */
  onSkip: () => void;
};

export function FinderMap({ points, matched, slugs, onSkip, ...props }: Props) {
  const { words } = props;
  const target = document.getElementById('finder-map');
  if (!target) return null;
  return createPortal(
    <>
      <a
        className="skip-map"
        href="#finder-results"
        onClick={(e) => {
          // Focus, not a jump to #finder-results: the address holds the search and stays as it is.
          e.preventDefault();
          onSkip();
        }}
      >
        {words.skip}
      </a>
      {points && matched && slugs ? (
        <Suspense fallback={<p className="map-loading">{words.loading}</p>}>
          <MapView points={points} matched={matched} slugs={slugs} {...props} />
        </Suspense>
      ) : (
        <p className="map-loading">{words.loading}</p>
      )}
    </>,
    target,
  );
}
