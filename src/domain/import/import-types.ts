/*
 * Shapes shared by the file importers. Every importer turns its format into a raw sighting
 * feed (the GeoJSON contract of DESIGN.md, unvalidated) so that validation happens once, in
 * parseFeed. Alongside the feed it says where each feature came from ("row 7", "placemark
 * 3") and why a row could not be placed, because parseFeed only sees the feature.
 */

export type ImportFormat = 'geojson' | 'csv' | 'kml' | 'json-posts' | 'brief' | 'unknown';

export interface RawPointGeometry {
  type: 'Point';
  coordinates: number[];
}

/**
 * A feature as an importer builds it. Non-Point geometries are passed through untouched so
 * that parseFeed reports them; `null` marks a row whose coordinates were unusable. `id` is
 * set only when the file states a sighting id: otherwise parseFeed derives one from the
 * coordinates, link and caption, the same whichever format the sighting arrived in.
 */
export interface RawFeature {
  type: 'Feature';
  id?: string;
  geometry: RawPointGeometry | { type: string; [key: string]: unknown } | null;
  properties: Record<string, unknown>;
}

export interface RawFeed {
  type: 'FeatureCollection';
  metadata?: { title: string; description?: string };
  features: RawFeature[];
}

export type ImportErrorCode =
  | 'empty-file'
  | 'no-data'
  | 'too-large'
  | 'unsupported-type'
  | 'is-brief'
  | 'invalid-csv'
  | 'no-coordinate-columns'
  | 'invalid-json'
  | 'not-posts'
  | 'invalid-xml'
  | 'unsafe-xml'
  | 'not-kml'
  | 'no-placemarks'
  | 'invalid-feed'
  | 'no-usable-features';

export interface ImportError {
  code: ImportErrorCode;
  /** One sentence for the analyst: what is wrong and, where possible, what to do. */
  message: string;
}

/** Something an importer noticed about one feature, e.g. why its coordinates were unusable. */
export interface FeatureNote {
  index: number;
  code: 'bad-coordinates' | 'no-coordinates' | 'unparsed-value';
  message: string;
}

/** Something about the file as a whole (encoding, ignored columns, duplicated ids …). */
export interface FileNotice {
  code: string;
  message: string;
}

export interface Conversion {
  feed: RawFeed;
  /** Parallel to feed.features: where each came from in the file, for messages ("row 7"). */
  sources: string[];
  notes: FeatureNote[];
  notices: FileNotice[];
}

export type ConversionResult = ({ ok: true } & Conversion) | { ok: false; error: ImportError };

export function conversionError(code: ImportErrorCode, message: string): { ok: false; error: ImportError } {
  return { ok: false, error: { code, message } };
}
