import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureCollectionBBox } from './geojson-bbox.ts';

const fc = (...geometries: (Geometry | null)[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry): Feature => ({ type: 'Feature', geometry: geometry as Geometry, properties: {} })),
});

describe('featureCollectionBBox', () => {
  it('spans lines, polygons, multi-geometries and collections', () => {
    const box = featureCollectionBBox(
      fc(
        { type: 'LineString', coordinates: [[27.5, 53.9], [30.3, 53.9]] },
        { type: 'MultiPolygon', coordinates: [[[[23.6, 51.5], [24, 51.5], [24, 52], [23.6, 51.5]]]] },
        { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [31.8, 52.1] }, { type: 'MultiLineString', coordinates: [[[28, 50.4], [28.1, 50.5]]] }] },
      ),
    );
    expect(box).toEqual([23.6, 50.4, 31.8, 53.9]);
  });

  it('is null for an empty collection or one without geometry', () => {
    expect(featureCollectionBBox(fc())).toBeNull();
    expect(featureCollectionBBox(fc(null))).toBeNull();
  });

  it('ignores non-finite coordinates', () => {
    expect(featureCollectionBBox(fc({ type: 'MultiPoint', coordinates: [[NaN, 1], [10, 20]] }))).toEqual([10, 20, 10, 20]);
  });
});
