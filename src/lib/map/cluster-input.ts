/**
 * What the map's clustering is given: the places of the matching listings, as flat arrays that
 * cross to the clustering worker (clusters.ts) as they are. Kept apart from the clustering code
 * so the finder can start the worker before the map's chunk, with supercluster in it, arrives.
 */
import { and, indexesOf, type Bitset } from '#lib/finder/bitset.ts';
import { ZOOM_OUT_LEVELS } from './cluster-radius.ts';
import type { Points } from './points.ts';

/** The places to cluster: listing positions with their shown points. */
export interface ClusterInput {
  /** Positions in the finder's index of the places to cluster. */
  positions: Uint32Array;
  /** Longitude and latitude of every listing, by position (only `positions` are read). */
  lng: Float64Array;
  lat: Float64Array;
  /** The lowest zoom clusters are kept for. */
  minZoom: number;
}

/**
 * What the map clusters for the `matched` listings: those with a place. Clusters are kept down to
 * as far out as the map lets a person zoom (ZOOM_OUT_LEVELS from the region's starting zoom).
 */
export function clusterInput(points: Points, matched: Bitset, startZoom: number): ClusterInput {
  return {
    positions: Uint32Array.from(indexesOf(and(matched, points.placed))),
    lng: points.lng,
    lat: points.lat,
    minZoom: Math.max(0, startZoom - ZOOM_OUT_LEVELS),
  };
}

/** Whether two inputs cluster the same places: the same point arrays, positions and zoom. */
export function sameInput(a: ClusterInput, b: ClusterInput): boolean {
  if (a.lng !== b.lng || a.lat !== b.lat || a.minZoom !== b.minZoom) return false;
  if (a.positions.length !== b.positions.length) return false;
  for (let i = 0; i < a.positions.length; i++) if (a.positions[i] !== b.positions[i]) return false;
  return true;
}
