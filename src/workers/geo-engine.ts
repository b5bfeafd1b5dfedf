// The geo worker's state and work, without the worker: builds the border and rail indexes
// once and answers packed batches, recomputing only sightings whose location (or, for the
// rail part, the rail layers) changed. Pure, so it runs the same in Vitest as in the worker.

import { createLineDistanceIndex } from '../domain/geo/border-distance.ts';
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

/**
 * The last answer, position for position with its ids. A sighting whose id and location are
 * unchanged is copied from it rather than measured again. It replaced a map of one small
 * Float64Array per id: at a million sightings, making those took the worker 4 of its 7 s.
 */
interface Answer {
  ids: readonly string[];
  lons: Float64Array;
  lats: Float64Array;
  /** railVersion each sighting's rail fields were computed for. */
  railVersions: Float64Array;
  results: Float64Array;
}

const NO_RAIL_VERSION = -1;
/** The rail version of a sighting without usable coordinates: equal to none, NaN included. */
const NEVER = Number.NaN;

export function createGeoEngine(input: GeoEngineInput): GeoEngine {
  const border = createLineDistanceIndex([input.border]);
  const sides = createSideLocator(input);
  const sideCode = new Map(SIDES.map((side, i) => [side, i]));
  let rail: RailPlausibilityIndex | null = null;
  let railVersion = NO_RAIL_VERSION;
  let ids: readonly string[] = [];
  let previous: Answer | null = null;

  /** Writes the border fields of the record that starts at `at`. */
  function measureBorder(lon: number, lat: number, out: Float64Array, at: number): void {
    const hit = border.nearest(lon, lat);
    out[at + F.distanceKm] = hit.distanceKm;
    out[at + F.nearestLon] = hit.nearest[0];
    out[at + F.nearestLat] = hit.nearest[1];
    out[at + F.bearingDeg] = hit.bearingDeg;
    out[at + F.side] = sideCode.get(sides.sideOf(lon, lat))!;
  }

  function measureRail(lon: number, lat: number, out: Float64Array, at: number): void {
    const verdict = rail?.assess(lon, lat);
    const line = verdict?.nearestLine;
    const station = verdict?.nearestStation;
    out[at + F.lineLayer] = line ? Number(line.layerId) : -1;
    out[at + F.lineIndex] = line ? line.lineIndex : -1;
    out[at + F.lineKm] = line ? line.distanceKm : NaN;
    out[at + F.stationLayer] = station ? Number(station.layerId) : -1;
    out[at + F.stationIndex] = station ? station.stationIndex : -1;
    out[at + F.stationKm] = station ? station.distanceKm : NaN;
    out[at + F.offRail] = verdict?.offRail ? 1 : 0;
  }

  /** Where each of the current ids was in the last answer (-1: not there). */
  function positionsBefore(before: Answer | null): (i: number) => number {
    if (!before) return () => -1;
    if (before.ids === ids) return (i) => i;
    const index = new Map<string, number>();
    before.ids.forEach((id, k) => index.set(id, k));
    return (i) => index.get(ids[i]!) ?? -1;
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
    },
    compute(lons, lats) {
      if (lons.length !== ids.length || lats.length !== ids.length) {
        throw new RangeError(`geo engine: ${ids.length} ids but ${lons.length} longitudes and ${lats.length} latitudes`);
      }
      const n = ids.length;
      const results = new Float64Array(n * STRIDE);
      const railVersions = new Float64Array(n);
      const before = previous;
      const positionBefore = positionsBefore(before);
      let recomputed = 0;
      for (let i = 0; i < n; i++) {
        const lon = lons[i]!;
        const lat = lats[i]!;
        const at = i * STRIDE;
        if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
          results.fill(NaN, at, at + STRIDE);
          railVersions[i] = NEVER;
          continue;
        }
        const k = positionBefore(i);
        const unmoved = before !== null && k >= 0 && Object.is(before.lons[k], lon) && Object.is(before.lats[k], lat);
        if (unmoved) {
          for (let f = 0; f < STRIDE; f++) results[at + f] = before.results[k * STRIDE + f]!;
        } else {
          measureBorder(lon, lat, results, at);
        }
        if (!unmoved || before.railVersions[k] !== railVersion) {
          measureRail(lon, lat, results, at);
          recomputed++;
        }
        railVersions[i] = railVersion;
      }
      // The caller transfers `results` away; the copy kept here is what the next answer reuses.
      previous = { ids, lons, lats, railVersions, results: results.slice() };
      return { results, recomputed };
    },
  };
}
