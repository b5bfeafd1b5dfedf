// Reads the app's generated geodata (public/data) into what the geo engine needs. The files
// are our own build output, but a stale or hand-edited copy must fail with a clear message
// rather than produce wrong distances.

import type { PolygonCoordinates } from '../domain/geo/point-in-polygon.ts';
import type { GeoEngineInput } from './geo-engine.ts';

export const BELARUS_ID = '112';
export const UKRAINE_ID = '804';

type Json = unknown;

function isRecord(value: Json): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: Json): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

/** The border line from border-by-ua.json (a LineString Feature). */
export function readBorderLine(json: Json): [number, number][] {
  const geometry = isRecord(json) ? json.geometry : undefined;
  if (!isRecord(geometry) || geometry.type !== 'LineString' || !Array.isArray(geometry.coordinates)) {
    throw new Error('border-by-ua.json: expected a LineString feature');
  }
  const line = geometry.coordinates.filter(isPosition).map(([lon, lat]): [number, number] => [lon, lat]);
  if (line.length < 2) throw new Error('border-by-ua.json: the border line has fewer than 2 vertices');
  return line;
}

/** The outlines of one country (by ISO numeric id) from countries.json, as a list of polygons. */
export function readCountryOutline(json: Json, id: string): PolygonCoordinates[] {
  const features = isRecord(json) && Array.isArray(json.features) ? json.features : [];
  const feature = features.find((f: Json) => isRecord(f) && isRecord(f.properties) && String(f.properties.id) === id);
  const geometry = isRecord(feature) ? feature.geometry : undefined;
  if (isRecord(geometry) && Array.isArray(geometry.coordinates)) {
    if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonCoordinates];
    if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonCoordinates[];
  }
  throw new Error(`countries.json: no polygon for country ${id}`);
}

export function readGeoEngineInput(borderJson: Json, countriesJson: Json): GeoEngineInput {
  return {
    border: readBorderLine(borderJson),
    belarus: readCountryOutline(countriesJson, BELARUS_ID),
    ukraine: readCountryOutline(countriesJson, UKRAINE_ID),
  };
}
