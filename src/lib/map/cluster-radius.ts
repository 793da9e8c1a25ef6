/**
 * What the page's map and the clustering worker share, on its own so the page's map code reads
 * it without bringing the clustering code (clusters.ts).
 *
 * Points closer than this on screen join a cluster, so separate markers never overlap and each
 * keeps a full 24 px target (WCAG 2.5.8).
 */
export const CLUSTER_RADIUS_PX = 40;

/**
 * How many zoom levels out from the region's starting zoom the map lets a person go; clusters
 * are kept down to that zoom and no further.
 */
export const ZOOM_OUT_LEVELS = 4;
