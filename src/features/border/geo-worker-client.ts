// The main thread's side of the geo worker: one worker for the app's lifetime (building the
// border and rail indexes is the expensive part, so it happens once), ids sent only when the
// list of sightings changes, coordinates and results as transferred Float64Arrays.

import { sightingCoordinates, type SightingCoordinates } from '../../domain/explore/filter-sightings';
import type { RailLayerInput } from '../../domain/geo/rail-plausibility';
import type { GeoRequest, GeoResponse } from '../../workers/geo-protocol';
import { nextTask } from '../../lib/next-task';

export type GeoBatch = {
  /** Packed results (see geo-protocol F), one record per sighting in the order asked, in
   *  consecutive parts (one per worker that measured them). */
  parts: Float64Array[];
  /** The rail layers the results' indexes refer to. */
  layers: readonly RailLayerInput[];
  recomputed: number;
};

type Located = { id: string; lon: number; lat: number };

/** Only what the client uses of a Worker, so tests can stand in for one. */
export type WorkerPort = {
  postMessage(message: GeoRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<GeoResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
};

export class GeoWorkerClient {
  private nextRequestId = 1;
  private railVersion = 0;
  private sentLayers: readonly RailLayerInput[] | null = null;
  private sentIds: string[] = [];
  private readonly pending = new Map<number, { layers: readonly RailLayerInput[]; resolve: (batch: GeoBatch) => void; reject: (error: Error) => void }>();
  /** A failure outside any request (loading the border data): the reason every later request fails. */
  private setupError: string | null = null;

  constructor(
    private readonly worker: WorkerPort,
    urls: { borderUrl: string; countriesUrl: string },
  ) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.failAll(event.message || 'the geo worker could not start'));
    worker.postMessage({ type: 'init', ...urls });
  }

  /**
   * `coordinates`, when given, are those of `sightings`, index for index; they are handed to
   * the worker (transferred), so the caller must not read them afterwards.
   */
  compute(sightings: readonly Located[], layers: readonly RailLayerInput[], coordinates?: SightingCoordinates): Promise<GeoBatch> {
    if (layers !== this.sentLayers) {
      this.railVersion++;
      this.sentLayers = layers;
      this.worker.postMessage({ type: 'rail', version: this.railVersion, layers: [...layers] });
    }
    if (!sameIds(this.sentIds, sightings)) {
      this.sentIds = sightings.map((s) => s.id);
      // postMessage copies the list: no copy of our own first.
      this.worker.postMessage({ type: 'ids', ids: this.sentIds });
    }
    // Fresh arrays (they are transferred), read with a plain loop: Float64Array.from with a
    // mapping function was about three times slower, in the task that shows a feed.
    const { lons, lats } = coordinates ?? sightingCoordinates(sightings);
    const requestId = this.nextRequestId++;
    return new Promise<GeoBatch>((resolve, reject) => {
      this.pending.set(requestId, { layers, resolve, reject });
      this.worker.postMessage({ type: 'compute', requestId, lons, lats }, [lons.buffer, lats.buffer]);
    });
  }

  dispose(): void {
    this.failAll('the geo worker was stopped');
    this.worker.terminate();
  }

  private receive(message: GeoResponse): void {
    if (message.type === 'ready') return;
    if (message.type === 'error' && message.requestId === undefined) {
      this.setupError ??= message.message;
      return;
    }
    const request = this.pending.get(message.requestId!);
    if (!request) return;
    this.pending.delete(message.requestId!);
    if (message.type === 'error') request.reject(new Error(this.setupError ?? message.message));
    else request.resolve({ parts: [message.results], layers: request.layers, recomputed: message.recomputed });
  }

  private failAll(reason: string): void {
    for (const request of this.pending.values()) request.reject(new Error(reason));
    this.pending.clear();
  }
}

/**
 * Below this many sightings one worker answers alone. A second worker starts (loads the
 * geodata, builds its indexes) on the first batch it gets, which took longer than it saved
 * at 10,000 and 100,000 sightings (0.4 s for one worker); at 1,000,000 (3–5 s) it pays.
 */
const SPLIT_FROM = 200_000;

/**
 * Several geo workers sharing each large batch, one contiguous part each, their packed
 * results handed on in order as parts (not joined: joining a million records cost 0.25–0.4 s).
 * Measuring a million sightings took one worker about 5 s; it comes when the feed is whole
 * and the main thread has mostly finished with it, so a second core is free for the other
 * half. Workers after the first start on the first large batch.
 */
export class GeoWorkerPool {
  private readonly clients: GeoWorkerClient[];

  constructor(
    private readonly createClient: () => GeoWorkerClient,
    private readonly size: number,
    private readonly splitFrom = SPLIT_FROM,
  ) {
    this.clients = [createClient()];
  }

  /**
   * `coordinates`, when given, are those of `sightings` (sightingColumns: already read, so
   * not read again); they are only read here, each worker getting a copy of its part.
   */
  async compute(sightings: readonly Located[], layers: readonly RailLayerInput[], coordinates?: SightingCoordinates): Promise<GeoBatch> {
    const parts = sightings.length < this.splitFrom ? 1 : Math.max(1, this.size);
    const partOf = (start: number, end: number) => (coordinates ? { lons: coordinates.lons.slice(start, end), lats: coordinates.lats.slice(start, end) } : undefined);
    if (parts === 1) return this.clients[0]!.compute(sightings, layers, partOf(0, sightings.length));
    while (this.clients.length < parts) this.clients.push(this.createClient());
    const bounds = Array.from({ length: parts + 1 }, (_, k) => Math.round((sightings.length * k) / parts));
    const answers: Promise<GeoBatch>[] = [];
    for (let k = 0; k < parts; k++) {
      // Each part in a task of its own: handing two workers half a million ids each in one
      // task took 0.15-0.2 s at a million sightings, the longest task of the load.
      if (k > 0) await nextTask();
      answers.push(this.clients[k]!.compute(sightings.slice(bounds[k], bounds[k + 1]), layers, partOf(bounds[k]!, bounds[k + 1]!)));
    }
    const batches = await Promise.all(answers);
    return {
      parts: batches.flatMap((batch) => batch.parts),
      layers,
      recomputed: batches.reduce((sum, batch) => sum + batch.recomputed, 0),
    };
  }
}

function sameIds(sent: readonly string[], sightings: readonly Located[]): boolean {
  if (sent.length !== sightings.length) return false;
  for (let i = 0; i < sent.length; i++) if (sent[i] !== sightings[i]!.id) return false;
  return true;
}
