// Border distances, sides and rail plausibility off the main thread. Messages are handled
// strictly in order (a compute that arrives while the data is still loading waits for it);
// see geo-protocol.ts for the messages and geo-engine.ts for the work.

import { createGeoEngine, type GeoEngine } from './geo-engine.ts';
import { readGeoEngineInput } from './geo-data.ts';
import type { GeoRequest, GeoResponse } from './geo-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<GeoRequest>) => void) | null;
  postMessage: (message: GeoResponse, transfer?: Transferable[]) => void;
};

let engine: GeoEngine | null = null;
let queue: Promise<void> = Promise.resolve();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

async function handle(request: GeoRequest): Promise<void> {
  if (request.type === 'init') {
    const [border, countries] = await Promise.all([fetchJson(request.borderUrl), fetchJson(request.countriesUrl)]);
    engine = createGeoEngine(readGeoEngineInput(border, countries));
    scope.postMessage({ type: 'ready' });
    return;
  }
  if (!engine) throw new Error('geo worker: used before init');
  if (request.type === 'rail') engine.setRailLayers(request.version, request.layers);
  else if (request.type === 'ids') engine.setIds(request.ids);
  else {
    const { results, recomputed } = engine.compute(request.lons, request.lats);
    scope.postMessage(
      { type: 'result', requestId: request.requestId, railVersion: engine.railVersion, results, recomputed },
      [results.buffer],
    );
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue
    .then(() => handle(request))
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'error', message, ...(request.type === 'compute' ? { requestId: request.requestId } : {}) });
    });
};
