/**
 * The finder's map, drawn into #finder-map (outside the island's own HTML) while a map is on
 * screen. The map's code and Leaflet's stylesheet arrive together, only then: MapView is its own
 * chunk, which pages without a map never load.
 *
 * Keyboard users meet the map between the filters and the results. Its markers are not tab stops
 * (the list holds the same places, and a card in focus highlights its marker), and a "Skip the
 * map" link before it goes straight to the first result.
 */
import { Component, lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Bitset } from '#lib/finder/bitset.ts';
import { clusterInput } from '#lib/map/cluster-input.ts';
import type { Points } from '#lib/map/points.ts';
import { Clusterer } from '#islands/map/clusterer.ts';
import type { MapViewProps } from '#islands/map/MapView.tsx';

/** The map's code, loaded when first drawn. `lazy` keeps a failed load, so trying again takes a new one. */
const lazyMapView = () =>
  lazy(() =>
    Promise.all([
      import('#islands/map/MapView.tsx'),
      import('#client/leaflet-css.ts').then((css) => css.loadLeafletCss()),
    ]).then(([module]) => module),
  );
const firstMapView = lazyMapView();

/**
 * Catches a map whose code could not load (the signal dropped as it was fetched), so the rest of
 * the finder, which has everything it needs, stays on screen instead of going with it.
 */
class MapLoadFailure extends Component<
  { fallback: ReactNode; onFailure: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onFailure();
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The map's own props, with the data it needs possibly still loading ("Loading the map…"). */
type Props = Omit<MapViewProps, 'points' | 'matched' | 'slugs' | 'clusterer'> & {
  points: Points | undefined;
  matched: Bitset | undefined;
  slugs: readonly string[] | undefined;
  /** Moves focus to the first result ("Skip the map"). */
  onSkip: () => void;
};

/**
 * The map's clustering worker, started with the map on screen rather than with the map's code,
 * and given the first places to show as soon as they are known: it clusters them while Leaflet
 * downloads, and the map asks it for a view the moment it is drawn. Layout effects, so it exists
 * before the map's own effects (a child's passive effects) run in the same commit.
 */
function useStartedClusterer(points: Points | undefined, matched: Bitset | undefined, startZoom: number) {
  const clusterer = useRef<Clusterer | undefined>(undefined);
  const sent = useRef(false);
  useLayoutEffect(() => {
    const started = new Clusterer();
    clusterer.current = started;
    return () => {
      started.stop();
      clusterer.current = undefined;
      sent.current = false;
    };
  }, []);
  useLayoutEffect(() => {
    // Only the first places: later changes are the map's to send, after the list has been drawn.
    if (sent.current || !points || !matched || !clusterer.current) return;
    sent.current = true;
    clusterer.current.load(clusterInput(points, matched, startZoom)).catch(() => {});
  }, [points, matched, startZoom]);
  return clusterer;
}

export function FinderMap({ points, matched, slugs, onSkip, ...props }: Props) {
  const { words } = props;
  const clusterer = useStartedClusterer(points, matched, props.settings.zoom);
  // Each try at loading the map's code; the boundary starts afresh with each.
  const [attempt, setAttempt] = useState({ n: 0, MapView: firstMapView });
  const { MapView } = attempt;
  const [failed, setFailed] = useState(false);
  const retry = () => {
    setFailed(false);
    setAttempt(({ n }) => ({ n: n + 1, MapView: lazyMapView() }));
  };
  // Back online: try again without being asked.
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  });
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
        <MapLoadFailure
          key={attempt.n}
          onFailure={() => setFailed(true)}
          fallback={
            <div className="map-loading">
              <p role="status">{words.failed}</p>
              <button type="button" className="button secondary" onClick={retry}>
                {words.retry}
              </button>
            </div>
          }
        >
          <Suspense fallback={<p className="map-loading">{words.loading}</p>}>
            <MapView points={points} matched={matched} slugs={slugs} clusterer={clusterer} {...props} />
          </Suspense>
        </MapLoadFailure>
      ) : (
        <p className="map-loading">{words.loading}</p>
      )}
    </>,
    target,
  );
}
