// Is a geolocated sighting on (or near) the railway? A train filmed 30 km from every line is
// a sign the geolocation is wrong (or the clip is not what it claims). Measured against the
// rail layers the analyst has switched on, with a tolerance that depends on how faithful the
// layer's geometry is.

import { createLineDistanceIndex, type LineDistanceIndex } from './border-distance.ts';
import { createPointIndex, type PointIndex } from './point-index.ts';

export type RailLayerKind = 'schematic' | 'real';

export interface RailStationInput {
  name: string;
  nameLocal?: string;
  lon: number;
  lat: number;
}

export interface RailLayerInput {
  id: string;
  name: string;
  kind: RailLayerKind;
  /** Each line as [lon, lat] vertices. */
  lines: [number, number][][];
  /** Optional display names, parallel to `lines` ("Minsk – Asipovichy – Babruysk – Zhlobin"). */
  lineNames?: (string | undefined)[];
  stations?: RailStationInput[];
}

/**
 * How far (km) a sighting may lie from a line of each kind and still count as on the rail.
 * Schematic lines are straight segments between towns and cut corners: a real track can
 * bow 5–10 km away from the chord between two stations 60 km apart, so 12 km. Real (OSM)
 * geometry is within metres of the track; 1 km leaves room for a clip filmed from a road
 * or a bridge beside it and for an approximate geolocation.
 */
export const RAIL_THRESHOLDS_KM: Readonly<Record<RailLayerKind, number>> = { schematic: 12, real: 1 };

export interface NearestRailLine {
  layerId: string;
  layerName: string;
  kind: RailLayerKind;
  /** Index of the line within its layer. */
  lineIndex: number;
  lineName?: string;
  distanceKm: number;
}

export interface NearestStation {
  layerId: string;
  /** Index of the station within its layer's `stations`. */
  stationIndex: number;
  name: string;
  nameLocal?: string;
  lon: number;
  lat: number;
  distanceKm: number;
}

export interface RailPlausibility {
  /** The nearest line over all active layers; null when no active layer has a line. */
  nearestLine: NearestRailLine | null;
  nearestStation: NearestStation | null;
  /** Farther than its layer's threshold from every active layer; false when there is no layer to judge by. */
  offRail: boolean;
}

export interface RailPlausibilityIndex {
  /** Layers that have at least one line, in input order. */
  readonly layers: readonly RailLayerInput[];
  /** Ids of layers left out because a coordinate was unusable (NaN, latitude beyond ±90). */
  readonly skipped: readonly string[];
  assess(lon: number, lat: number): RailPlausibility;
}

interface PreparedLayer {
  layer: RailLayerInput;
  index: LineDistanceIndex;
  thresholdKm: number;
}

/** Builds one line index per layer (once) and one station index over all layers. */
export function createRailPlausibility(
  layers: readonly RailLayerInput[],
  thresholds: Readonly<Record<RailLayerKind, number>> = RAIL_THRESHOLDS_KM,
): RailPlausibilityIndex {
  const prepared: PreparedLayer[] = [];
  const skipped: string[] = [];
  for (const layer of layers) {
    if (!layer.lines.some((line) => line.length > 0)) continue;
    try {
      // Empty lines add no edge, so hit.lineIndex still indexes layer.lines.
      const index = createLineDistanceIndex(layer.lines);
      prepared.push({ layer, index, thresholdKm: thresholds[layer.kind] });
    } catch (error) {
      // One damaged overlay must not take the other layers' verdicts with it.
      if (!(error instanceof RangeError)) throw error;
      skipped.push(layer.id);
    }
  }

  const stations: { layer: RailLayerInput; station: RailStationInput; stationIndex: number }[] = [];
  for (const layer of layers) {
    (layer.stations ?? []).forEach((station, stationIndex) => {
      if (Number.isFinite(station.lon) && Number.isFinite(station.lat) && Math.abs(station.lat) <= 90) {
        stations.push({ layer, station, stationIndex });
      }
    });
  }
  const stationIndex: PointIndex = createPointIndex(stations.map(({ station }) => [station.lon, station.lat]));

  return {
    layers: prepared.map((entry) => entry.layer),
    skipped,
    assess(lon, lat) {
      let nearestLine: NearestRailLine | null = null;
      let onSomeLayer = false;
      for (const { layer, index, thresholdKm } of prepared) {
        const hit = index.nearestLine(lon, lat);
        if (hit.distanceKm <= thresholdKm) onSomeLayer = true;
        if (!nearestLine || hit.distanceKm < nearestLine.distanceKm) {
          nearestLine = {
            layerId: layer.id,
            layerName: layer.name,
            kind: layer.kind,
            lineIndex: hit.lineIndex,
            distanceKm: hit.distanceKm,
          };
          const lineName = layer.lineNames?.[hit.lineIndex];
          if (lineName) nearestLine.lineName = lineName;
        }
      }
      const stationHit = stationIndex.nearestPoint(lon, lat);
      let nearestStation: NearestStation | null = null;
      if (stationHit) {
        const { layer, station, stationIndex } = stations[stationHit.index]!;
        nearestStation = { layerId: layer.id, stationIndex, name: station.name, lon: station.lon, lat: station.lat, distanceKm: stationHit.distanceKm };
        if (station.nameLocal) nearestStation.nameLocal = station.nameLocal;
      }
      return { nearestLine, nearestStation, offRail: prepared.length > 0 && !onSomeLayer };
    },
  };
}
