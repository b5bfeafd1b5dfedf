// What crosses between the app and the geo worker. Results travel as one packed
// Float64Array (transferred, not copied): STRIDE numbers per sighting, in the order of the
// ids sent last. Names (rail lines, stations) stay on the main thread, which already holds
// the rail layers; only indexes into them cross.

import type { Side } from '../domain/geo/country-side.ts';
import type { RailLayerInput, RailPlausibility } from '../domain/geo/rail-plausibility.ts';
import type { LonLat } from '../domain/geo/unit-sphere.ts';
import { IdPositions } from '../domain/merge/id-positions.ts';

export interface GeoMetrics {
  distanceKm: number;
  distanceMi: number;
  /** Nearest point of the Belarus–Ukraine border. */
  nearest: LonLat;
  /** From the sighting to `nearest`, degrees clockwise from north; NaN on the border itself. */
  bearingDeg: number;
  side: Side;
  /** Null when no rail layer was given. */
  rail: RailPlausibility | null;
}

export type GeoRequest =
  | { type: 'init'; borderUrl: string; countriesUrl: string }
  /** `version` comes back with every result so that answers for old layers can be told apart. */
  | { type: 'rail'; version: number; layers: RailLayerInput[] }
  /** Sent only when the list of ids changes; the coordinates follow in 'compute'. */
  | { type: 'ids'; ids: string[] }
  | { type: 'compute'; requestId: number; lons: Float64Array; lats: Float64Array };

export type GeoResponse =
  | { type: 'ready' }
  | { type: 'result'; requestId: number; railVersion: number; results: Float64Array; recomputed: number }
  | { type: 'error'; requestId?: number; message: string };

export const STRIDE = 12;
export const F = {
  distanceKm: 0,
  nearestLon: 1,
  nearestLat: 2,
  bearingDeg: 3,
  /** SIDES index; NaN when the sighting had no usable coordinates. */
  side: 4,
  /** Index into the rail layers as given (-1: no line). */
  lineLayer: 5,
  lineIndex: 6,
  lineKm: 7,
  stationLayer: 8,
  stationIndex: 9,
  stationKm: 10,
  /** 1 off rail, 0 on rail or not judged. */
  offRail: 11,
} as const;

export const SIDES: readonly Side[] = ['belarus', 'ukraine', 'elsewhere'];
const KM_PER_MILE = 1.609344;

/** Turns one packed record back into GeoMetrics; undefined for a sighting that could not be measured. */
export function decodeMetrics(packed: Float64Array, i: number, layers: readonly RailLayerInput[] | null): GeoMetrics | undefined {
  const o = i * STRIDE;
  const side = SIDES[packed[o + F.side]!];
  if (side === undefined) return undefined;
  const distanceKm = packed[o + F.distanceKm]!;
  return {
    distanceKm,
    distanceMi: distanceKm / KM_PER_MILE,
    nearest: [packed[o + F.nearestLon]!, packed[o + F.nearestLat]!],
    bearingDeg: packed[o + F.bearingDeg]!,
    side,
    rail: layers ? decodeRail(packed, o, layers) : null,
  };
}

function decodeRail(packed: Float64Array, o: number, layers: readonly RailLayerInput[]): RailPlausibility {
  const result: RailPlausibility = { nearestLine: null, nearestStation: null, offRail: packed[o + F.offRail] === 1 };
  const lineLayer = layers[packed[o + F.lineLayer]!];
  if (lineLayer) {
    const lineIndex = packed[o + F.lineIndex]!;
    result.nearestLine = {
      layerId: lineLayer.id,
      layerName: lineLayer.name,
      kind: lineLayer.kind,
      lineIndex,
      distanceKm: packed[o + F.lineKm]!,
    };
    const lineName = lineLayer.lineNames?.[lineIndex];
    if (lineName) result.nearestLine.lineName = lineName;
  }
  const stationLayer = layers[packed[o + F.stationLayer]!];
  const stationIndex = packed[o + F.stationIndex]!;
  const station = stationLayer?.stations?.[stationIndex];
  if (stationLayer && station) {
    result.nearestStation = {
      layerId: stationLayer.id,
      stationIndex,
      name: station.name,
      lon: station.lon,
      lat: station.lat,
      distanceKm: packed[o + F.stationKm]!,
    };
    if (station.nameLocal) result.nearestStation.nameLocal = station.nameLocal;
  }
  return result;
}

