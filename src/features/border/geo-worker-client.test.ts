import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sightingCoordinates } from '../../domain/explore/filter-sightings';
import type { RailLayerInput } from '../../domain/geo/rail-plausibility';
import { createGeoEngine } from '../../workers/geo-engine';
import { readGeoEngineInput } from '../../workers/geo-data';
import { PackedGeoMetrics, decodeMetrics, type GeoRequest, type GeoResponse } from '../../workers/geo-protocol';
import { GeoWorkerClient, GeoWorkerPool, type WorkerPort } from './geo-worker-client';

const input = readGeoEngineInput(
  JSON.parse(readFileSync('public/data/border-by-ua.json', 'utf8')),
  JSON.parse(readFileSync('public/data/countries.json', 'utf8')),
);

/** Runs the real engine behind the worker protocol, answering asynchronously like a worker. */
function createFakeWorker(options: { failInit?: string } = {}) {
  const sent: GeoRequest['type'][] = [];
  /** The longitudes of each compute request, as the worker got them. */
  const lonsReceived: Float64Array[] = [];
  let listener: ((event: MessageEvent<GeoResponse>) => void) | null = null;
  let engine: ReturnType<typeof createGeoEngine> | null = null;
  const reply = (message: GeoResponse) => queueMicrotask(() => listener?.({ data: message } as MessageEvent<GeoResponse>));
  const port: WorkerPort = {
    postMessage(message: GeoRequest) {
      sent.push(message.type);
      if (message.type === 'init') {
        if (options.failInit) reply({ type: 'error', message: options.failInit });
        else engine = createGeoEngine(input);
      } else if (!engine) {
        if (message.type === 'compute') reply({ type: 'error', requestId: message.requestId, message: 'geo worker: used before init' });
      } else if (message.type === 'rail') engine.setRailLayers(message.version, message.layers);
      else if (message.type === 'ids') engine.setIds(message.ids);
      else {
        lonsReceived.push(message.lons);
        const { results, recomputed } = engine.compute(message.lons, message.lats);
        reply({ type: 'result', requestId: message.requestId, railVersion: engine.railVersion, results, recomputed });
      }
    },
    addEventListener(type: string, handler: unknown) {
      if (type === 'message') listener = handler as typeof listener;
    },
    terminate() {},
  };
  return { port, sent, lonsReceived };
}

const urls = { borderUrl: '/data/border-by-ua.json', countriesUrl: '/data/countries.json' };
const sightings = [
  { id: 'minsk', lon: 27.5667, lat: 53.9 },
  { id: 'kyiv', lon: 30.5234, lat: 50.4501 },
];
const layers: RailLayerInput[] = [{ id: 's', name: 'Schematic', kind: 'schematic', lines: [[[27.5667, 53.9], [30.5234, 50.4501]]] }];

describe('GeoWorkerClient', () => {
  it('sends ids and rail layers only when they change, coordinates every time', async () => {
    const { port, sent } = createFakeWorker();
    const client = new GeoWorkerClient(port, urls);
    await client.compute(sightings, layers);
    const moved = [sightings[0]!, { id: 'kyiv', lon: 30.6, lat: 50.5 }];
    const second = await client.compute(moved, layers);
    expect(sent).toEqual(['init', 'rail', 'ids', 'compute', 'compute']);
    expect(second.recomputed).toBe(1);
    await client.compute([sightings[1]!], []);
    expect(sent.slice(5)).toEqual(['rail', 'ids', 'compute']);
  });

  it('hands back packed results with the layers their indexes refer to', async () => {
    const client = new GeoWorkerClient(createFakeWorker().port, urls);
    const batch = await client.compute(sightings, layers);
    expect(batch.layers).toBe(layers);
    expect(batch.parts).toHaveLength(1);
    const kyiv = decodeMetrics(batch.parts[0]!, 1, batch.layers)!;
    expect(kyiv.side).toBe('ukraine');
    expect(kyiv.rail).toMatchObject({ offRail: false, nearestLine: { layerId: 's', lineIndex: 0 } });
    expect(kyiv.rail!.nearestLine!.distanceKm).toBeLessThan(1e-9);
  });

  it('reports why the worker could not load its data rather than a follow-on error', async () => {
    const client = new GeoWorkerClient(createFakeWorker({ failInit: '/data/countries.json answered HTTP 404' }).port, urls);
    await expect(client.compute(sightings, layers)).rejects.toThrow('/data/countries.json answered HTTP 404');
  });
});

