// The geo worker's state and work, without the worker: builds the border and rail indexes
// once and answers packed batches, recomputing only sightings whose location (or, for the
// rail part, the rail layers) changed. Pure, so it runs the same in Vitest as in the worker.

import { createLineDistanceIndex, distanceToBorder } from '../domain/geo/border-distance.ts';
import { createSideLocator, type CountryOutlines } from '../domain/geo/country-side.ts';
import { createRailPlausibility, type RailLayerInput, type RailPlausibilityIndex } from '../domain/geo/rail-plausibility.ts';
import { F, SIDES, STRIDE } from './geo-protocol.ts';

export interface GeoEngineInput extends CountryOutlines {
  /** The Belarus–Ukraine border as [lon, lat] vertices. */
  border: readonly (readonly number[])[];
}

export interface GeoEngine {
  /** Replaces the active rail layers; every sighting's rail part is recomputed on the next batch. */
  setRailLayers(version: number, layers: readonly RailLayerInput[]): void;
  readonly railVersion: number;
  /** The ids the next batches' coordinates belong to, in order. Forgets ids no longer listed. */
  setIds(ids: readonly string[]): void;
  /** STRIDE numbers per sighting (see geo-protocol F); `recomputed` counts the sightings actually measured. */
  compute(lons: Float64Array, lats: Float64Array): { results: Float64Array; recomputed: number };
}

interface Entry {
  lon: number;
  lat: number;
  /** railVersion the rail fields were computed for. */
  railVersion: number;
  values: Float64Array;
}

const NO_RAIL_VERSION = -1;
/** Never equal to any version, NaN included, so a fresh entry always gets its rail part. */
const NEVER = Number.NaN;

export function createGeoEngine(input: GeoEngineInput): GeoEngine {
  const border = createLineDistanceIndex([input.border]);
  const sides = createSideLocator(input);
  const sideCode = new Map(SIDES.map((side, i) => [side, i]));
  let rail: RailPlausibilityIndex | null = null;
  let railVersion = NO_RAIL_VERSION;
  let ids: readonly string[] = [];
  const cache = new Map<string, Entry>();

  function measureBorder(lon: number, lat: number, out: Float64Array): void {
    const hit = distanceToBorder(border, lon, lat, sides);
    out[F.distanceKm] = hit.distanceKm;
    out[F.nearestLon] = hit.nearest[0];
    out[F.nearestLat] = hit.nearest[1];
    out[F.bearingDeg] = hit.bearingDeg;
    out[F.side] = sideCode.get(hit.side!)!;
  }

  function measureRail(lon: number, lat: number, out: Float64Array): void {
    const verdict = rail?.assess(lon, lat);
    const line = verdict?.nearestLine;
    const station = verdict?.nearestStation;
    out[F.lineLayer] = line ? Number(line.layerId) : -1;
    out[F.lineIndex] = line ? line.lineIndex : -1;
    out[F.lineKm] = line ? line.distanceKm : NaN;
    out[F.stationLayer] = station ? Number(station.layerId) : -1;
    out[F.stationIndex] = station ? station.stationIndex : -1;
    out[F.stationKm] = station ? station.distanceKm : NaN;
    out[F.offRail] = verdict?.offRail ? 1 : 0;
  }

  return {
    setRailLayers(version, layers) {
      // Results carry a layer's position, not its id: two imported layers may share an id.
      rail = createRailPlausibility(layers.map((layer, i) => ({ ...layer, id: String(i) })));
      railVersion = version;
    },
    get railVersion() {
      return railVersion;
    },
    setIds(next) {
      ids = next;
      // Nothing to forget (the first feed): a set of a million ids took the worker over a second.
      if (cache.size === 0) return;
      const keep = new Set(next);
      for (const id of cache.keys()) if (!keep.has(id)) cache.delete(id);
    },
    compute(lons, lats) {
      if (lons.length !== ids.length || lats.length !== ids.length) {
        throw new RangeError(`geo engine: ${ids.length} ids but ${lons.length} longitudes and ${lats.length} latitudes`);
      }
      const results = new Float64Array(ids.length * STRIDE);
      let recomputed = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const lon = lons[i]!;
        const lat = lats[i]!;
        const out = results.subarray(i * STRIDE, (i + 1) * STRIDE);
        if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
          out.fill(NaN);
          cache.delete(id);
          continue;
        }
        let entry = cache.get(id);
        if (!entry || !Object.is(entry.lon, lon) || !Object.is(entry.lat, lat)) {
          entry = { lon, lat, railVersion: NEVER, values: new Float64Array(STRIDE) };
          measureBorder(lon, lat, entry.values);
          cache.set(id, entry);
          recomputed++;
        } else if (entry.railVersion !== railVersion) {
          recomputed++;
        }
        if (entry.railVersion !== railVersion) {
          measureRail(lon, lat, entry.values);
          entry.railVersion = railVersion;
        }
        out.set(entry.values);
      }
      return { results, recomputed };
    },
  };
}
