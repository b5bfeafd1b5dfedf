// The valid lines of railway GeoJSON as [lon, lat] paths: what the rail plausibility check
// needs at start. Apart from the import's validation (railway-geojson.ts), which loads with
// the Layers tab (issue 8).
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Counts = { ignoredPoints: number; skipped: number };

function cleanPosition(position: unknown): [number, number] | null {
  if (!Array.isArray(position) || position.length < 2) return null;
  const [lon, lat] = position as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  // Elevation is dropped: it is never drawn and would only grow the stored copy.
  return [lon, lat];
}

/** A line with every position valid, or null: dropping one vertex would draw a false shortcut. */
function cleanLine(coordinates: unknown): [number, number][] | null {
  if (!Array.isArray(coordinates) || coordinates.length < 2) return null;
  const line: [number, number][] = [];
  for (const position of coordinates) {
    const clean = cleanPosition(position);
    if (!clean) return null;
    line.push(clean);
  }
  return line;
}

/** Adds the valid lines of `geometry` to `out`; counts points (ignored) and unusable parts (skipped). */
export function collectLines(geometry: Geometry | null | undefined, counts: Counts, out: [number, number][][]): void {
  if (!geometry || typeof geometry !== 'object') {
    counts.skipped++;
    return;
  }
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      counts.ignoredPoints++;
      return;
    case 'LineString': {
      const line = cleanLine(geometry.coordinates);
      if (line) out.push(line);
      else counts.skipped++;
      return;
    }
    case 'MultiLineString': {
      const parts = Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
      for (const part of parts) {
        const line = cleanLine(part);
        if (line) out.push(line);
        else counts.skipped++;
      }
      if (parts.length === 0) counts.skipped++;
      return;
    }
    case 'GeometryCollection':
      for (const member of Array.isArray(geometry.geometries) ? geometry.geometries : []) collectLines(member, counts, out);
      return;
    default:
      counts.skipped++;
  }
}

/** A feature's valid lines as [lon, lat] paths; none for points, polygons or bad coordinates. */
export function featureLines(feature: Feature): [number, number][][] {
  const lines: [number, number][][] = [];
  collectLines(feature.geometry, { ignoredPoints: 0, skipped: 0 }, lines);
  return lines;
}

/** Every line of a stored overlay as [lon, lat] paths (for distance checks, not for drawing). */
export function overlayLines(collection: FeatureCollection): [number, number][][] {
  return collection.features.flatMap(featureLines);
}
