import { useEffect, useState } from 'react';
import type { SightingCoordinates } from '../../domain/explore/filter-sightings';
import type { RailLayerInput } from '../../domain/geo/rail-plausibility';
import { PackedGeoMetrics, type GeoMetrics } from '../../workers/geo-protocol';
import { GeoWorkerClient, GeoWorkerPool } from './geo-worker-client';

export type GeoMetricsState = {
  /** By sighting id; a sighting is missing until measured (or when it cannot be). */
  metrics: ReadonlyMap<string, GeoMetrics>;
  /** True while the shown metrics are not yet those of the current sightings and rail layers. */
  pending: boolean;
  error: string | null;
};

const dataUrl = (file: string) => new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.href).href;

let sharedPool: GeoWorkerPool | null = null;

/** The app's geo workers: their indexes are built once, whoever asks. */
function geoPool(): GeoWorkerPool {
  sharedPool ??= new GeoWorkerPool(
    () =>
      new GeoWorkerClient(new Worker(new URL('../../workers/geo-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-geo' }), {
        borderUrl: dataUrl('border-by-ua.json'),
        countriesUrl: dataUrl('countries.json'),
      }),
    // One part per core, the main thread's included: it is mostly idle while they measure.
    Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)),
  );
  return sharedPool;
}

/** What the worker needs of a sighting (feed and workspace sightings both fit). */
export type Located = { id: string; lon: number; lat: number };

type Answer = {
  sightings: readonly Located[];
  layers: readonly RailLayerInput[];
  metrics: ReadonlyMap<string, GeoMetrics>;
  error: string | null;
};

const EMPTY: ReadonlyMap<string, GeoMetrics> = new Map();

/** What the caller already holds of `sightings`, so the metrics need not make it again. */
export type GeoMetricsHelp = {
  /** An id's position in `sightings` (an index the caller keeps anyway). */
  positionOf?: (id: string) => number | undefined;
  /** The sightings' coordinates, index for index (sightingColumns); only read. */
  coordinates?: SightingCoordinates;
};

/** Border distance, side, bearing and rail plausibility of every sighting, computed in Web Workers. */
export function useGeoMetrics(sightings: readonly Located[], railLayers: readonly RailLayerInput[], help: GeoMetricsHelp = {}): GeoMetricsState {
  const { positionOf, coordinates } = help;
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let current = true;
    const measure = () =>
      geoPool()
        .compute(sightings, railLayers, coordinates)
        .then(({ parts, layers }) => {
          if (!current) return;
          const metrics = new PackedGeoMetrics(sightings, parts, layers.length > 0 ? layers : null, positionOf);
          setAnswer({ sightings, layers: railLayers, metrics, error: null });
        })
        .catch((error: unknown) => {
          if (!current) return;
          const message = error instanceof Error ? error.message : String(error);
          setAnswer((previous) => ({ sightings, layers: railLayers, metrics: previous?.metrics ?? EMPTY, error: message }));
        });
    // In a task of its own: handing a million sightings' ids and places to the workers took
    // about 0.1 s, on top of the task that shows a new list.
    const start = setTimeout(() => void measure(), 0);
    return () => {
      current = false;
      clearTimeout(start);
    };
  }, [sightings, railLayers, positionOf, coordinates]);

  return {
    // Older metrics stay shown while new ones are computed: most sightings keep their values.
    metrics: answer?.metrics ?? EMPTY,
    pending: answer === null || answer.sightings !== sightings || answer.layers !== railLayers,
    error: answer?.error ?? null,
  };
}
