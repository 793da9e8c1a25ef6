/**
 * The map's clustering worker: it keeps the clustered places and answers, for each view, which
 * clusters and places are in it (src/lib/map/clusters.ts), so the page's thread only draws.
 * Messages are answered in the order they came, so a view asked after a load is answered from it.
 */
import { answer, type ClusterIndex, type ClusterRequest } from '#lib/map/clusters.ts';

let index: ClusterIndex | undefined;

// The project's types are the page's (lib "dom"); a worker's global has the same two calls used here.

self.addEventListener('message', (event: MessageEvent<ClusterRequest>) => {
  const result = answer(index, event.data);
  index = result.index;
  self.postMessage(result.reply);
});
