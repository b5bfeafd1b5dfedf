import { distance } from '@turf/distance';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { PlaceProperties } from './places.ts';
import type { RailLineSpec } from './rail-lines.ts';
import { roundTo } from './round-coords.ts';

export interface RailLineProperties {
  id: string;
  name: string;
  stations: string[];
  schematic: true;
}

export interface StationProperties {
  id: string;
  name: string;
  nameLocal: string;
  altNames: string[];
  country: string;
  lines: string[];
}

export type PlaceIndex = ReadonlyMap<string, Feature<Point, PlaceProperties>>;

/** Every station id used by the lines, sorted. */
export function stationIds(lines: readonly RailLineSpec[]): Set<string> {
  return new Set(lines.flatMap((l) => l.stations).sort());
}

/**
 * Problems that would make the schematic wrong, as readable messages: unknown
 * station ids, a station listed twice on a line, and consecutive stations
 * farther apart than `maxHopKm` (a typo or a station out of order).
 */
export function validateRail(lines: readonly RailLineSpec[], places: PlaceIndex, maxHopKm: number): string[] {
  const problems: string[] = [];
  for (const line of lines) {
    if (new Set(line.stations).size !== line.stations.length) problems.push(`${line.id}: a station appears twice`);
    line.stations.forEach((id, i) => {
      const here = places.get(id);
      if (!here) {
        problems.push(`${line.id}: unknown station "${id}"`);
        return;
      }
      const prev = i > 0 ? places.get(line.stations[i - 1]!) : undefined;
      if (prev) {
        const km = distance(prev.geometry.coordinates, here.geometry.coordinates, { units: 'kilometers' });
        if (km > maxHopKm) problems.push(`${line.id}: ${line.stations[i - 1]} → ${id} is ${Math.round(km)} km`);
      }
    });
  }
  return problems;
}

const at = (f: Feature<Point, PlaceProperties>, decimals: number): Position =>
  [roundTo(f.geometry.coordinates[0]!, decimals), roundTo(f.geometry.coordinates[1]!, decimals)];

/** Schematic lines (straight segments between stations) and the stations layer. */
export function buildRail(lines: readonly RailLineSpec[], places: PlaceIndex, decimals: number): {
  lines: FeatureCollection<LineString, RailLineProperties>;
  stations: FeatureCollection<Point, StationProperties>;
} {
  const problems = validateRail(lines, places, Infinity);
  if (problems.length) throw new Error(`rail network: ${problems.join('; ')}`);
  const lineFeatures = lines.map((l): Feature<LineString, RailLineProperties> => ({
    type: 'Feature',
    properties: { id: l.id, name: l.name, stations: [...l.stations], schematic: true },
    geometry: { type: 'LineString', coordinates: l.stations.map((id) => at(places.get(id)!, decimals)) },
  }));
  const stationFeatures = [...stationIds(lines)].map((id): Feature<Point, StationProperties> => {
    const { name, nameLocal, altNames, country } = places.get(id)!.properties;
    const onLines = lines.filter((l) => l.stations.includes(id)).map((l) => l.id).sort();
    return {
      type: 'Feature',
      properties: { id, name, nameLocal, altNames, country, lines: onLines },
      geometry: { type: 'Point', coordinates: at(places.get(id)!, decimals) },
    };
  });
  return {
    lines: { type: 'FeatureCollection', features: lineFeatures },
    stations: { type: 'FeatureCollection', features: stationFeatures },
  };
}
