import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { loadBorderFixture } from './border-fixture.ts';
import { createPolygonTester } from './point-in-polygon.ts';
import { randomPoints } from './seeded-random.ts';

const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]];
const island = [[[20, 0], [22, 0], [22, 2], [20, 2], [20, 0]]];

describe('createPolygonTester', () => {
  const tester = createPolygonTester([square, island]);

  it('is true inside any polygon of a multipolygon', () => {
    expect(tester.contains(2, 2)).toBe(true);
    expect(tester.contains(21, 1)).toBe(true);
  });

  it('is false in a hole and outside', () => {
    expect(tester.contains(5, 5)).toBe(false);
    expect(tester.contains(15, 5)).toBe(false);
    expect(tester.contains(-1, 5)).toBe(false);
  });

  it('counts the boundary, of the outer ring and of a hole, as inside', () => {
    expect(tester.contains(0, 5)).toBe(true);
    expect(tester.contains(10, 10)).toBe(true);
    expect(tester.contains(4, 5)).toBe(true);
  });

  it('exposes the bounding box of all polygons', () => {
    expect(tester.bbox).toEqual([0, 0, 22, 10]);
  });

  it('is false for everything when given no polygon', () => {
    expect(createPolygonTester([]).contains(0, 0)).toBe(false);
  });

  it('agrees with @turf/boolean-point-in-polygon on Belarus and Ukraine for 3,000 random points', () => {
    const { belarus, ukraine } = loadBorderFixture();
    const { lons, lats } = randomPoints(5, 3000, [20, 43, 41, 57]);
    for (const country of [belarus, ukraine]) {
      const tester = createPolygonTester(country);
      const geometry = { type: 'MultiPolygon' as const, coordinates: country as number[][][][] };
      let inside = 0;
      for (let i = 0; i < lons.length; i++) {
        const expected = booleanPointInPolygon([lons[i]!, lats[i]!], geometry);
        expect(tester.contains(lons[i]!, lats[i]!)).toBe(expected);
        if (expected) inside++;
      }
      // The sample must actually exercise both answers.
      expect(inside).toBeGreaterThan(100);
    }
  });

  it('agrees with Turf at the outlines\' own vertices and on the latitudes through them, where the bands split', () => {
    const { belarus, ukraine } = loadBorderFixture();
    for (const country of [belarus, ukraine]) {
      const tester = createPolygonTester(country);
      const geometry = { type: 'MultiPolygon' as const, coordinates: country as number[][][][] };
      const vertices = country.flatMap((polygon) => polygon.flatMap((ring) => ring));
      for (let v = 0; v < vertices.length; v += 7) {
        const [lon, lat] = vertices[v] as [number, number];
        expect(tester.contains(lon, lat)).toBe(true);
        for (const offset of [-0.05, -1e-9, 1e-9, 0.05]) {
          expect(tester.contains(lon + offset, lat), `${lon + offset}, ${lat}`).toBe(booleanPointInPolygon([lon + offset, lat], geometry));
        }
      }
    }
  });
});
