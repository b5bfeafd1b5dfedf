/*
 * Which importer a file needs, from its name and its first bytes. The extension decides
 * when it is unambiguous; `.json` (and files with no useful extension) are sniffed, since a
 * JSON file may hold a sighting feed, a railwatch brief or a scraper's list of posts.
 */
import type { ImportFormat } from './import-types.ts';

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Formats railwatch cannot read, with what to do instead. A Map: an extension comes from the
 * file's name, and a file named `x.constructor` must not find an Object property here.
 */
export const UNSUPPORTED_HINTS: ReadonlyMap<string, string> = new Map([
  ['xlsx', 'export it as CSV'],
  ['xls', 'export it as CSV'],
  ['ods', 'export it as CSV'],
  ['numbers', 'export it as CSV'],
  ['kmz', 'it is a zip archive: unzip it and import the doc.kml inside'],
  ['zip', 'unzip it and import the file inside'],
  ['gpx', 'convert it to GeoJSON or KML'],
  ['shp', 'convert it to GeoJSON (for example with ogr2ogr)'],
  ['gpkg', 'convert it to GeoJSON (for example with ogr2ogr)'],
  ['pdf', 'railwatch reads CSV, KML, GeoJSON and JSON'],
  ['docx', 'railwatch reads CSV, KML, GeoJSON and JSON'],
]);

/** How far into the text JSON is sniffed; the caller may pass more, the rest is ignored. */
const SNIFF_CHARS = 64 * 1024;

function sniffJsonObject(head: string): ImportFormat {
  if (/"railwatchBrief"\s*:/.test(head)) return 'brief';
  if (/"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head)) return 'geojson';
  return 'json-posts';
}

function sniff(head: string): ImportFormat {
  const text = head.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return /<kml[\s>/]/i.test(text) ? 'kml' : 'unknown';
  if (text.startsWith('{')) return sniffJsonObject(text);
  if (text.startsWith('[')) return 'json-posts';
  // A CSV header: a first line with a delimiter, no control characters (binary files have them).
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine) && !hasControlCharacters(firstLine)) return 'csv';
  return 'unknown';
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return true;
  }
  return false;
}

export function detectFormat(fileName: string, head: string): ImportFormat {
  const extension = extensionOf(fileName);
  if (UNSUPPORTED_HINTS.has(extension)) return 'unknown';
  switch (extension) {
    case 'csv':
    case 'tsv':
      return 'csv';
    case 'kml':
      return 'kml';
    case 'jsonl':
    case 'ndjson':
      return 'json-posts';
    case 'geojson': {
      const sniffed = sniff(head);
      return sniffed === 'brief' ? 'brief' : 'geojson';
    }
    case 'json': {
      const sniffed = sniff(head);
      return sniffed === 'unknown' || sniffed === 'csv' || sniffed === 'kml' ? 'json-posts' : sniffed;
    }
    default:
      return sniff(head);
  }
}