describe('GeoWorkerPool', () => {
  const splitFrom = 500;
  const many = Array.from({ length: splitFrom + 7 }, (_, i) => ({ id: `s${i}`, lon: 23.5 + (i % 97) * 0.1, lat: 50 + (i % 89) * 0.06 }));

  function pool(size: number) {
    const workers: ReturnType<typeof createFakeWorker>[] = [];
    const created = new GeoWorkerPool(() => {
      const worker = createFakeWorker();
      workers.push(worker);
      return new GeoWorkerClient(worker.port, urls);
    }, size, splitFrom);
    return { pool: created, workers };
  }

  it('splits a large batch between its workers and joins their answers in order, as one worker would give them', async () => {
    const alone = await new GeoWorkerClient(createFakeWorker().port, urls).compute(many, layers);
    const { pool: shared, workers } = pool(2);
    const split = await shared.compute(many, layers);
    expect(workers).toHaveLength(2);
    for (const worker of workers) expect(worker.sent).toContain('compute');
    expect(split.recomputed).toBe(many.length);
    expect(split.parts).toHaveLength(2);
    expect(split.parts.flatMap((part) => Array.from(part))).toEqual(Array.from(alone.parts[0]!));
    // Read where they lie, the parts give every sighting its own record.
    const read = new PackedGeoMetrics(many, split.parts, split.layers);
    expect([...read].map(([id, value]) => [id, value.distanceKm])).toEqual([...new PackedGeoMetrics(many, alone.parts, alone.layers)].map(([id, value]) => [id, value.distanceKm]));
    expect(read.get(many[many.length - 1]!.id)).toEqual(decodeMetrics(alone.parts[0]!, many.length - 1, alone.layers));
    // Asked again, each worker reuses its own last answer.
    expect((await shared.compute(many, layers)).recomputed).toBe(0);
  });

  it('measures the coordinates the caller already read, giving each worker its own copy of its part', async () => {
    const alone = await new GeoWorkerClient(createFakeWorker().port, urls).compute(many, layers);
    const { pool: shared, workers } = pool(2);
    const coordinates = sightingCoordinates(many);
    const before = Array.from(coordinates.lons);
    const split = await shared.compute(many, layers, coordinates);
    expect(split.parts.flatMap((part) => Array.from(part))).toEqual(Array.from(alone.parts[0]!));
    const given = workers.flatMap((worker) => worker.lonsReceived);
    expect(given.map((lons) => lons.length)).toEqual([Math.round(many.length / 2), many.length - Math.round(many.length / 2)]);
    // Copies: transferring them leaves the caller's columns whole.
    for (const lons of given) expect(lons.buffer).not.toBe(coordinates.lons.buffer);
    expect(Array.from(coordinates.lons)).toEqual(before);
  });

  it('hands each worker its part in a task of its own', async () => {
    const { pool: shared, workers } = pool(2);
    const answer = shared.compute(many, layers);
    expect(workers[0]!.sent).toContain('compute');
    expect(workers[1]!.sent).not.toContain('compute');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers[1]!.sent).toContain('compute');
    expect((await answer).parts).toHaveLength(2);
  });

  it('leaves a small batch to the first worker and starts no other', async () => {
    const { pool: shared, workers } = pool(2);
    const batch = await shared.compute(sightings, layers);
    expect(workers).toHaveLength(1);
    expect(batch.parts).toHaveLength(1);
    expect(decodeMetrics(batch.parts[0]!, 1, batch.layers)!.side).toBe('ukraine');
  });
});
