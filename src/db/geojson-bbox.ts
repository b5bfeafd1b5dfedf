// Bounding box of an imported overlay, computed once at import so the UI can zoom to it
// without reading the whole collection again. Plain min/max: OSM railway extracts for the
// region never cross the antimeridian.
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { BBox } from './records.ts';

function positionsOf(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** [west, south, east, north], or null when no feature has a finite coordinate. */
export function featureCollectionBBox(collection: FeatureCollection): BBox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const feature of collection.features) {
    for (const [lon, lat] of positionsOf(feature.geometry)) {
      if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      west = Math.min(west, lon);
      south = Math.min(south, lat);
      east = Math.max(east, lon);
      north = Math.max(north, lat);
    }
  }
  return west === Infinity ? null : [west, south, east, north];
}
