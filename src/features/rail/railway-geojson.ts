// Validation and normalisation of an imported OpenStreetMap railway GeoJSON (the output of
// `osmium export`). Pure: no DOM, no storage, so it is tested in Node and could move to a worker.
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, LineString, MultiLineString } from 'geojson';
import { collectLines, type Counts } from './railway-lines';

/** Above this the browser would hold the text, the parsed tree and the stored copy at once. */
export const MAX_OVERLAY_BYTES = 100 * 1024 * 1024;

export type RailwayFeature = Feature<LineString | MultiLineString>;
export type RailwayCollection = FeatureCollection<LineString | MultiLineString>;

export type RailwayImport =
  | {
      ok: true;
      collection: RailwayCollection;
      /** Point features (stations, signals) are not drawn as track. */
      ignoredPoints: number;
      /** Polygons, empty geometries and lines with a bad coordinate. */
      skipped: number;
    }
  | { ok: false; message: string };

const MB = 1024 * 1024;

/** A message when a file is too large to import, null when its size is fine. */
export function checkOverlaySize(bytes: number): string | null {
  if (bytes <= MAX_OVERLAY_BYTES) return null;
  return `The file is ${(bytes / MB).toFixed(1)} MB; railway overlays are limited to ${MAX_OVERLAY_BYTES / MB} MB. Clip the extract to a smaller area (osmium extract --bbox …) and try again.`;
}

/** The overlay's default name: the file name without its extension. */
export function overlayNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(geo)?json$/i, '').trim();
  return base === '' ? 'Railway overlay' : base;
}

function toFeature(lines: [number, number][][], properties: GeoJsonProperties, id: Feature['id']): RailwayFeature {
  const geometry: LineString | MultiLineString =
    lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
  const props = properties && typeof properties === 'object' && !Array.isArray(properties) ? properties : {};
  return id === undefined ? { type: 'Feature', geometry, properties: props } : { type: 'Feature', id, geometry, properties: props };
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return `a JSON ${value === null ? 'null' : typeof value}`;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? `type "${type.slice(0, 40)}"` : 'an object without a GeoJSON "type"';
}

/** The features of a FeatureCollection, a single Feature or a bare geometry; null when it is none. */
function featuresOf(value: unknown): Feature[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const object = value as { type?: unknown; features?: unknown };
  if (object.type === 'FeatureCollection') return Array.isArray(object.features) ? (object.features as Feature[]) : null;
  if (object.type === 'Feature') return [value as Feature];
  if (['LineString', 'MultiLineString', 'GeometryCollection', 'Point', 'MultiPoint', 'Polygon', 'MultiPolygon'].includes(String(object.type))) {
    return [{ type: 'Feature', geometry: value as Geometry, properties: {} }];
  }
  return null;
}

/**
 * Reads railway GeoJSON text into a collection of line features only. Points are counted and
 * ignored; a file with no usable line is refused with a message saying what was found.
 */
export function parseRailwayGeoJson(text: string): RailwayImport {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, message: 'This file is not GeoJSON: it is not valid JSON.' };
  }
  const features = featuresOf(value);
  if (!features) return { ok: false, message: `This file is not GeoJSON: expected a FeatureCollection but found ${describeType(value)}.` };
  if (features.length === 0) return { ok: false, message: 'The GeoJSON has no features.' };

  const counts: Counts = { ignoredPoints: 0, skipped: 0 };
  const out: RailwayFeature[] = [];
  for (const feature of features) {
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
      counts.skipped++;
      continue;
    }
    const lines: [number, number][][] = [];
    collectLines(feature.geometry, counts, lines);
    if (lines.length > 0) out.push(toFeature(lines, feature.properties, feature.id));
  }
  if (out.length === 0) {
    const found = [
      counts.ignoredPoints > 0 ? `${counts.ignoredPoints} point feature${counts.ignoredPoints === 1 ? '' : 's'}` : '',
      counts.skipped > 0 ? `${counts.skipped} unusable feature${counts.skipped === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    return {
      ok: false,
      message: `No railway lines found: the file has ${found.join(' and ')} but no LineString or MultiLineString with valid coordinates. Export with osmium export --geometry-types=linestring.`,
    };
  }
  return { ok: true, collection: { type: 'FeatureCollection', features: out }, ignoredPoints: counts.ignoredPoints, skipped: counts.skipped };
}
