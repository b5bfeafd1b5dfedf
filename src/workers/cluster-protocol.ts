// What crosses between the map and the cluster worker: packed numbers only. The map keeps the
// ids and statuses and turns the indexes of an answer back into features itself.

import type { ClusterView } from '../domain/geo/cluster-index.ts';

export type ClusterRequest =
  /** A new set of sightings (after filters); `version` comes back with every answer about it. */
  | { type: 'load'; version: number; lons: Float64Array; lats: Float64Array }
  | { type: 'query'; version: number; requestId: number; bbox: [number, number, number, number]; zoom: number };

export type ClusterResponse =
  | ({ type: 'view'; version: number; requestId: number; size: number } & ClusterView)
  | { type: 'error'; version: number; requestId?: number; message: string };
