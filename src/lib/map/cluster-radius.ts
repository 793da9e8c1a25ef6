/**
 * Points closer than this on screen join a cluster, so separate markers never overlap and each
 * keeps a full 24 px target (WCAG 2.5.8). On its own so the page's map code reads it without
 * bringing the clustering code, which runs in a worker (clusters.ts).
 */
export const CLUSTER_RADIUS_PX = 40;
