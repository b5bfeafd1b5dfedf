import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildWater, reduceWaterPolygons, type WaterOptions } from './water.ts';

const square = (x0: number, y0: number, size: number): Position[] =>
  [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]];

const opts: WaterOptions = { region: [14, 42, 50, 62], minExtentDeg: 0.02, toleranceDeg: 0.001, decimals: 4 };

describe('reduceWaterPolygons', () => {
  it('drops polygons outside the region and those smaller than the minimum extent', () => {
    const kept = square(30, 50, 0.5);
    const out = reduceWaterPolygons([[kept], [square(0, 0, 1)], [square(30, 51, 0.01)]], opts);
    expect(out).toEqual([[kept]]);
  });

  it('clips a polygon straddling the region edge', () => {
    const out = reduceWaterPolygons([[square(49.5, 50, 1)]], opts);
    const xs = out[0]![0]!.map((p) => p[0]!);
    expect(Math.max(...xs)).toBe(50);
  });
});

describe('buildWater', () => {
  it('emits one feature per kind with rounded coordinates', () => {
    const fc = buildWater([[square(30.123456, 50, 0.5)]], [[square(28, 52, 0.3)]], opts);
    expect(fc.features.map((f) => f.properties.kind)).toEqual(['river', 'lake']);
    expect(fc.features[0]!.geometry.coordinates[0]![0]![0]).toEqual([30.1235, 50]);
  });

  it('omits a kind with nothing left in the region', () => {
    const fc = buildWater([], [[square(28, 52, 0.3)]], opts);
    expect(fc.features.map((f) => f.properties.kind)).toEqual(['lake']);
  });
});
