// What crosses between the map and the cluster worker: packed numbers only. The map keeps the
// ids and statuses and turns the indexes of an answer back into features itself.

import type { ClusterView } from '../domain/geo/cluster-index.ts';

export type ClusterRequest =
  /** Every sighting the filters choose from; the hierarchy is built over these once. */
  | { type: 'load'; version: number; lons: Float64Array; lats: Float64Array }
  /** Which of the loaded sightings the filters show (1 = shown, by load index); null: all. */
  | { type: 'mask'; version: number; mask: Uint8Array | null }
  | { type: 'query'; version: number; requestId: number; bbox: [number, number, number, number]; zoom: number };

export type ClusterResponse =
  /** `size`: the shown sightings with a location. */
  | ({ type: 'view'; version: number; requestId: number; size: number } & ClusterView)
  | { type: 'error'; version: number; requestId?: number; message: string };
