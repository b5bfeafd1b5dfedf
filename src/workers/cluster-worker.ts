// Builds the cluster index off the main thread and answers view queries from it. Only the
// newest state matters: a query for an older version is answered from the newest index and
// mask, and the map drops answers whose version it has moved past.

import { createClusterIndex, type ClusterIndex } from '../domain/geo/cluster-index.ts';
import type { ClusterRequest, ClusterResponse } from './cluster-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ClusterRequest>) => void) | null;
  postMessage: (message: ClusterResponse, transfer?: Transferable[]) => void;
};

let index: ClusterIndex | null = null;
let version = -1;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'load') {
      index = createClusterIndex(request.lons, request.lats);
      version = request.version;
      return;
    }
    if (!index) throw new Error('cluster worker: asked before any load');
    if (request.type === 'mask') {
      index.setVisible(request.mask);
      version = request.version;
      return;
    }
    const view = index.query(request.bbox, request.zoom);
    scope.postMessage(
      { type: 'view', version, requestId: request.requestId, size: index.visibleSize, ...view },
      [view.clusters.buffer, view.points.buffer],
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', version, message, ...(request.type === 'query' ? { requestId: request.requestId } : {}) });
  }
};
