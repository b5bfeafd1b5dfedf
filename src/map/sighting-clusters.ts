// The map's side of the cluster worker. The sightings' places go over once, as two packed
// coordinate arrays (transferred, not copied); a filter change sends one byte per sighting;
// after that only the view goes over and only what is in it comes back, so the map's own
// GeoJSON source never holds more than a few hundred features, whatever the number of
// sightings.

import type { Feature, FeatureCollection, Point } from 'geojson';
import { abbreviateCount, C, CLUSTER_STRIDE, paddedBounds } from '../domain/geo/cluster-index';
import type { ClusterRequest, ClusterResponse } from '../workers/cluster-protocol';

/** What the map needs of a sighting: nothing more crosses into the workers. */
export type SightingPoint = { id: string; lon: number; lat: number; status: string };

/**
 * What the map needs of every sighting, index for index, as the app already holds it (its
 * sightings' columns): a million points made into objects first had cost 0.15–0.3 s in the
 * task that shows a feed. The arrays must not change afterwards; new sightings come as new arrays.
 */
export type SightingPoints = {
  lons: Float64Array;
  lats: Float64Array;
  statuses: readonly string[];
  idAt: (index: number) => string;
};

const NO_POINTS: SightingPoints = { lons: new Float64Array(0), lats: new Float64Array(0), statuses: [], idAt: () => '' };

type Bbox = [number, number, number, number];
type View = { bbox: Bbox; zoom: number };

const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Same places in the same order (NaN, a missing location, equals NaN here). */
function samePlaces(loaded: { lons: Float64Array; lats: Float64Array }, lons: Float64Array, lats: Float64Array): boolean {
  if (loaded.lons.length !== lons.length) return false;
  for (let i = 0; i < lons.length; i += 1) {
    if (!same(loaded.lons[i]!, lons[i]!) || !same(loaded.lats[i]!, lats[i]!)) return false;
  }
  return true;
}

export class SightingClusters {
  private readonly worker: Worker;
  private points: SightingPoints = NO_POINTS;
  /** The coordinates the worker's hierarchy was built from. */
  private loaded: { lons: Float64Array; lats: Float64Array } | null = null;
  private version = 0;
  private nextRequestId = 1;
  private inFlight = false;
  /** The newest view, and whether it (or the data) changed since the last query went out. */
  private view: View | null = null;
  private dirty = false;
  /** What the last answer covers: a view inside it at the same zoom level needs no new query. */
  private covered: { bbox: Bbox; level: number } | null = null;
  private shownVersion = -1;
  private shownSize = 0;

  constructor(
    private readonly onView: (data: FeatureCollection<Point>) => void,
    private readonly onError: (message: string) => void,
  ) {
    this.worker = new Worker(new URL('../workers/cluster-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-clusters' });
    this.worker.onmessage = (event: MessageEvent<ClusterResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.inFlight = false;
      this.onError(`The sighting clusters could not be computed: ${event.message || 'the worker stopped'}.`);
    };
  }

  /**
   * `all`: every sighting the filters choose from; `shown`: which of them to draw (1 = shown,
   * indexed like `all`; transferred to the worker, so the caller must not reuse it), null for
   * all. The worker rebuilds its hierarchy only when the sightings' places change; a new
   * status or a filter change costs one pass over the points of the zoom level in view.
   */
  setSightings(all: SightingPoints, shown: Uint8Array | null): void {
    if (all !== this.points) {
      this.points = all;
      const { lons, lats } = all;
      if (!this.loaded || !samePlaces(this.loaded, lons, lats)) {
        this.loaded = { lons, lats };
        this.version += 1;
        const request: ClusterRequest = { type: 'load', version: this.version, lons: lons.slice(), lats: lats.slice() };
        this.worker.postMessage(request, [request.lons.buffer, request.lats.buffer]);
      }
    }
    this.version += 1;
    const mask: ClusterRequest = { type: 'mask', version: this.version, mask: shown };
    this.worker.postMessage(mask, shown ? [shown.buffer] : []);
    this.covered = null;
    this.dirty = true;
    this.pump();
  }

  setView(bbox: Bbox, zoom: number): void {
    this.view = { bbox, zoom };
    const level = Math.floor(zoom);
    const inside =
      this.covered !== null &&
      this.covered.level === level &&
      bbox[0] >= this.covered.bbox[0] &&
      bbox[1] >= this.covered.bbox[1] &&
      bbox[2] <= this.covered.bbox[2] &&
      bbox[3] <= this.covered.bbox[3];
    if (inside) return;
    this.dirty = true;
    this.pump();
  }

  /** True until the newest sightings and view have been answered. */
  get pending(): boolean {
    return this.shownVersion !== this.version || this.inFlight || (this.dirty && this.view !== null);
  }

  /** Sightings (with a location) in the index behind what the map shows now. */
  get shownCount(): number {
    return this.shownVersion === this.version ? this.shownSize : 0;
  }

  destroy(): void {
    this.worker.terminate();
  }

  private pump(): void {
    if (this.inFlight || !this.dirty || !this.view || this.version === 0) return;
    this.dirty = false;
    this.inFlight = true;
    const bbox = paddedBounds(this.view.bbox);
    const request: ClusterRequest = { type: 'query', version: this.version, requestId: this.nextRequestId++, bbox, zoom: this.view.zoom };
    this.covered = { bbox, level: Math.floor(this.view.zoom) };
    this.worker.postMessage(request);
  }

  private receive(message: ClusterResponse): void {
    this.inFlight = false;
    if (message.type === 'error') {
      this.onError(`The sighting clusters could not be computed: ${message.message}.`);
    } else if (message.version === this.version) {
      // An answer about older data is dropped: the query for the newest data is next.
      this.shownVersion = message.version;
      this.shownSize = message.size;
      this.onView(this.toFeatures(message.clusters, message.points));
    }
    this.pump();
  }

  private toFeatures(clusters: Float64Array, points: Uint32Array): FeatureCollection<Point> {
    const features: Feature<Point>[] = [];
    for (let o = 0; o < clusters.length; o += CLUSTER_STRIDE) {
      const count = clusters[o + C.count]!;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [clusters[o + C.lon]!, clusters[o + C.lat]!] },
        properties: {
          cluster: true,
          cluster_id: clusters[o + C.id]!,
          point_count: count,
          point_count_abbreviated: abbreviateCount(count),
          expansion_zoom: clusters[o + C.expansionZoom]!,
        },
      });
    }
    const { lons, lats, statuses, idAt } = this.points;
    for (const index of points) {
      if (index >= lons.length) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lons[index]!, lats[index]!] },
        properties: { id: idAt(index), status: statuses[index]! },
      });
    }
    return { type: 'FeatureCollection', features };
  }
}