/**
 * The workers' packed answer read as a map by sighting id. Records are decoded on first
 * read: at 100,000 sightings decoding them all up front took a quarter of a second on the
 * main thread, and most are never read (the list shows a screenful; only a distance filter or
 * sort reads every one). The answer may come in parts, one per worker, read where they lie:
 * joining a million sightings' parts took 0.25–0.4 s. Ids are looked up through the caller's
 * index of the same list when it has one (see IdPositions), else through one made on first read.
 * Ids are expected to be unique, as they are in the app's model.
 */
export class PackedGeoMetrics implements ReadonlyMap<string, GeoMetrics> {
  private readonly decoded = new Map<string, GeoMetrics>();
  /** The first sighting of each part, and one past the last. */
  private readonly partStarts: number[] = [0];
  private measured: number | null = null;
  private readonly positionOf: (id: string) => number | undefined;

  constructor(
    private readonly sightings: readonly { readonly id: string }[],
    private readonly parts: readonly Float64Array[],
    private readonly layers: readonly RailLayerInput[] | null,
    positionOf?: (id: string) => number | undefined,
  ) {
    for (const part of parts) this.partStarts.push(this.partStarts[this.partStarts.length - 1]! + part.length / STRIDE);
    if (this.partStarts[this.partStarts.length - 1] !== sightings.length) {
      throw new RangeError(`${this.partStarts[this.partStarts.length - 1]} packed records for ${sightings.length} sightings.`);
    }
    // Made on first read, like the caller's would be.
    this.positionOf = positionOf ?? IdPositions.of(sightings).positionOf;
  }

  get size(): number {
    if (this.measured === null) {
      let measured = 0;
      for (let position = 0; position < this.sightings.length; position++) if (this.isMeasured(position)) measured += 1;
      this.measured = measured;
    }
    return this.measured;
  }

  get(id: string): GeoMetrics | undefined {
    const known = this.decoded.get(id);
    if (known) return known;
    const position = this.positionOf(id);
    if (position === undefined) return undefined;
    const [part, index] = this.locate(position);
    const value = decodeMetrics(part, index, this.layers);
    if (value) this.decoded.set(id, value);
    return value;
  }

  has(id: string): boolean {
    const position = this.positionOf(id);
    return position !== undefined && this.isMeasured(position);
  }

  *entries(): MapIterator<[string, GeoMetrics]> {
    for (let position = 0; position < this.sightings.length; position++) {
      if (!this.isMeasured(position)) continue;
      const { id } = this.sightings[position]!;
      // A repeated id is read once, at its first position, as a Map would hold it.
      if (this.positionOf(id) === position) yield [id, this.get(id)!];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<GeoMetrics> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: GeoMetrics, key: string, map: ReadonlyMap<string, GeoMetrics>) => void): void {
    for (const [id, value] of this.entries()) callback(value, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, GeoMetrics]> {
    return this.entries();
  }

  /** The part holding a sighting's record, and the record's index in it. */
  private locate(position: number): [Float64Array, number] {
    let part = 0;
    while (position >= this.partStarts[part + 1]!) part += 1;
    return [this.parts[part]!, position - this.partStarts[part]!];
  }

  /** Sightings the worker could not measure (no usable location) are not in the map. */
  private isMeasured(position: number): boolean {
    const [part, index] = this.locate(position);
    return SIDES[part[index * STRIDE + F.side]!] !== undefined;
  }
}
