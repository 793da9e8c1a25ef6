/**
 * The map's clustering, with no DOM and no Leaflet: it runs in the map's worker
 * (src/islands/map/cluster-worker.ts), so clustering 100,000 places never holds up the page, and
 * on the page itself where a worker cannot start.
 *
 * What crosses between the two is plain data: the places to cluster as flat arrays, and for a
 * view the clusters and places in it, each cluster with the zoom that splits it, so a click on
 * one needs no second question.
 */
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import { CLUSTER_RADIUS_PX } from './cluster-radius.ts';
import type { ClusterInput } from './cluster-input.ts';

/** The deepest zoom clusters are kept for; past it every place is its own marker. */
const MAX_CLUSTER_ZOOM = 16;

/** One marker to draw: a single place, or a cluster of `count` places. */
export type ClusterItem =
  | { kind: 'place'; lng: number; lat: number; position: number }
  | { kind: 'cluster'; lng: number; lat: number; count: number; id: number; expansionZoom: number };

/** [west, south, east, north], in degrees. */
export type ViewBox = [number, number, number, number];

export type ClusterIndex = Supercluster<{ i: number }>;

/** Clusters the places for every zoom from `minZoom` to the deepest. */
export function buildClusters({ positions, lng, lat, minZoom }: ClusterInput): ClusterIndex {
  const features: PointFeature<{ i: number }>[] = Array.from(positions, (i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng[i]!, lat[i]!] },
    properties: { i },
  }));
  return new Supercluster<{ i: number }>({
    radius: CLUSTER_RADIUS_PX,
    // Leaflet's tiles are 256 px, so this makes the radius screen pixels.
    extent: 256,
    maxZoom: MAX_CLUSTER_ZOOM,
    minZoom,
  }).load(features);
}

/** The clusters and places in `view` at `zoom` (rounded, as clusters exist per whole zoom). */
export function clustersInView(index: ClusterIndex, view: ViewBox, zoom: number): ClusterItem[] {
  return index.getClusters(view, Math.round(zoom)).map((feature): ClusterItem => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as Partial<ClusterProperties> & { i?: number };
    if (!props.cluster) return { kind: 'place', lng, lat, position: props.i! };
    const id = props.cluster_id!;
    return {
      kind: 'cluster',
      lng,
      lat,
      count: props.point_count!,
      id,
      expansionZoom: index.getClusterExpansionZoom(id),
    };
  });
}

/** A question to the clustering worker; `id` comes back with its answer. */
export type ClusterRequest = { id: number } & (
  { type: 'load'; input: ClusterInput } | { type: 'view'; view: ViewBox; zoom: number }
);

/** The worker's answer: done loading, the items in a view, or what went wrong. */
export type ClusterReply =
  | { id: number; type: 'loaded' }
  | { id: number; type: 'view'; items: ClusterItem[] }
  | { id: number; type: 'failed'; message: string };

/**
 * Answers one request against the index loaded so far: what the worker does with each message,
 * kept here so it is tested without a worker. Returns the index to keep.
 */
export function answer(
  index: ClusterIndex | undefined,
  request: ClusterRequest,
): { index: ClusterIndex | undefined; reply: ClusterReply } {
  try {
    if (request.type === 'load')
      return { index: buildClusters(request.input), reply: { id: request.id, type: 'loaded' } };
    if (!index) return { index, reply: { id: request.id, type: 'failed', message: 'no places loaded yet' } };
    return { index, reply: { id: request.id, type: 'view', items: clustersInView(index, request.view, request.zoom) } };
  } catch (error) {
    return { index, reply: { id: request.id, type: 'failed', message: String(error) } };
  }
}
